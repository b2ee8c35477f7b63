// @vitest-environment node
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { workbookBuffer } from '../compliance/excel';
import { createI18nProvider } from '../i18n/i18nProvider';
import { figureRows, figuresFileName, figuresSheet, ruleRate, withoutBlankBody, type YearEndFigures } from './figures';

const zh = createI18nProvider('zh-CN');
const translate = (key: string, options?: Record<string, unknown>) => zh.translate(key, options);

const FIGURES: YearEndFigures = {
  unitId: 'u1',
  unitName: '鹤山农场',
  year: 2025,
  asOf: '2025-12-31',
  rate: 0.75,
  systems: [
    {
      system: 'S1',
      title: '调查研究制度',
      applicable: 4,
      met: 2,
      onTrack: 1,
      atRisk: 0,
      missed: 1,
      rate: 0.75,
      rules: [
        { ruleId: 'S1.DAYS', title: '每年基层调研天数', kind: 'QUOTA', applicable: 3, met: 2, onTrack: 0, atRisk: 0, missed: 1, actual: 150.5, required: 180, gap: 29.5 },
        { ruleId: 'S1.REPORT', title: '每年调研报告', kind: 'QUOTA', applicable: 1, met: 0, onTrack: 1, atRisk: 0, missed: 0, actual: 1, required: 1, gap: 0 },
      ],
    },
    {
      system: 'S4',
      title: '信访接待制度',
      applicable: 1,
      met: 0,
      onTrack: 0,
      atRisk: 0,
      missed: 1,
      rate: 0,
      rules: [{ ruleId: 'S4.DAYS', title: '领导接访日', kind: 'QUOTA', applicable: 1, met: 0, onTrack: 0, atRisk: 0, missed: 1, actual: 2, required: 12, gap: 10 }],
    },
  ],
};

describe('year-end figures in Excel', () => {
  it('list one row per rule, system by system', () => {
    expect(figureRows(FIGURES).map((r) => [r.system.system, r.rule.ruleId])).toEqual([
      ['S1', 'S1.DAYS'],
      ['S1', 'S1.REPORT'],
      ['S4', 'S4.DAYS'],
    ]);
  });

  it('write Chinese headers and each rule’s counts, actual, required and gap as numbers', async () => {
    const buffer = await workbookBuffer([figuresSheet(FIGURES, translate, 'zh-CN', '2026-01-05 09:00')]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['2025年度数据']);
    const ws = wb.worksheets[0];
    expect(ws?.getRow(1).getCell(1).value).toBe('鹤山农场 2025年度联系群众工作数据');
    // Four title lines and a blank one, then the header row.
    expect((ws?.getRow(6).values as unknown[]).slice(1)).toEqual([
      '制度',
      '制度达标率',
      '规则',
      '适用',
      '已完成',
      '进度正常',
      '进度滞后',
      '未完成',
      '达标率',
      '完成',
      '要求',
      '差额',
    ]);
    expect((ws?.getRow(7).values as unknown[]).slice(1)).toEqual(['调查研究制度', '75%', '每年基层调研天数', 3, 2, 0, 0, 1, '66.7%', 150.5, 180, 29.5]);
    expect(ws?.getRow(8).getCell(12).value).toBe(0);
    expect(ws?.getRow(9).getCell(1).value).toBe('信访接待制度');
    expect(ws?.getRow(9).getCell(12).value).toBe(10);
    expect(ws?.rowCount).toBe(9);
  });

  it('name the file after the unit and the year', () => {
    expect(figuresFileName(FIGURES, translate)).toBe('鹤山农场-2025年度联系群众工作数据');
  });

  it('rate a rule as met or on track over applicable, and leave it out when nothing applies', () => {
    expect(ruleRate({ applicable: 4, met: 1, onTrack: 1 })).toBe(0.5);
    expect(ruleRate({ applicable: 0, met: 0, onTrack: 0 })).toBeNull();
  });
});

describe('a new year-end report', () => {
  it('is sent without its body when the body is blank, so the API pre-fills the figures', () => {
    expect(withoutBlankBody({ title: 'x', body: '' })).toEqual({ title: 'x' });
    expect(withoutBlankBody({ title: 'x', body: '  \n ' })).toEqual({ title: 'x' });
    expect(withoutBlankBody({ title: 'x', body: null })).toEqual({ title: 'x' });
    expect(withoutBlankBody({ title: 'x', body: '全年共调研…' })).toEqual({ title: 'x', body: '全年共调研…' });
    expect(withoutBlankBody({ title: 'x' })).toEqual({ title: 'x' });
  });
});
