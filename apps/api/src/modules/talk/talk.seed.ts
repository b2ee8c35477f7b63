import type { DemoRecordSeeder } from '../../seed/demo-records.js';
import { ancestorOfKind, dayBetween, demoWorld, descendants, holds, insertRows, pick, recordRow, yearEnd } from '../common/record-kit.seed.js';

const OPINIONS = [
  '希望加快居民区道路硬化', '反映粮食烘干收费偏高', '建议增加农机作业补贴宣传', '希望改善冬季供暖质量', '反映医保报销手续繁琐',
  '建议组织种植技术培训', '希望解决子女上学接送问题', '反映自来水水压不足',
];
const TOPICS = ['思想和工作情况', '班子团结和作风建设', '分管工作中的问题', '个人成长和家庭困难'];

/**
 * S5: talk rounds before the democratic life meetings for the leadership teams, branch heads' talks with their
 * members, and talks with the masses by cadres who keep contact points, with opinions heard and forwarded.
 */
export const seedTalks: DemoRecordSeeder = async (ctx) => {
  const w = demoWorld(ctx);
  const talks: Record<string, unknown>[] = [];
  const byUnit = new Map<string, string[]>();
  for (const p of w.people) if (p.partyMember) byUnit.set(p.unitId, [...(byUnit.get(p.unitId) ?? []), p.id]);
  const departments = ctx.units.filter((u) => u.kind === 'FARM_DEPARTMENT' || u.kind === 'BUREAU_DEPARTMENT');

  for (const year of w.years) {
    const end = yearEnd(w, year);
    const leaders = w.people.filter((p) => holds(p, year, 'BUREAU_LEADER', 'FARM_LEADER'));
    const teamOf = (unitId: string) => leaders.filter((l) => l.unitId === unitId).map((l) => l.id);
    for (const p of w.people) {
      if (p.tier === 'MISSING') continue;
      const rounds = p.tier === 'ON_TRACK' ? 2 : 1;
      if (holds(p, year, 'BUREAU_LEADER', 'FARM_LEADER')) {
        const team = teamOf(p.unitId).filter((id) => id !== p.id);
        for (let r = 0; r < rounds; r++) {
          const label = r === 0 ? `${year}年度民主生活会` : `${year}年专题民主生活会`;
          const from = r === 0 ? `${year}-01-05` : `${year}-06-01`;
          const to = r === 0 ? `${year}-02-10` : `${year}-07-15`;
          if (from > end) continue;
          for (const counterpart of team.slice(0, 3)) {
            talks.push(recordRow(p.id, p.unitId, dayBetween(w, from, to < end ? to : end), {
              kind: 'PAIRWISE', counterpart_id: counterpart, participants: null, round: label,
              opinions: `围绕${pick(w, TOPICS)}交换意见`, forwarded_to_id: null, forwarded_on: null,
            }));
          }
        }
      }
      if (holds(p, year, 'BRANCH_HEAD')) {
        const members = (byUnit.get(p.unitId) ?? []).filter((id) => id !== p.id).slice(0, 4);
        for (const m of members) {
          for (let i = 0; i < rounds; i++) {
            talks.push(recordRow(p.id, p.unitId, dayBetween(w, `${year}-01-10`, end), {
              kind: 'BRANCH', counterpart_id: m, participants: null, round: null,
              opinions: `了解${pick(w, TOPICS)}`, forwarded_to_id: null, forwarded_on: null,
            }));
          }
        }
      }
      if (p.partyMember && holds(p, year, 'BUREAU_LEADER', 'FARM_LEADER', 'AREA_TEAM', 'DEPT_HEAD')) {
        const farm = ancestorOfKind(w, p.unitId, ['FARM']);
        const depts = farm ? descendants(w, farm.id, ['FARM_DEPARTMENT']) : departments;
        for (let i = 0; i < rounds; i++) {
          const on = dayBetween(w, `${year}-02-01`, end);
          const forward = w.r() < 0.7 ? pick(w, depts.length ? depts : departments) : undefined;
          talks.push(recordRow(p.id, p.unitId, on, {
            kind: 'MASSES', counterpart_id: null, participants: pick(w, ['联系户职工', '居民组群众代表', '合作社社员', '困难职工家庭']), round: null,
            opinions: pick(w, OPINIONS), forwarded_to_id: forward?.id ?? null, forwarded_on: forward ? on : null,
          }));
        }
      }
    }
  }
  return { talks: await insertRows(w, 'talk', talks) };
};
