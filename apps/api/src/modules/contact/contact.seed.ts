import type { DemoRecordSeeder, DemoUnitRow } from '../../seed/demo-records.js';
import {
  ancestorOfKind,
  dayBetween,
  demoWorld,
  descendants,
  holds,
  insertRows,
  pick,
  recordRow,
  yearEnd,
  type DemoPerson,
  type DemoWorld,
} from '../common/record-kit.seed.js';
import type { ContactCategory, ContactLevelValue } from './contact.entity.js';

const VISIT_NOTES = [
  '了解春播准备情况，协调解决种子调运问题', '召开职工座谈会，听取意见建议', '走访困难职工，送去慰问金', '检查冬季供暖准备',
  '帮助合作社对接农产品销路', '宣讲惠农政策', '督办道路维修', '了解居民饮水安全',
];
const FAMILY_NOTES = ['了解家庭收支和生产情况', '帮助申请农业贷款', '协调解决子女入学问题', '指导科学种植', '看望家中老人'];

interface Target {
  unit?: DemoUnitRow;
  household?: { id: string; flags: string[] };
  category: ContactCategory;
}

/** The 一联五 targets of a person's profile: what S2.MIX.* asks of them (some dropped for people behind). */
function targetsFor(w: DemoWorld, p: DemoPerson, year: number, workerFamilies: { id: string; unitId: string; flags: string[] }[]): { level: ContactLevelValue; targets: Target[] } | null {
  const unitOf = (kinds: string[], under?: string): Target | null => {
    const list = under ? descendants(w, under, kinds) : w.ctx.units.filter((u) => kinds.includes(u.kind));
    const u = pick(w, list);
    return u ? { unit: u, category: u.kind as ContactCategory } : null;
  };
  const families = (n: number, under?: string): Target[] => {
    const pool = under ? workerFamilies.filter((h) => (w.units.get(h.unitId)?.path ?? '').includes(`/${under}/`)) : workerFamilies;
    return Array.from({ length: n }, () => pick(w, pool)).filter((h) => !!h).map((h) => ({ household: h, category: 'WORKER_FAMILY' as const }));
  };
  const farm = ancestorOfKind(w, p.unitId, ['FARM']);
  let level: ContactLevelValue;
  let targets: (Target | null)[];
  if (holds(p, year, 'BUREAU_LEADER')) {
    level = 'BUREAU';
    targets = [unitOf(['MANAGEMENT_AREA']), unitOf(['COMMUNITY']), unitOf(['ENTERPRISE']), unitOf(['COOPERATIVE']), ...families(2)];
  } else if (holds(p, year, 'FARM_LEADER') && farm) {
    level = 'FARM';
    targets = [
      unitOf(['RESIDENTIAL_QUARTER'], farm.id) ?? unitOf(['RESIDENTIAL_QUARTER']),
      unitOf(['PRODUCTION_POINT'], farm.id) ?? unitOf(['PRODUCTION_POINT']),
      unitOf(['COOPERATIVE'], farm.id) ?? unitOf(['COOPERATIVE']),
      unitOf(['INDUSTRIAL_PROJECT'], farm.id) ?? unitOf(['INDUSTRIAL_PROJECT']),
      ...families(2, farm.id),
    ];
  } else if (holds(p, year, 'AREA_TEAM')) {
    level = 'AREA';
    const area = ancestorOfKind(w, p.unitId, ['MANAGEMENT_AREA', 'WORK_STATION', 'LIVESTOCK_AREA', 'COMMUNITY']);
    const group = area ? unitOf(['RESIDENTS_GROUP'], area.id) : null;
    const hh = group?.unit ? w.ctx.households.filter((h) => h.unitId === group.unit?.id).slice(0, 4) : [];
    targets = [group, ...hh.map((h) => ({ household: h, category: (h.flags.includes('WORKER_FAMILY') ? 'WORKER_FAMILY' : 'HOUSEHOLD') as ContactCategory }))];
  } else if (holds(p, year, 'DEPT_HEAD', 'DIRECT_UNIT_PRINCIPAL')) {
    level = 'BUREAU';
    const t = unitOf(['PRODUCTION_POINT', 'COOPERATIVE', 'ENTERPRISE', 'MANAGEMENT_AREA']);
    targets = [t ? { ...t, category: 'SECTOR_UNIT' } : null];
  } else {
    return null;
  }
  const list = targets.filter((t): t is Target => t !== null);
  if (p.tier === 'BEHIND') list.splice(0, 1 + Math.floor(w.r() * 2));
  return { level, targets: list };
}

