import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

// PDF of the print view through the machine's own Chromium (Debian's package, or LIANXI_CHROMIUM): browser
// downloads are impossible on the bureau's servers, so the same HTML people print is rendered by the browser
// already installed, with CJK fonts from fonts-noto-cjk.

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

const ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The Chromium to use, or null when none is installed (the route then answers 501). */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | null {
  const path = env['LIANXI_CHROMIUM'] || DEFAULT_CHROMIUM;
  return existsSync(path) ? path : null;
}

/** At most this many browsers at once: each takes a few hundred MB, and printing is rare. */
const MAX_CONCURRENT = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/**
 * Renders a self-contained HTML page (no network: the page is set as content, its CSS inline) to an A4 PDF.
 * Each call gets a fresh profile folder, removed afterwards, so no state leaks between callers.
 */
export async function htmlToPdf(html: string, executablePath: string): Promise<Buffer> {
  return slot(async () => {
    const profile = await mkdtemp(join(tmpdir(), 'lianxi-pdf-'));
    try {
      const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: ARGS, offline: true });
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        await page.setContent(html, { waitUntil: 'load' });
        return await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      } finally {
        await context.close();
      }
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
  });
}
