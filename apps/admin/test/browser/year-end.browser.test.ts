import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, request, type APIRequestContext, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

/** Screenshots for people to look at; git-ignored (test-artifacts/ in the root .gitignore). */
const ARTIFACTS = resolve(import.meta.dirname, '../../test-artifacts');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--lang=zh-CN',
];

let browser: Browser;
const baseUrl = inject('baseUrl');
const demoPassword = inject('demoPassword');

const shot = (page: Page, name: string) => page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`), fullPage: true });

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return { context, page };
}

async function signIn(page: Page, username: string) {
  await page.goto(baseUrl);
  await page.getByLabel('用户名').fill(username);
  await page.getByRole('textbox', { name: '密码' }).fill(demoPassword);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByText('组织机构树').first().waitFor();
}

async function apiAs(username: string): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL: baseUrl, extraHTTPHeaders: { 'apollo-require-preflight': '1', 'accept-language': 'zh-CN' } });
  const res = await api.post('/graphql', {
    data: { query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { expiresAt } }', variables: { u: username, p: demoPassword } },
  });
  expect(res.ok()).toBe(true);
  return api;
}

async function gql<T>(api: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await api.post('/graphql', { data: { query, variables } });
  const body = (await res.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

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

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
});

describe('evidence and year-end figures in a real browser', () => {
  it('lets a farm head drill from a MISSED count to a scorecard whose evidence chip, named by kind and day, opens the record', async () => {
    const api = await apiAs('heshan');
    const target = await missedWithEvidence(api);
    await api.dispose();

    const { context, page } = await newPage();
    await signIn(page, 'heshan');
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
    const { context, page } = await newPage();
    await signIn(page, 'admin');
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

    const { context, page } = await newPage();
    await signIn(page, 'admin');
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
