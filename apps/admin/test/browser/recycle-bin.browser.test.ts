import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, request, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';

const ARTIFACTS = resolve(import.meta.dirname, '../../test-artifacts');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--lang=zh-CN'];
const POLL = { timeout: 20_000 };

let browser: Browser;
let current: Page | undefined;
const baseUrl = inject('baseUrl');
const demoPassword = inject('demoPassword');
const shot = (page: Page, name: string) => page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`), fullPage: true });

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && current && !current.isClosed()) await shot(current, `failed-${task.name.slice(0, 40)}`);
  current = undefined;
});
afterAll(async () => {
  await browser?.close();
});

/** A research trip of someone in the ADMIN's scope, made through the API so the test starts from a known row. */
async function tripToDelete(purpose: string): Promise<string> {
  const api = await request.newContext({ baseURL: baseUrl, extraHTTPHeaders: { 'apollo-require-preflight': '1', 'accept-language': 'zh-CN' } });
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const body = (await (await api.post('/graphql', { data: { query, variables } })).json()) as { data: T; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  await gql('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { expiresAt } }', { u: 'admin', p: demoPassword });
  const { people } = await gql<{ people: { items: { id: string }[] } }>('{ people(perPage: 1) { items { id } } }');
  const { createResearchTrip } = await gql<{ createResearchTrip: { id: string } }>(
    'mutation($i: CreateResearchTripInput!) { createResearchTrip(input: $i) { id } }',
    { i: { personId: people.items[0]?.id, occurredOn: '2025-02-03', days: 0.5, purpose } },
  );
  await api.dispose();
  return createResearchTrip.id;
}

describe('回收站 in a real browser', () => {
  it('lets an ADMIN delete a record (told it can be restored), find it in 回收站, restore it, and see it back in its list', async () => {
    const purpose = `回收站测试 ${Date.now()}`;
    const id = await tripToDelete(purpose);
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    current = page;
    page.setDefaultTimeout(30_000);
    await page.goto(baseUrl);
    await page.getByLabel('用户名').fill('admin');
    await page.getByRole('textbox', { name: '密码' }).fill(demoPassword);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText(/组织机构树|我今年的记录/).first().waitFor();
    const listed = `${baseUrl}/#/researchTrips?filter=${encodeURIComponent(JSON.stringify({ ids: [id] }))}`;

    // Delete from the record's page: the confirmation says an administrator can restore it.
    await page.goto(`${baseUrl}/#/researchTrips/${id}/show`);
    await page.getByText(purpose).first().waitFor();
    await page.getByRole('button', { name: '删除' }).first().click();
    const confirm = page.getByRole('dialog');
    await expect.poll(() => confirm.innerText(), POLL).toContain('管理员可在“回收站”中恢复');
    await shot(page, '40-record-delete-confirm');
    await confirm.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => page.getByText('已删除').count(), POLL).toBeGreaterThan(0);

    // 回收站, from the ADMIN's menu, filtered to research trips.
    await page.getByRole('menuitem', { name: '回收站' }).click();
    await page.waitForURL(/#\/recycleBin/);
    await page.getByTestId('recycle-type').click();
    await page.getByRole('option', { name: '调研', exact: true }).click();
    const row = page.locator(`tr[data-record-id="${id}"]`);
    await expect.poll(() => row.innerText(), POLL).toContain(purpose);
    await shot(page, '41-recycle-bin');
    await row.getByRole('button', { name: '恢复' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.innerText(), POLL).toContain('恢复这条调研');
    await dialog.getByRole('button', { name: '恢复' }).click();
    await expect.poll(() => page.getByText('已恢复：调研').count(), POLL).toBeGreaterThan(0);
    await expect.poll(() => row.count(), POLL).toBe(0);

    // Back in its list.
    await page.goto(listed);
    await expect.poll(() => page.locator('tbody tr').count(), POLL).toBe(1);
    await shot(page, '42-restored-in-list');
    await context.close();
  });
});
