import type { YearEndFiguresFieldsFragment } from '../gql/graphql';
import { sheet, type Sheet } from '../compliance/excel';
import { formatAmount, formatRate } from '../compliance/model';
import { formatDate } from '../i18n/dates';
import type { Locale } from '../i18n/messages';

export type YearEndFigures = YearEndFiguresFieldsFragment;
export type SystemFigures = YearEndFigures['systems'][number];
export type RuleFigures = SystemFigures['rules'][number];

/** One line of the export: a rule with the system it belongs to. */
export interface FigureRow {
  system: SystemFigures;
  rule: RuleFigures;
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** One row per rule, system by system in the API's order (S1 … S10, G). */
export function figureRows(figures: YearEndFigures): FigureRow[] {
  return figures.systems.flatMap((system) => system.rules.map((rule) => ({ system, rule })));
}

/** A rule's own rate: met or on track over applicable, as the API rates a system; none when nothing applies. */
export function ruleRate(rule: Pick<RuleFigures, 'applicable' | 'met' | 'onTrack'>): number | null {
  return rule.applicable > 0 ? (rule.met + rule.onTrack) / rule.applicable : null;
}

/** Amounts as the rules count them (days may be halves), as numbers so Excel can sum them. */
const amount = (n: number) => Number(formatAmount(n));

/** The file name without `.xlsx`: `鹤山农场-2025年度联系群众工作数据`. */
export const figuresFileName = (figures: YearEndFigures, translate: Translate) =>
  translate('lianxi.year_end.file', { unit: figures.unitName, year: figures.year });

/**
 * The year's figures as one Excel sheet: title lines (unit and year, as of, overall rate, exported), then
 * one row per rule with its system, the system's rate, the counts by status, and actual / required / gap.
 * Headers come in the user's language (Chinese unless they switched), as every export of the admin.
 */
export function figuresSheet(figures: YearEndFigures, translate: Translate, locale: Locale, exportedAt: string): Sheet<unknown> {
  const tr = (k: string) => translate(`lianxi.year_end.${k}`);
  return sheet<FigureRow>({
    name: translate('lianxi.year_end.sheet', { year: figures.year }),
    title: [
      translate('lianxi.year_end.heading', { unit: figures.unitName, year: figures.year }),
      translate('lianxi.compliance.as_of', { date: formatDate(figures.asOf, locale) }),
      translate('lianxi.year_end.total_rate', { rate: formatRate(figures.rate, locale) }),
      `${translate('lianxi.excel.generated')} ${exportedAt}`,
    ],
    columns: [
      { header: tr('system'), value: (r) => r.system.title, width: 24 },
      { header: tr('system_rate'), value: (r) => formatRate(r.system.rate, locale) },
      { header: tr('rule'), value: (r) => r.rule.title, width: 36 },
      { header: tr('applicable'), value: (r) => r.rule.applicable },
      { header: tr('met'), value: (r) => r.rule.met },
      { header: tr('on_track'), value: (r) => r.rule.onTrack },
      { header: tr('at_risk'), value: (r) => r.rule.atRisk },
      { header: tr('missed'), value: (r) => r.rule.missed },
      { header: tr('rate'), value: (r) => formatRate(ruleRate(r.rule), locale) },
      { header: tr('actual'), value: (r) => amount(r.rule.actual) },
      { header: tr('required'), value: (r) => amount(r.rule.required) },
      { header: tr('gap'), value: (r) => amount(r.rule.gap) },
    ],
    rows: figureRows(figures),
  });
}

/** A create input without a blank body: left out, the API pre-fills the draft with the year's figures. */
export function withoutBlankBody<T extends Record<string, unknown>>(data: T): T {
  const body = data['body'];
  const blank = body === null || (typeof body === 'string' && body.trim() === '');
  if (!blank) return data;
  const rest: Record<string, unknown> = { ...data };
  delete rest['body'];
  return rest as T;
}
