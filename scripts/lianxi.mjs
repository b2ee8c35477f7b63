#!/usr/bin/env node
// The README's two commands (`npm start`, `npm test`) land here, so that a machine with only Node and npm
// can install and run Lianxi: we fetch the pinned pnpm through npx when it is not on the PATH, install the
// workspace from the lockfile, build, then start the server or run every package's tests.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pnpmVersion = pkg.packageManager.replace(/^pnpm@/, '');

function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32', ...opts });
  if (res.error) throw res.error;
  return res.status ?? 1;
}

function pnpmCommand() {
  // Use a pnpm already on the PATH only when it is the pinned version; otherwise npx fetches that version.
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' });
  if (probe.status === 0 && probe.stdout.trim() === pnpmVersion) return ['pnpm', []];
  return ['npx', ['--yes', `pnpm@${pnpmVersion}`]];
}

const [pnpmBin, pnpmPrefix] = pnpmCommand();
const pnpm = (...args) => run(pnpmBin, [...pnpmPrefix, ...args]);

function must(code, what) {
  if (code !== 0) {
    console.error(`\n✖ ${what} failed (exit ${code}).`);
    process.exit(code);
  }
}

/**
 * The admin's browser tests drive Debian's Chromium (browser downloads are not possible here). Install it with
 * CJK fonts when we may (root with apt-get); otherwise say what to install.
 */
function ensureChromium() {
  if (existsSync('/usr/bin/chromium')) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Chromium and CJK fonts for the browser tests (apt-get)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    must(run('apt-get', ['update', '-qq'], { env }), 'apt-get update');
    must(run('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { env }), 'apt-get install chromium');
    return;
  }
  console.warn('⚠ /usr/bin/chromium is missing: install Chromium and CJK fonts (Debian: apt-get install chromium fonts-noto-cjk) for the browser tests.');
}

const command = process.argv[2];
const frozen = existsSync(join(root, 'pnpm-lock.yaml')) ? ['--frozen-lockfile'] : [];

switch (command) {
  case 'start': {
    must(pnpm('install', ...frozen), 'pnpm install');
    must(pnpm('turbo', 'run', 'build'), 'build');
    // The API handles SIGINT/SIGTERM itself (drains requests, stops the embedded database); we pass them on
    // and leave with its exit code.
    const api = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], { cwd: root, stdio: 'inherit' });
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => api.kill(sig));
    api.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
    break;
  }
  case 'test': {
    ensureChromium();
    must(pnpm('install', ...frozen), 'pnpm install');
    process.exit(pnpm('turbo', 'run', 'typecheck', 'lint', 'test', '--concurrency=1', '--continue'));
    break;
  }
  default:
    console.error('usage: node scripts/lianxi.mjs start|test');
    process.exit(2);
}
