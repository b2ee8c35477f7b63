import ExcelJS from 'exceljs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiAs, ARTIFACTS, baseUrl, gql, shot, signedIn, useBrowser } from './support';

const browser = useBrowser();

describe('a farm head (heshan) in a real browser', () => {
  it('sees only 鹤山农场’s subtree, no administration menus, and “not found” for a unit of another farm', async () => {
    const admin = await apiAs('admin');
    const { orgUnits } = await gql<{ orgUnits: { items: { id: string; name: string }[] } }>(admin, '{ orgUnits(filter: { kind: FARM }, perPage: 50) { items { id name } } }');
    const other = orgUnits.items.find((u) => u.name !== '鹤山农场');
    expect(other).toBeDefined();
    await admin.dispose();

    const { context, page } = await signedIn(browser(), 'heshan', /组织机构树/);
    const roots = page.locator('.MuiRichTreeView-root > li');
    await expect.poll(() => roots.count()).toBe(1);
    await expect(roots.first().locator('[data-unit-name]').first().innerText()).resolves.toBe('鹤山农场');
    await expect(page.locator('[data-unit-name="九三管理局"]').count()).resolves.toBe(0);
    const menu = page.locator('.RaMenu-open, .RaSidebar-fixed').first();
    await expect(menu.innerText()).resolves.toContain('落实情况');
    for (const hidden of ['用户', '接口令牌', '操作日志']) await expect(menu.getByText(hidden, { exact: true }).count()).resolves.toBe(0);
    await shot(page, '20-head-tree');

    await page.goto(`${baseUrl}/#/orgUnits/${other?.id}/show`);
    await page.getByText(/找不到单位|不存在/).first().waitFor();
    await expect(page.getByText(other?.name ?? '').count()).resolves.toBe(0);
    await shot(page, '21-head-other-farm-not-found');
    await context.close();
  });

  it('opens the compliance dashboard on 鹤山农场’s roll-up and drills from a MISSED count to the people and a scorecard', async () => {
    const { context, page } = await signedIn(browser(), 'heshan', /组织机构树/);
    await page.getByRole('menuitem', { name: '落实情况' }).click();
    await page.waitForURL(/#\/compliance/);
    await page.getByRole('heading', { level: 1, name: /鹤山农场/ }).waitFor({ timeout: 60_000 });
    const rollup = page.getByTestId('rollup');
    await rollup.waitFor();
    await expect(rollup.innerText()).resolves.toMatch(/第一管理区[\s\S]*%/);
    await page.getByTestId('system-chart').locator('svg').first().waitFor();
    await expect(page.getByTestId('unit-rate').innerText()).resolves.toMatch(/%$/);
    // The missed and at-risk lists have loaded too.
    await expect.poll(() => page.getByTestId('compliance-rows').count(), { timeout: 60_000 }).toBe(2);
    await shot(page, '22-compliance-dashboard');

    // The farm's MISSED count opens the list of the people (and units) behind it.
    const missed = page.getByTestId('total-missed').locator('[data-count="MISSED"]');
    const count = Number(await missed.innerText());
    expect(count).toBeGreaterThan(0);
    await missed.click();
    await page.waitForURL(/#\/compliance\/rows\?.*statuses=MISSED/);
    const rows = page.getByTestId('compliance-rows').locator('tbody tr');
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(count);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toMatch(/鹤山农场.*未完成/);
    await shot(page, '23-missed-people');

    // A person's row opens their scorecard, worst first, with the explanation of each rule.
    // Rules held by a unit (not a person) open the unit instead; take the first person.
    const personRow = page.getByTestId('compliance-rows').locator('tbody tr:not([data-person-name=""])').first();
    const person = (await personRow.getAttribute('data-person-name')) ?? '';
    expect(person).not.toBe('');
    await personRow.click();
    await page.waitForURL(/#\/compliance\/people\//);
    await page.getByRole('heading', { level: 1, name: `${person} 的落实情况` }).waitFor();
    const card = page.getByTestId('scorecard');
    await card.waitFor({ timeout: 60_000 });
    await expect(card.locator('tbody tr').first().locator('[data-status]').getAttribute('data-status')).resolves.toBe('MISSED');
    await expect(card.innerText()).resolves.toMatch(/未完成[\s\S]*[\u4e00-\u9fff]+：/);
    await shot(page, '24-scorecard');
    await context.close();
  });

  it('downloads the dashboard as an Excel file whose header row is in Chinese', async () => {
    const { context, page } = await signedIn(browser(), 'heshan', /组织机构树/);
    await page.goto(`${baseUrl}/#/compliance`);
    await page.getByTestId('rollup').waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^鹤山农场-\d{4}-.*\.xlsx$/);
    const file = resolve(ARTIFACTS, 'compliance-export.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const units = wb.getWorksheet('下级单位');
    expect(units).toBeDefined();
    const header = units?.getRow(5).values as unknown[];
    expect(header.slice(1)).toEqual(['单位', '类型', '达标率', '适用', '进度滞后', '未完成']);
    expect(units?.getRow(6).getCell(1).value).toBeTruthy();
    expect(wb.worksheets.map((w) => w.name)).toEqual(['下级单位', '规则', '未完成名单', '进度滞后名单']);
    await context.close();
  });

  it('sends a user whose session was revoked elsewhere back to the login page with a Chinese message', async () => {
    const { context, page } = await signedIn(browser(), 'heshan', /组织机构树/);
    // Another device of the same user ends every other session (as an administrator or the user would).
    const other = await apiAs('heshan');
    const { sessions } = await gql<{ sessions: { id: string; createdAt: string }[] }>(other, '{ sessions { id createdAt } }');
    expect(sessions.length).toBeGreaterThan(1);
    for (const s of sessions.slice(1)) await gql(other, 'mutation($id: ID!) { revokeSession(id: $id) }', { id: s.id });
    await other.dispose();

    await page.getByRole('menuitem', { name: '人员' }).click();
    await page.getByRole('button', { name: '登录' }).waitFor();
    await page.locator('.MuiSnackbarContent-message').filter({ hasText: /[\u4e00-\u9fff]/ }).first().waitFor();
    await expect(page.locator('.MuiSnackbarContent-message').first().innerText()).resolves.toMatch(/登录|会话/);
    await shot(page, '25-session-ended');
    await context.close();
  });
});
