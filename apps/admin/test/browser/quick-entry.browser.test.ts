import { describe, expect, it } from 'vitest';
import { apiAs, baseUrl, gql, POLL, shot, signedIn, todayInChina, useBrowser, useFailureShots } from './support';

const browser = useBrowser();
useFailureShots();

describe('我的记录 and the reception screens in a real browser', () => {
  it('lands a cadre on 我的记录, where one contact visit to their own link is one click and shows in their records', async () => {
    // The cadre's own link to a unit of their farm, made as an administrator would (today, active).
    const cadre = await apiAs('cadre');
    const { me } = await gql<{ me: { user: { personId: string; scopeUnitId: string } } }>(cadre, '{ me { user { personId scopeUnitId } } }');
    const today = todayInChina();
    const { contactLinks } = await gql<{ contactLinks: { total: number } }>(cadre, 'query($p: ID, $d: Date) { contactLinks(filter: { personId: $p, activeOn: $d }) { total } }', { p: me.user.personId, d: today });
    const admin = await apiAs('admin');
    if (contactLinks.total === 0) {
      // A place of the cadre's farm (鹤山农场) the cadre will go to: a management area, community or residents' group.
      const { orgUnits: farms } = await gql<{ orgUnits: { items: { id: string }[] } }>(admin, '{ orgUnits(filter: { q: "鹤山农场", kind: FARM }) { items { id } } }');
      const { orgUnits } = await gql<{ orgUnits: { items: { id: string; kind: string }[] } }>(
        admin,
        'query($u: ID) { orgUnits(filter: { underId: $u, kinds: [MANAGEMENT_AREA, COMMUNITY, RESIDENTS_GROUP] }, perPage: 1) { items { id kind } } }',
        { u: farms.items[0]?.id },
      );
      const target = orgUnits.items[0];
      expect(target).toBeDefined();
      await gql(admin, 'mutation($i: CreateContactLinkInput!) { createContactLink(input: $i) { id } }', {
        i: { personId: me.user.personId, category: target?.kind, level: 'FARM', occurredOn: `${today.slice(0, 4)}-01-01`, targetUnitId: target?.id },
      });
    }
    await admin.dispose();
    await cadre.dispose();

    const { context, page } = await signedIn(browser(), 'cadre', /我今年的记录/);
    await expect(page.getByRole('tab', { name: '到联系点' }).count()).resolves.toBe(1);
    const card = page.getByTestId('quick-contactVisit');
    await card.waitFor();
    // Today and one day are already there: choose the link, then one click.
    await expect.poll(() => card.getByLabel('日期').inputValue(), POLL).toBe(todayInChina());
    await expect.poll(() => card.getByLabel('天数').inputValue(), POLL).toBe('1');
    await card.getByLabel('我的联系点').click();
    const option = page.getByRole('option').first();
    const linkText = (await option.innerText()).split('（')[0] ?? '';
    await option.click();
    await card.getByRole('button', { name: '记录' }).click();
    await page.getByText('已记录：到联系点').waitFor();
    // The form starts over, and the visit is the newest of my records, linking to its page.
    await expect.poll(() => card.getByLabel('我的联系点').innerText(), POLL).not.toContain(linkText);
    const first = page.getByTestId('my-records').locator('a').first();
    // Demo visits of earlier days are listed already: wait for today's, on the link chosen.
    const [y, m, d] = todayInChina().split('-').map(Number) as [number, number, number];
    await expect.poll(() => first.innerText(), POLL).toContain(`${y}年${m}月${d}日`);
    await expect.poll(() => first.innerText(), POLL).toContain(linkText);
    await expect(first.innerText()).resolves.toContain('联系点走访');
    await expect.poll(() => page.getByTestId('my-progress').locator('[data-status]').count(), POLL).toBeGreaterThan(0);
    await shot(page, '30-my-records');
    await first.click();
    await page.waitForURL(/\/contactVisits\/[^/]+\/show/);
    await context.close();
  });

  it('shows the demo reception days of a farm on the reception calendar, with links to its public pages', async () => {
    const admin = await apiAs('admin');
    const { receptionDays } = await gql<{ receptionDays: { items: { occurredOn: string; unitId: string }[] } }>(
      admin,
      'query { receptionDays(sort: { field: "occurredOn", order: DESC }, perPage: 1, filter: { to: "' + todayInChina() + '" }) { items { occurredOn unitId } } }',
    );
    const day = receptionDays.items[0];
    expect(day).toBeDefined();
    const { orgUnit } = await gql<{ orgUnit: { id: string; kind: string; code: string; ancestors: { id: string; kind: string }[] } }>(
      admin,
      'query($id: ID!) { orgUnit(id: $id) { id kind code ancestors { id kind } } }',
      { id: day?.unitId },
    );
    await admin.dispose();
    const calendarUnit = ['BUREAU', 'FARM', 'DIRECT_UNIT'].includes(orgUnit.kind) ? orgUnit.id : [...orgUnit.ancestors].reverse().find((a) => ['FARM', 'DIRECT_UNIT', 'BUREAU'].includes(a.kind))?.id;

    const { context, page } = await signedIn(browser(), 'admin', /组织机构树/);
    await page.goto(`${baseUrl}/#/receptionCalendar`);
    await page.getByTestId('roster-grid').waitFor();
    await page.getByLabel('单位').click();
    await page.locator(`[role="option"][data-value="${calendarUnit}"]`).click();
    await page.getByLabel('月份').fill(day?.occurredOn.slice(0, 7) ?? '');
    const cell = page.locator(`[data-date="${day?.occurredOn}"]`);
    await expect.poll(() => cell.getByTestId('reception-day').count(), POLL).toBeGreaterThan(0);
    await expect(page.getByTestId('public-schedule').getAttribute('href')).resolves.toMatch(/^\/public\/units\/.+\/reception$/);
    await expect(page.getByTestId('public-ics').getAttribute('href')).resolves.toMatch(/reception\.ics$/);
    const schedule = await page.request.get(`${baseUrl}${await page.getByTestId('public-schedule').getAttribute('href')}`);
    expect(schedule.status()).toBe(200);
    await shot(page, '31-reception-calendar');
    await context.close();
  });

  it('lets a bureau ADMIN add a public holiday to next year’s work calendar, saved and still there after a reload', async () => {
    const { context, page } = await signedIn(browser(), 'admin', /组织机构树/);
    const year = Number(todayInChina().slice(0, 4)) + 1;
    await page.goto(`${baseUrl}/#/settings/workCalendar`);
    await page.getByLabel('年份').click();
    await page.getByRole('option', { name: String(year) }).click();
    await page.getByTestId('calendar-source').waitFor();
    const holidays = page.getByTestId('calendar-holidays');
    await holidays.getByTestId('holidays-date').fill(`${year}-06-18`);
    await holidays.getByTestId('holidays-name').fill('浏览器测试纪念日');
    await holidays.getByRole('button', { name: '添加' }).click();
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('已保存').first().waitFor();
    await page.reload();
    await page.getByLabel('年份').click();
    await page.getByRole('option', { name: String(year) }).click();
    await expect.poll(() => page.getByTestId('calendar-source').innerText(), POLL).toBe('已由管理员修改');
    await expect.poll(() => holidays.locator(`[data-date="${year}-06-18"]`).innerText(), POLL).toContain('浏览器测试纪念日');
    await shot(page, '32-work-calendar');
    await context.close();
  });
});
