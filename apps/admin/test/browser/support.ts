/**
 * What every browser test file needs, once: where screenshots go, how Chromium is started, how a user signs
 * in (in the browser or straight to the API), and a photograph of the page when a test fails. The server is
 * started by global-setup.ts, which provides `baseUrl` and `demoPassword`.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, request, type APIRequestContext, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';

/** Screenshots for people to look at; git-ignored (test-artifacts/ in the root .gitignore). */
export const ARTIFACTS = resolve(import.meta.dirname, '../../test-artifacts');

/** Debian's Chromium unless told otherwise: playwright-core brings no browser of its own. */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Date inputs render in the browser's own language, as they would on a Chinese user's machine.
  '--lang=zh-CN',
];

/** The page refreshes after each step; on a busy machine that takes more than expect.poll's default second. */
export const POLL = { timeout: 20_000 };

export const baseUrl = inject('baseUrl');
export const demoPassword = inject('demoPassword');

/** Where a signed-in user lands: administrators and farm heads on the tree, cadres on 我的记录. */
const LANDING = /组织机构树|我今年的记录/;

/** The page of the running test, photographed when it fails so a red run shows what the user saw. */
let current: Page | undefined;

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * Launches Chromium before the file's tests and closes it after them. Returns a getter because the browser
 * only exists once beforeAll has run, after the file has registered its tests.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is launched in beforeAll: use it inside a test or hook');
    return browser;
  };
}

/** After each failed test, a full-page screenshot of the page it was on (named after the test). */
export function useFailureShots(): void {
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail' && current && !current.isClosed()) await shot(current, `failed-${task.name.slice(0, 40)}`);
    current = undefined;
  });
}

export const shot = (page: Page, name: string) => page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`), fullPage: true });

/** Today as YYYY-MM-DD where the users are, whatever the machine's time zone. */
export const todayInChina = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** A fresh context (own cookies) and page, in Chinese at a desktop size; it becomes the page photographed on failure. */
export async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  current = page;
  page.setDefaultTimeout(30_000);
  return { context, page };
}

/** Signs in through the login form and waits until the landing screen shows. */
export async function signIn(page: Page, username: string, landing: RegExp = LANDING): Promise<void> {
  await page.goto(baseUrl);
  await page.getByLabel('用户名').fill(username);
  await page.getByRole('textbox', { name: '密码' }).fill(demoPassword);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByText(landing).first().waitFor();
}

/** A new page with this demo user signed in. */
export async function signedIn(browser: Browser, username: string, landing: RegExp = LANDING): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await newPage(browser);
  await signIn(opened.page, username, landing);
  return opened;
}

/**
 * Straight to the API with the session cookie, as another device of the same user would be: for setting up
 * or looking up data the test should not depend on the demo's random names for. The preflight header gets
 * past the API's CSRF guard, as the admin's Apollo client does.
 */
export async function apiAs(username: string): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL: baseUrl, extraHTTPHeaders: { 'apollo-require-preflight': '1', 'accept-language': 'zh-CN' } });
  const res = await api.post('/graphql', {
    data: { query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { expiresAt } }', variables: { u: username, p: demoPassword } },
  });
  expect(res.ok()).toBe(true);
  return api;
}

/** One GraphQL operation; any error fails the test, so callers get the data as typed. */
export async function gql<T = unknown>(api: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await api.post('/graphql', { data: { query, variables } });
  const body = (await res.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}
