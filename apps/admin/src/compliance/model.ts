import { STATUS_COLORS, SYSTEM_IDS, type Status, type SystemId } from '@lianxi/rules';
import type { UnitComplianceResult } from '../dataProvider/dataProvider';

export type RuleSummary = UnitComplianceResult['rules'][number];

export interface Counts {
  applicable: number;
  met: number;
  onTrack: number;
  atRisk: number;
  missed: number;
}

const zero = (): Counts => ({ applicable: 0, met: 0, onTrack: 0, atRisk: 0, missed: 0 });

/** S1 … S10 or G, from a rule id such as `S1.DAYS.FARM`. */
export function systemOf(ruleId: string): SystemId | undefined {
  const head = ruleId.split('.')[0];
  return (SYSTEM_IDS as readonly string[]).includes(head ?? '') ? (head as SystemId) : undefined;
}

export function add(a: Counts, b: Counts): Counts {
  return {
    applicable: a.applicable + b.applicable,
    met: a.met + b.met,
    onTrack: a.onTrack + b.onTrack,
    atRisk: a.atRisk + b.atRisk,
    missed: a.missed + b.missed,
  };
}

export function totals(rules: readonly Counts[]): Counts {
  return rules.reduce(add, zero());
}

/** Each system's counts in catalogue order (S1 … S10, G), leaving out systems no rule of the answer touches. */
export function bySystem(rules: readonly RuleSummary[]): { system: SystemId; counts: Counts }[] {
  const out = new Map<SystemId, Counts>();
  for (const r of rules) {
    const s = systemOf(r.ruleId);
    if (!s || r.applicable === 0) continue;
    out.set(s, add(out.get(s) ?? zero(), r));
  }
  return SYSTEM_IDS.filter((s) => out.has(s)).map((system) => ({ system, counts: out.get(system) ?? zero() }));
}

/** Share MET or ON_TRACK, as the API computes `rate`; null when nothing applies. */
export function rateOf(c: Counts): number | null {
  return c.applicable ? (c.met + c.onTrack) / c.applicable : null;
}

/**
 * A unit's colour follows the status palette of @lianxi/rules: ≥ 90 % reads as met, ≥ 60 % as at risk,
 * lower as missed, no applicable rule as not applicable.
 */
export function rateStatus(rate: number | null | undefined): Status {
  if (rate === null || rate === undefined) return 'NOT_APPLICABLE';
  if (rate >= 0.9) return 'MET';
  if (rate >= 0.6) return 'AT_RISK';
  return 'MISSED';
}

export const rateColor = (rate: number | null | undefined) => STATUS_COLORS[rateStatus(rate)];

export function formatRate(rate: number | null | undefined, locale: string): string {
  if (rate === null || rate === undefined) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

/** Numbers as the rules count them: whole where whole, else one decimal (days may be halves). */
export function formatAmount(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** The current year in China, and the two before it: the years a dashboard offers. */
export function yearChoices(today: string): number[] {
  const y = Number(today.slice(0, 4));
  return [y, y - 1, y - 2];
}

/** What a drill-down list shows: the rows behind one number of a dashboard. */
export interface DrillFilter {
  underId: string;
  year: number;
  statuses?: Status[];
  ruleId?: string;
  system?: string;
}

export function drillSearch(f: DrillFilter): string {
  const p = new URLSearchParams({ underId: f.underId, year: String(f.year) });
  if (f.statuses?.length) p.set('statuses', f.statuses.join(','));
  if (f.ruleId) p.set('ruleId', f.ruleId);
  if (f.system) p.set('system', f.system);
  return `/compliance/rows?${p.toString()}`;
}

export function parseDrill(search: URLSearchParams, fallbackYear: number): DrillFilter | undefined {
  const underId = search.get('underId');
  if (!underId) return undefined;
  const year = Number(search.get('year')) || fallbackYear;
  const statuses = (search.get('statuses') ?? '').split(',').filter(Boolean) as Status[];
  const out: DrillFilter = { underId, year };
  if (statuses.length) out.statuses = statuses;
  const ruleId = search.get('ruleId');
  if (ruleId) out.ruleId = ruleId;
  const system = search.get('system');
  if (system) out.system = system;
  return out;
}

/**
 * A rule's title from compliance rows (they carry it in the user's language): nothing while the rows load,
 * the id when none came back.
 */
export function ruleTitleOf(ruleId: string, rows: readonly { ruleId: string; ruleTitle: string }[] | undefined): string | undefined {
  if (!rows) return undefined;
  return rows.find((r) => r.ruleId === ruleId)?.ruleTitle ?? ruleId;
}
