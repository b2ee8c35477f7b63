import ExcelJS from 'exceljs';
import { resolve } from 'node:path';
import type { APIRequestContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiAs, ARTIFACTS, baseUrl, gql, shot, signedIn, useBrowser } from './support';

const browser = useBrowser();

interface Evidence {
  id: string;
  kind: string;
  kindTitle: string;
  date: string;
}

/** The record screens the test expects research evidence to open in. */
const RESEARCH_SCREENS: Record<string, string> = { RESEARCH_TRIP: 'researchTrips', STATIONED_STAY: 'stationedStays' };

/** A closed year: its quotas are met or missed (this year's are mostly still on track or at risk). */
const YEAR = 2025;

/**
 * A person of heshan's farm who MISSED a research-days rule (S1.DAYS.*) in YEAR yet has research records
 * counted for it: the scorecard then shows chips to open. Found through the API so the test does not depend
 * on the demo's random names.
 */
async function missedWithEvidence(api: APIRequestContext) {
  const { complianceRows } = await gql<{ complianceRows: { personId: string | null; personName: string | null; ruleId: string; year: number }[] }>(
    api,
    'query($y: Int!) { complianceRows(filter: { statuses: ["MISSED"], year: $y }, limit: 20000) { personId personName ruleId year } }',
    { y: YEAR },
  );
  const candidates = complianceRows.filter((r) => r.personId && r.ruleId.startsWith('S1.DAYS'));
  expect(candidates.length).toBeGreaterThan(0);
  for (const row of candidates.slice(0, 40)) {
    const { personCompliance } = await gql<{ personCompliance: { ruleId: string; evidence: Evidence[] }[] }>(
      api,
      'query($p: ID!, $y: Int!) { personCompliance(personId: $p, year: $y) { ruleId evidence { id kind kindTitle date } } }',
      { p: row.personId, y: row.year },
    );
    const evidence = personCompliance.find((r) => r.ruleId === row.ruleId)?.evidence.find((e) => RESEARCH_SCREENS[e.kind]);
    if (evidence) return { personId: row.personId ?? '', personName: row.personName ?? '', ruleId: row.ruleId, evidence };
  }
  throw new Error('No person of the demo farm missed a research-days rule with research records counted');
}