/** S2: contact links with their 一联五 targets, visits to them, visits to worker families, branch pairings. */
export const seedContact: DemoRecordSeeder = async (ctx) => {
  const w = demoWorld(ctx);
  const links: Record<string, unknown>[] = [];
  const visits: Record<string, unknown>[] = [];
  const familyVisits: Record<string, unknown>[] = [];
  const pairings: Record<string, unknown>[] = [];
  const workerFamilies = ctx.households.filter((h) => h.flags.includes('WORKER_FAMILY'));
  const branches = ctx.units.filter((u) => u.kind === 'PARTY_BRANCH');

  for (const p of w.people) {
    if (p.tier === 'MISSING') continue;
    const firstYear = w.years.find((y) => targetsFor(w, p, y, []) !== null);
    if (firstYear === undefined) continue;
    const plan = targetsFor(w, p, firstYear, workerFamilies);
    if (!plan) continue;
    const from = firstYear === 2025 ? dayBetween(w, '2025-01-02', '2025-01-20') : dayBetween(w, `${firstYear}-01-02`, `${firstYear}-02-28`);
    for (const t of plan.targets) {
      // A few links ended early, with the reason S2.DURATION asks for.
      const ended = w.r() < 0.04;
      const endsOn = ended ? dayBetween(w, '2025-07-01', '2025-10-31') : null;
      const link = recordRow(p.id, p.unitId, from, {
        ends_on: endsOn,
        end_reason: ended ? pick(w, ['干部工作调动', '联系单位撤并', '联系户举家外迁']) : null,
        target_unit_id: t.unit?.id ?? null,
        target_household_id: t.household?.id ?? null,
        category: t.category,
        level: plan.level,
      });
      links.push(link);
      for (const year of w.years) {
        const start = year === firstYear ? from : `${year}-01-02`;
        const end = endsOn && endsOn < yearEnd(w, year) ? endsOn : yearEnd(w, year);
        if (start > end) continue;
        const n = p.tier === 'ON_TRACK' ? 2 + Math.floor(w.r() * 2) : 1;
        for (let i = 0; i < n; i++) {
          const on = dayBetween(w, start, end);
          if (t.household) {
            familyVisits.push(recordRow(p.id, p.unitId, on, { household_id: t.household.id, link_id: link['id'], content: pick(w, FAMILY_NOTES) }));
          }
          // A visit under a day is kept but does not count (S2.VISITS).
          const days = w.r() < 0.12 ? 0.5 : w.r() < 0.85 ? 1 : 2;
          visits.push(recordRow(p.id, p.unitId, on, { link_id: link['id'], days, content: pick(w, VISIT_NOTES) }));
        }
      }
    }
    // Party secretaries pair with a grassroots branch (S2.BRANCH).
    if (holds(p, firstYear, 'PARTY_SECRETARY') || w.years.some((y) => holds(p, y, 'PARTY_SECRETARY'))) {
      const farm = ancestorOfKind(w, p.unitId, ['FARM']);
      const branch = pick(w, farm ? descendants(w, farm.id, ['PARTY_BRANCH']) : branches) ?? pick(w, branches);
      if (branch && p.tier === 'ON_TRACK') {
        pairings.push(recordRow(p.id, p.unitId, dayBetween(w, '2025-02-01', '2025-03-31'), {
          branch_id: branch.id, ends_on: null, goal: pick(w, ['规范组织生活', '发展年轻党员', '建强支部班子', '带领职工增收']),
        }));
      }
    }
  }
  return {
    contactLinks: await insertRows(w, 'contact_link', links),
    contactVisits: await insertRows(w, 'contact_visit', visits),
    familyVisits: await insertRows(w, 'family_visit', familyVisits),
    branchPairings: await insertRows(w, 'branch_pairing', pairings),
  };
};
