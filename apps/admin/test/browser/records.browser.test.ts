import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiAs, baseUrl, gql, POLL, shot, signedIn, todayInChina, useBrowser, useFailureShots } from './support';

const browser = useBrowser();
useFailureShots();

/** Picks an option of a react-admin autocomplete by typing part of its text. */
async function pick(page: Page, label: string, text: string) {
  const input = page.getByRole('dialog').getByLabel(label);
  await input.click();
  await input.fill(text);
  await page.getByRole('option', { name: new RegExp(text) }).first().click();
}

/** Opens a step of the case page, fills it and confirms. */
async function step(page: Page, name: string, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void> = async () => undefined) {
  await page.getByTestId('next-steps').getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await fill(dialog);
  await dialog.getByRole('button', { name: '确定' }).click();
}

describe('the records of the ten systems in a real browser', () => {
  it('lets a cadre record a 1.5-day research trip (dates and days, one click) and find it in their own list', async () => {
    const { context, page } = await signedIn(browser(), 'cadre');
    await page.goto(`${baseUrl}/#/researchTrips/create`);
    // The cadre is the default person: a trip of yesterday and today, 1.5 days, and save.
    const yesterday = new Date(Date.parse(`${todayInChina()}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('开始日期').fill(yesterday);
    await page.getByLabel('结束日期').fill(todayInChina());
    await page.getByLabel('天数').fill('1.5');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/researchTrips\/[^/]+\/show/);
    await page.getByTestId('rule-warnings').waitFor();
    await shot(page, '20-research-trip-show');
    await page.goto(`${baseUrl}/#/researchTrips?filter=${encodeURIComponent(JSON.stringify({ mine: true }))}`);
    await page.getByRole('columnheader', { name: '天数' }).waitFor();
    await expect.poll(() => page.locator('tbody tr').first().innerText(), POLL).toContain('1.5');
    await shot(page, '21-research-trips-list');
    await context.close();
  });

  it('registers a visit case through the form, then takes it through accept → assign → close with a reply, showing an illegal step’s Chinese refusal', async () => {
    const admin = await apiAs('admin');
    const { orgUnits } = await gql<{ orgUnits: { items: { id: string }[] } }>(admin, '{ orgUnits(filter: { q: "鹤山农场", kind: FARM }) { items { id } } }');
    const unitId = orgUnits.items[0]?.id;
    const { people } = await gql<{ people: { items: { name: string }[] } }>(admin, 'query($u: ID) { people(filter: { underId: $u }, perPage: 1) { items { name } } }', { u: unitId });
    const responsible = people.items[0]?.name ?? '';
    await admin.dispose();

    const { context, page } = await signedIn(browser(), 'admin');
    // The registration form (登记单): the unit, the category, the matter and who came.
    await page.goto(`${baseUrl}/#/visitCases/create`);
    await page.getByLabel('登记日期').fill(todayInChina());
    const unit = page.getByRole('combobox', { name: '登记单位' });
    await unit.click();
    await unit.fill('鹤山农场');
    await page.getByRole('option', { name: /鹤山农场/ }).first().click();
    await page.getByLabel('问题类别').click();
    await page.getByRole('option', { name: '申诉求决' }).click();
    const matter = `浏览器测试：职工反映供暖不足 ${Date.now()}`;
    await page.getByLabel('反映事项').fill(matter);
    await page.getByLabel('姓名').first().fill('张某');
    await page.getByRole('button', { name: '保存' }).click();
    const state = page.getByTestId('case-state');
    await expect.poll(() => state.innerText(), POLL).toBe('已登记');
    await expect(page.getByText(matter).first().isVisible()).resolves.toBe(true);
    await shot(page, '21-visit-case-registered');
    // Cases are never deleted: no screen offers it.
    await expect(page.getByRole('button', { name: '删除' }).count()).resolves.toBe(0);

    await step(page, '受理');
    await expect.poll(() => state.innerText(), POLL).toBe('已受理');
    await step(page, '交办', async () => {
      await pick(page, '承办单位', '鹤山农场');
      await pick(page, '责任人', responsible);
    });
    await expect.poll(() => state.innerText(), POLL).toBe('已交办');

    // Closing before the supervision form is out of order: the API refuses, in Chinese, and nothing changes.
    await step(page, '办结并答复', async (dialog) => {
      await dialog.getByLabel('办理结果').fill('已协调供暖公司检修');
    });
    await expect.poll(() => page.getByTestId('step-error').innerText(), POLL).toMatch(/须先完成“督办单”|办结前须有接谈记录/);
    await shot(page, '22-visit-case-illegal-step');
    await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
    await expect(state.innerText()).resolves.toBe('已交办');

    await step(page, '记录接谈', async (dialog) => dialog.getByLabel('接谈记录').fill('来访人反映小区供暖温度不足 16 度。'));
    await step(page, '督办', async (dialog) => {
      await dialog.getByLabel('督办人').fill('信访办');
      await dialog.getByLabel('督办意见').fill('三日内检修完毕');
    });
    await expect.poll(() => state.innerText(), POLL).toBe('督办中');
    await step(page, '办结并答复', async (dialog) => {
      await dialog.getByLabel('办理结果').fill('已协调供暖公司检修，温度达标');
      await dialog.getByLabel('答复意见').fill('已当面答复来访人，供暖已恢复');
    });
    await expect.poll(() => state.innerText(), POLL).toBe('已办结');
    await expect(page.getByTestId('section-form_closure').innerText()).resolves.toContain('已当面答复来访人');
    await shot(page, '23-visit-case-closed');
    await context.close();
  });

  it('shows the farm duty roster as a month calendar with the days nobody is on duty marked as gaps', async () => {
    const { context, page } = await signedIn(browser(), 'admin');
    await page.goto(`${baseUrl}/#/dutyRoster`);
    await page.getByTestId('roster-grid').waitFor();
    // Two months ahead nothing is rostered yet: every day that needs a leader is a gap.
    await page.getByRole('button', { name: '下个月' }).click();
    await page.getByRole('button', { name: '下个月' }).click();
    await expect.poll(() => page.locator('[data-status="GAP"]').count(), POLL).toBeGreaterThan(0);
    await expect(page.getByTestId('roster-summary').innerText()).resolves.toMatch(/无人值班 \d+ 天/);
    await shot(page, '24-duty-roster-gaps');
    await context.close();
  });
});
