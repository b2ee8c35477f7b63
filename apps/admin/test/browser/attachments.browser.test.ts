import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, request, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';

const ARTIFACTS = resolve(import.meta.dirname, '../../test-artifacts');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--lang=zh-CN'];
const POLL = { timeout: 20_000 };
const baseUrl = inject('baseUrl');
const demoPassword = inject('demoPassword');
/** A real 1×1 PNG: the API judges files by their bytes. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

let browser: Browser;
let current: Page | undefined;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && current && !current.isClosed()) await current.screenshot({ path: resolve(ARTIFACTS, `failed-${task.name.slice(0, 40)}.png`), fullPage: true });
  current = undefined;
});
afterAll(async () => {
  await browser?.close();
});

/** The id of one of the cadre's own research trips, read through the API as the cadre. */
async function ownTripId(): Promise<string> {
  const api = await request.newContext({ baseURL: baseUrl, extraHTTPHeaders: { 'apollo-require-preflight': '1' } });
  await api.post('/graphql', { data: { query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { expiresAt } }', variables: { u: 'cadre', p: demoPassword } } });
  const res = await api.post('/graphql', { data: { query: '{ researchTrips(filter: { mine: true }, perPage: 1) { items { id } } }' } });
  const body = (await res.json()) as { data: { researchTrips: { items: { id: string }[] } } };
  await api.dispose();
  const id = body.data.researchTrips.items[0]?.id;
  if (!id) throw new Error('the demo cadre has no research trip');
  return id;
}

describe('evidence attachments in a real browser', () => {
  it('lets a cadre upload a photo on their research trip and see it listed with its thumbnail; a text file named .png is refused in Chinese', async () => {
    const tripId = await ownTripId();
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    current = page;
    page.setDefaultTimeout(30_000);
    await page.goto(baseUrl);
    await page.getByLabel('用户名').fill('cadre');
    await page.getByRole('textbox', { name: '密码' }).fill(demoPassword);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText(/组织机构树|我今年的记录/).first().waitFor();

    await page.goto(`${baseUrl}/#/researchTrips/${tripId}/show`);
    const panel = page.getByTestId('attachments-panel');
    await panel.getByText('附件（佐证材料）').waitFor();
    await panel.getByTestId('attachment-input').setInputFiles({ name: '调研现场照片.png', mimeType: 'image/png', buffer: PNG });
    const item = panel.getByTestId('attachment-item').filter({ hasText: '调研现场照片.png' });
    await item.waitFor();
    await expect.poll(() => item.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), POLL).toBe(1);
    expect(await item.innerText()).toMatch(/上传于/);
    await page.screenshot({ path: resolve(ARTIFACTS, '40-attachments-uploaded.png'), fullPage: true });

    await panel.getByTestId('attachment-input').setInputFiles({ name: '伪装.png', mimeType: 'image/png', buffer: Buffer.from('这不是图片') });
    await expect.poll(() => panel.getByRole('alert').innerText(), POLL).toContain('文件类型不支持');
    expect(await panel.getByTestId('attachment-item').filter({ hasText: '伪装.png' }).count()).toBe(0);
    await context.close();
  });
});
