import { addDays, ageOn, EDUCATION_LEVELS, RANKS } from '@lianxi/rules';
import type { DemoRecordSeeder } from '../../seed/demo-records.js';
import { demoWorld, insertRows, pick, recordRow } from '../common/record-kit.seed.js';

interface Candidate {
  id: string;
  unit_id: string;
  birth_date: string;
  education: string | null;
  party_member: boolean;
  rank: string;
}

const HOSTS = ['MANAGEMENT_AREA', 'WORK_STATION', 'COMMUNITY'];

/**
 * S3: about twenty postings of young reserve cadres to areas, stations and communities as (deputy) Party
 * secretaries — two of older cadres recorded with an override reason — with half-yearly feedback and a final
 * assessment after the year; a few overdue.
 */
export const seedSecondments: DemoRecordSeeder = async (ctx) => {
  const w = demoWorld(ctx);
  const rows = await ctx.knex('person').select<Candidate[]>(['id', 'unit_id', 'birth_date', 'education', 'party_member', 'rank']).transacting(ctx.trx);
  const iso = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d).slice(0, 10));
  const eligible = (c: Candidate, on: string) =>
    c.party_member && ageOn(iso(c.birth_date), on) < 40 && !!c.education &&
    EDUCATION_LEVELS.indexOf(c.education as never) >= EDUCATION_LEVELS.indexOf('COLLEGE') && RANKS.indexOf(c.rank as never) <= RANKS.indexOf('SECTION');
  const young = rows.filter((c) => eligible(c, '2024-03-01'));
  const older = rows.filter((c) => c.party_member && !eligible(c, '2024-03-01') && RANKS.indexOf(c.rank as never) <= RANKS.indexOf('SECTION'));
  const hosts = ctx.units.filter((u) => HOSTS.includes(u.kind));
  const secondments: Record<string, unknown>[] = [];
  const assessments: Record<string, unknown>[] = [];
  const starts = ['2024-03-01', '2024-03-01', '2024-03-01', '2024-03-01', '2024-03-01', '2024-03-01',
    '2025-03-01', '2025-03-01', '2025-03-01', '2025-03-01', '2025-03-01', '2025-03-01', '2025-03-01',
    '2026-03-01', '2026-03-01', '2026-03-01', '2026-03-01', '2026-03-01'].filter((d) => d <= ctx.today);
  const used = new Set<string>();
  for (const [i, start] of starts.entries()) {
    const overridden = i === 3 || i === 10;
    const pool = (overridden ? older : young).filter((c) => !used.has(c.id));
    const c = pick(w, pool);
    const host = pick(w, hosts);
    if (!c || !host) continue;
    used.add(c.id);
    const end = addDays(start, 364 + (i % 4 === 0 ? 365 : 0));
    const s = recordRow(c.id, c.unit_id, start, {
      ends_on: end,
      from_unit_id: c.unit_id,
      from_post: pick(w, ['科员', '副科长', '团委干事', '技术员']),
      to_unit_id: host.id,
      to_post: i % 3 === 0 ? '党总支书记' : '党总支副书记',
      role: i % 3 === 0 ? 'SECRETARY' : 'DEPUTY_SECRETARY',
      lives_at_grassroots: i !== 8,
      left_original_post: true,
      outstanding_graduate: false,
      eligibility_override_reason: overridden ? '熟悉该区情况，经党委会研究同意破格选派' : null,
    });
    secondments.push(s);
    // Feedback every half year while it runs; one posting in five is left without.
    const lastDay = end < ctx.today ? end : ctx.today;
    if (i % 5 !== 2) {
      for (let d = addDays(start, 150 + Math.floor(w.r() * 40)); d <= lastDay; d = addDays(d, 170 + Math.floor(w.r() * 20))) {
        assessments.push(recordRow(c.id, c.unit_id, d, { secondment_id: s['id'], kind: 'FEEDBACK', result: null, comment: '任职单位反馈：工作积极，融入基层快' }));
      }
    }
    // The final assessment within a month of the end, except for one that is overdue (S3.ASSESS).
    const assessOn = addDays(end, 10 + Math.floor(w.r() * 15));
    if (end < ctx.today && assessOn <= ctx.today && i !== 1) {
      assessments.push(recordRow(c.id, c.unit_id, assessOn, {
        secondment_id: s['id'], kind: 'FINAL', result: pick(w, ['EXCELLENT', 'COMPETENT', 'COMPETENT', 'BASICALLY_COMPETENT']),
        comment: '挂职期满考核',
      }));
    }
  }
  return {
    secondments: await insertRows(w, 'secondment', secondments),
    secondmentAssessments: await insertRows(w, 'secondment_assessment', assessments),
  };
};