describe('evidence and year-end figures in a real browser', () => {
  it('lets a farm head drill from a MISSED count to a scorecard whose evidence chip, named by kind and day, opens the record', async () => {
    const api = await apiAs('heshan');
    const target = await missedWithEvidence(api);
    await api.dispose();

    const { context, page } = await signedIn(browser(), 'heshan', /组织机构树/);
    await page.getByRole('menuitem', { name: '落实情况' }).click();
    await page.waitForURL(/#\/compliance/);
    await page.getByRole('combobox', { name: '年度' }).click();
    await page.getByRole('option', { name: String(YEAR), exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `鹤山农场 · ${YEAR}` }).waitFor({ timeout: 60_000 });
    const missed = page.getByTestId('total-missed').locator('[data-count="MISSED"]');
    await missed.waitFor({ timeout: 60_000 });
    await missed.click();
    await page.waitForURL(/#\/compliance\/rows\?.*statuses=MISSED/);
    const row = page.locator(`[data-testid="compliance-rows"] tbody tr[data-person-id="${target.personId}"][data-rule="${target.ruleId}"]`);
    await row.waitFor({ timeout: 60_000 });
    // The rule is named by the row's own title, not its id.
    await expect(row.innerText()).resolves.not.toContain(target.ruleId);
    await row.click();

    await page.waitForURL(new RegExp(`#/compliance/people/${target.personId}`));
    await page.getByRole('heading', { level: 1, name: `${target.personName} 的落实情况` }).waitFor();
    const chip = page.locator(`[data-testid="scorecard"] tr[data-rule="${target.ruleId}"] [data-testid="evidence"] a[href*="${target.evidence.id}"]`).first();
    await chip.waitFor({ timeout: 60_000 });
    const label = `${target.evidence.kindTitle} ${target.evidence.date}`;
    expect(label).toMatch(/^[\u4e00-\u9fff]+ \d{4}-\d{2}-\d{2}$/);
    await expect(chip.innerText()).resolves.toBe(label);
    await shot(page, '40-scorecard-evidence');

    await chip.click();
    const screen = RESEARCH_SCREENS[target.evidence.kind];
    await page.waitForURL(new RegExp(`#/${screen}/${target.evidence.id}/show`));
    // The record's own page: its title names the day it started.
    await page.locator('#react-admin-title').getByText(target.evidence.date).waitFor();
    await page.locator('.RaShow-main').waitFor();
    await shot(page, '41-evidence-record');
    await context.close();
  });

  it('lets an administrator open 年度数据 for 鹤山农场 2025 and download it as Excel', async () => {
    const { context, page } = await signedIn(browser(), 'admin', /组织机构树/);
    await page.getByRole('menuitem', { name: '年度数据' }).click();
    await page.waitForURL(/#\/yearEndFigures/);
    await page.getByRole('combobox', { name: '农场或直属单位' }).click();
    await page.getByRole('option', { name: '鹤山农场', exact: true }).click();
    await page.getByRole('combobox', { name: '年度' }).click();
    await page.getByRole('option', { name: '2025', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '鹤山农场 2025年度联系群众工作数据' }).waitFor({ timeout: 60_000 });
    const table = page.getByTestId('year-end-figures');
    const rules = await table.locator('tr[data-rule]').count();
    expect(rules).toBeGreaterThan(0);
    await expect(table.locator('tr[data-system]').count()).resolves.toBeGreaterThan(0);
    await shot(page, '42-year-end-figures');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
    expect(download.suggestedFilename()).toBe('鹤山农场-2025年度联系群众工作数据.xlsx');
    const file = resolve(ARTIFACTS, 'year-end-figures.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('2025年度数据');
    expect(ws).toBeDefined();
    expect((ws?.getRow(6).values as unknown[]).slice(1, 4)).toEqual(['制度', '制度达标率', '规则']);
    // Title lines, a blank line, the header, then one row per rule as on the screen.
    expect(ws?.rowCount).toBe(6 + rules);
    await context.close();
  });

  it('shows a year-end report’s figures and drafts a new report from them when the body is left blank', async () => {
    const api = await apiAs('admin');
    const { orgUnits } = await gql<{ orgUnits: { items: { id: string }[] } }>(api, '{ orgUnits(filter: { kind: FARM, q: "鹤山农场" }) { items { id } } }');
    const unitId = orgUnits.items[0]?.id;
    const { yearEndReports } = await gql<{ yearEndReports: { items: { id: string }[] } }>(
      api,
      'query($u: ID!) { yearEndReports(filter: { unitId: $u, year: 2025 }) { items { id } } }',
      { u: unitId },
    );
    await api.dispose();
    const reportId = yearEndReports.items[0]?.id;
    expect(reportId).toBeDefined();

    const { context, page } = await signedIn(browser(), 'admin', /组织机构树/);
    await page.goto(`${baseUrl}/#/yearEndReports/${reportId}/show`);
    const panel = page.getByTestId('year-end-report-figures');
    await panel.getByText('本年度各项制度完成情况（系统统计）').waitFor();
    await expect.poll(() => panel.locator('tr[data-rule]').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    await shot(page, '43-year-end-report-figures');

    await page.goto(`${baseUrl}/#/yearEndReports/create`);
    await page.getByText('留空则自动填入本年度各项制度完成情况（系统统计）').waitFor();
    await page.getByLabel('报告单位').fill('鹤山');
    await page.getByRole('option', { name: '鹤山农场' }).first().click();
    await page.getByRole('spinbutton', { name: /^年度/ }).fill('2024');
    await page.getByLabel('标题').fill('2024年度党员干部联系服务群众工作情况报告');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/yearEndReports\/[^/]+\/show/);
    await page.locator('.RaShow-main').getByText(/2024年度联系群众十项制度落实情况/).first().waitFor();
    await shot(page, '44-year-end-report-prefilled');
    await context.close();
  });
});
