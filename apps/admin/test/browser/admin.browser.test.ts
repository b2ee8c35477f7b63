import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, demoPassword, newPage, shot, useBrowser } from './support';

const browser = useBrowser();
let page: Page;

/** The row of the tree whose label carries this unit name. */
const treeRow = (name: string): Locator =>
  page.locator('.MuiTreeItem-content', { has: page.locator(`[data-unit-name="${name}"]`) }).first();

async function expand(name: string) {
  const row = treeRow(name);
  await row.waitFor();
  await row.locator('.MuiTreeItem-iconContainer').click();
}

/** A unique code per run, so reruns against a kept database never collide. */
const suffix = Date.now().toString(36).toUpperCase();

// One page for the whole file: each test goes on from where the previous one left it.
beforeAll(async () => {
  ({ page } = await newPage(browser()));
  page.setDefaultTimeout(20_000);
});

describe('the admin in a real browser against the real API', () => {
  it('asks to sign in, in Chinese, and lets the demo administrator in', async () => {
    await page.goto(baseUrl);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 15_000 }).toBe('zh-CN');
    await page.getByLabel('用户名').fill('admin');
    await page.getByRole('textbox', { name: '密码' }).fill('wrong-password-1');
    await page.getByRole('button', { name: '登录' }).click();
    // The API's own message, in the language the admin sent as Accept-Language.
    await page.locator('.MuiSnackbarContent-message').filter({ hasText: /[\u4e00-\u9fff]/ }).first().waitFor();
    await shot(page, '00-login');
    await page.getByRole('textbox', { name: '密码' }).fill(demoPassword);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('系统管理员').first().waitFor();
  });

  it('opens on the organisation tree and expands 九三管理局 → 鹤山农场 → 第一管理区 lazily', async () => {
    await page.getByText('组织机构树').first().waitFor();
    await expand('九三管理局');
    await expand('鹤山农场');
    await treeRow('第一管理区').waitFor();
    await expect(treeRow('第一管理区').textContent()).resolves.toMatch(/管理区.*个下级.*人.*户/);
    await shot(page, '01-tree-expanded');
  });

  it('opens a unit page with breadcrumbs from the tree and creates a residents group under it', async () => {
    await treeRow('第一管理区').locator('[data-unit-name="第一管理区"]').click();
    await page.waitForURL(/\/orgUnits\/[^/]+\/show/);
    const crumbs = page.getByRole('navigation', { name: 'breadcrumb' });
    await expect(crumbs.innerText()).resolves.toMatch(/九三管理局[\s\S]*鹤山农场[\s\S]*第一管理区/);
    await page.getByRole('link', { name: '新建下级单位' }).first().click();
    await page.waitForURL(/\/orgUnits\/create/);
    // The kind starts as the first one a management area may hold: a residents' group.
    await expect.poll(() => page.getByLabel('单位类型').innerText(), { timeout: 15_000 }).toContain('居民组');
    await page.getByLabel('单位名称').fill('第九居民组');
    await page.getByLabel('单位编码').fill(`JS-HS-A01-G9${suffix}`);
    await shot(page, '02-create-residents-group');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/orgUnits\/[^/]+\/show/);
    await page.getByRole('heading', { level: 1, name: '第九居民组' }).waitFor();
    await expect(page.getByRole('navigation', { name: 'breadcrumb' }).innerText()).resolves.toMatch(/鹤山农场[\s\S]*第一管理区[\s\S]*第九居民组/);
  });

  it('shows the API’s Chinese error under the parent picker when the kind may not sit under that parent', async () => {
    // From the new group's page, go up to the management area and try to put a farm under it.
    await page.getByRole('navigation', { name: 'breadcrumb' }).getByRole('link', { name: '第一管理区' }).click();
    await page.getByRole('heading', { level: 1, name: '第一管理区' }).waitFor();
    await page.getByRole('link', { name: '新建下级单位' }).first().click();
    await expect.poll(() => page.getByLabel('单位类型').innerText(), { timeout: 15_000 }).toContain('居民组');
    await page.getByLabel('单位名称').fill('错误的农场');
    await page.getByLabel('单位编码').fill(`JS-BAD-${suffix}`);
    await page.getByLabel('单位类型').click();
    await page.getByRole('option', { name: '农场', exact: true }).click();
    await page.getByRole('button', { name: '保存' }).click();
    const fieldError = page.locator('.MuiFormHelperText-root.Mui-error', { hasText: '农场不能设在管理区之下' });
    await fieldError.waitFor();
    await expect(page.url()).toMatch(/\/orgUnits\/create/);
    await shot(page, '03-wrong-parent-kind');
  });

  it('edits a person’s position inline and shows the new profile chip', async () => {
    // 丁刚峰 heads a residents' group (居民组长) in the demo bureau: a Party member, no leading post.
    await page.goto(`${baseUrl}/#/people`);
    await page.getByPlaceholder('搜索').first().fill('丁刚峰');
    // The filter is debounced: wait until the list holds only the match before opening it.
    await expect.poll(() => page.locator('tbody tr').count(), { timeout: 15_000 }).toBe(1);
    await page.getByRole('cell', { name: '丁刚峰' }).first().click();
    await page.waitForURL(/\/people\/[^/]+\/show/);
    const chips = page.locator('.RaShow-main').getByTestId('profile-chips');
    await chips.waitFor();
    await expect(chips.innerText()).resolves.toContain('在职党员');
    await expect(chips.locator('[data-profile="PARTY_SECRETARY"]').count()).resolves.toBe(0);
    await page.getByRole('link', { name: '编辑' }).click();
    await page.waitForURL(/\/people\/[^/]+$/);
    await page.getByRole('textbox', { name: '职务' }).first().fill('第五居民组党小组书记');
    await page.getByLabel('党组织书记').first().check();
    await shot(page, '04-person-edit-position');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/people\/[^/]+\/show/);
    await chips.locator('[data-profile="PARTY_SECRETARY"]').waitFor();
    await expect(chips.innerText()).resolves.toContain('各级党委(党组织)书记');
    await expect(page.getByRole('cell', { name: '第五居民组党小组书记' }).count()).resolves.toBe(1);
    await shot(page, '05-person-profile-chip');
  });

  it('finds units by name in the tree and expands the path down to every match', async () => {
    await page.goto(baseUrl);
    await page.getByPlaceholder('按名称查找单位').fill('第一管理区');
    await page.getByText(/找到 \d+ 个单位/).waitFor();
    // Every farm has a 第一管理区; each is shown, so each farm's branch was loaded and expanded.
    await expect.poll(() => page.locator('[data-unit-name="第一管理区"]').count(), { timeout: 15_000 }).toBeGreaterThan(5);
    await treeRow('鹤山农场').waitFor();
    await shot(page, '06-tree-search');
  });

  it('offers a retry instead of a blank page when the network fails, and recovers', async () => {
    await page.route('**/graphql', (route) => route.abort('internetdisconnected'));
    await page.goto(`${baseUrl}/#/households`);
    const retry = page.getByRole('button', { name: '重试' });
    await retry.waitFor({ timeout: 30_000 });
    await expect(page.getByText('无法连接服务器，请检查网络后重试').count()).resolves.toBeGreaterThan(0);
    await shot(page, '07-network-retry');
    await page.unroute('**/graphql');
    await retry.click();
    await page.getByRole('columnheader', { name: '户主姓名' }).waitFor();
    await expect(page.locator('tbody tr').count()).resolves.toBeGreaterThan(0);
  });

  it('creates a read-only API token and shows its secret once, with a warning and a copy button', async () => {
    await page.goto(`${baseUrl}/#/apiTokens`);
    // The toolbar settles once the list has loaded.
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: '新建令牌' }).first().click();
    const form = page.getByRole('dialog');
    await form.getByLabel('用途').fill(`省级大屏-${suffix}`);
    await form.getByLabel('可读范围').fill('鹤山农场');
    await page.getByRole('option', { name: '鹤山农场', exact: true }).click();
    await form.getByRole('button', { name: '新建令牌' }).click();
    const secretBox = page.getByTestId('token-secret');
    await secretBox.waitFor();
    const secret = (await secretBox.innerText()).trim();
    expect(secret.length).toBeGreaterThan(20);
    await expect(page.getByText('这是唯一一次显示完整令牌').count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: '复制' }).count()).resolves.toBe(1);
    await shot(page, '09-token-secret-once');
    // The token reads through the API (and only reads): it is a dashboard's credential.
    const answer = await page.request.post(`${baseUrl}/graphql`, {
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json', 'apollo-require-preflight': '1' },
      data: { query: '{ me { kind tokenName } }' },
    });
    expect(await answer.json()).toMatchObject({ data: { me: { kind: 'TOKEN', tokenName: `省级大屏-${suffix}` } } });
    await page.getByRole('button', { name: '我已保存，关闭' }).click();
    await secretBox.waitFor({ state: 'detached' });
    // Gone for good: the list shows the name and the prefix only.
    const row = page.locator('tbody tr', { hasText: `省级大屏-${suffix}` });
    await row.waitFor();
    await expect(row.innerText()).resolves.toMatch(/有效/);
    await expect(page.getByText(secret).count()).resolves.toBe(0);
    await page.reload();
    await row.waitFor();
    await expect(page.content()).resolves.not.toContain(secret);
  });

  it('reveals a person’s full phone to an administrator and shows the reading in the audit log', async () => {
    await page.goto(`${baseUrl}/#/people`);
    await page.getByPlaceholder('搜索').first().fill('丁刚峰');
    await expect.poll(() => page.locator('tbody tr').count(), { timeout: 15_000 }).toBe(1);
    await page.getByRole('cell', { name: '丁刚峰' }).first().click();
    await page.waitForURL(/\/people\/[^/]+\/show/);
    // Masked on the page, as the API sends it.
    await page.getByText(/^1\d{2}\*{4}\d{4}$/).first().waitFor();
    await page.getByRole('button', { name: '查看完整号码' }).click();
    const phone = page.getByTestId('full-phone');
    await phone.waitFor();
    await expect(phone.innerText()).resolves.toMatch(/^1\d{10}$/);
    await expect(page.getByText('本次查看已记入操作日志').count()).resolves.toBe(1);
    await shot(page, '10-reveal-personal-data');
    await page.getByRole('button', { name: '关闭' }).click();
    await page.getByRole('link', { name: '操作日志' }).click();
    await page.waitForURL(/\/auditLogs/);
    const read = page.locator('tbody tr', { hasText: '查看个人信息' }).first();
    await read.waitFor();
    await expect(read.innerText()).resolves.toMatch(/系统管理员[\s\S]*联系电话/);
  });

  it('lists the audit log with who, when, what and each changed field before → after', async () => {
    const filtered = (filter: Record<string, string>) => page.goto(`${baseUrl}/#/auditLogs?filter=${encodeURIComponent(JSON.stringify(filter))}`);
    // The residents' group created above (newest first among created units): its name as the value it got.
    await filtered({ entity: 'OrgUnit', action: 'CREATE' });
    await page.getByRole('columnheader', { name: '变更内容' }).waitFor();
    const created = page.locator('tbody tr', { hasText: '第九居民组' }).first();
    await created.waitFor();
    await expect(created.innerText()).resolves.toMatch(/系统管理员[\s\S]*新建[\s\S]*单位/);
    // The position edited above: before and after of its title.
    await filtered({ entity: 'Position', action: 'UPDATE' });
    const edited = page.locator('tbody tr', { hasText: '第五居民组党小组书记' }).first();
    await edited.waitFor();
    await expect(edited.innerText()).resolves.toMatch(/修改[\s\S]*任职[\s\S]*职务[\s\S]*居民组长[\s\S]*第五居民组党小组书记/);
    await shot(page, '11-audit-log');
  });

  it('creates a user, refusing a weak password under the field, and disables rather than deletes', async () => {
    await page.goto(`${baseUrl}/#/users/create`);
    await page.getByLabel('用户名').fill(`zhang${suffix.toLowerCase()}`);
    await page.getByLabel('显示名称').fill('张干事');
    await page.getByLabel('管辖单位').fill('鹤山农场');
    await page.getByRole('option', { name: '鹤山农场', exact: true }).click();
    await page.getByRole('textbox', { name: '密码', exact: true }).fill('short1');
    await page.getByRole('textbox', { name: '再次输入密码' }).fill('short1');
    await page.getByRole('button', { name: '保存' }).click();
    await page.locator('.MuiFormHelperText-root.Mui-error', { hasText: '密码至少 10 位' }).waitFor();
    await page.getByRole('textbox', { name: '密码', exact: true }).fill('Lianxi2026ok');
    await page.getByRole('textbox', { name: '再次输入密码' }).fill('Lianxi2026ok');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/users\/[^/]+\/show/);
    await page.getByText('张干事').first().waitFor();
    await expect(page.getByRole('button', { name: '删除' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: '停用' }).click();
    await page.getByRole('button', { name: '确定' }).click();
    await page.getByRole('button', { name: '启用' }).waitFor();
    await shot(page, '12-user-disabled');
  });

  it('switches to English from the app bar, changes the labels, and remembers the choice after a reload', async () => {
    await page.goto(`${baseUrl}/#/people`);
    await page.getByRole('columnheader', { name: '姓名' }).waitFor();
    await page.getByRole('button', { name: /简体中文/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('columnheader', { name: 'Name' }).waitFor();
    await expect(page.getByRole('columnheader', { name: 'Rank' }).count()).resolves.toBe(1);
    await shot(page, '08-people-english');
    await page.reload();
    await page.getByRole('columnheader', { name: 'Name' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 15_000 }).toBe('en');
  });
});
