import { addDays, type ProfileKey } from '@lianxi/rules';
import type { DemoRecordSeeder } from '../../seed/demo-records.js';
import type { DemoUnitRow } from '../../seed/demo-records.js';
import {
  ancestorOfKind,
  dayBetween,
  demoWorld,
  descendants,
  holds,
  insertRows,
  pick,
  recordRow,
  share,
  yearElapsed,
  yearEnd,
  type DemoPerson,
  type DemoWorld,
} from '../common/record-kit.seed.js';

const QUOTAS: [ProfileKey, number][] = [
  ['BUREAU_LEADER', 70],
  ['FARM_LEADER', 80],
  ['DIVISION_CADRE', 50],
  ['SECTION_CADRE', 30],
];
const AREA_KINDS = ['MANAGEMENT_AREA', 'WORK_STATION', 'LIVESTOCK_AREA'];
const PURPOSES = [
  '春耕备耕生产情况', '大豆玉米种植结构调整', '职工家庭增收途径', '黑土地保护性耕作', '秋收进度和粮食烘干仓储',
  '居民供暖和饮水安全', '农机合作社运营', '土地承包费收缴', '困难职工帮扶落实', '基层党组织建设',
];
const FINDINGS = [
  '部分地块秸秆还田作业滞后，需协调农机力量', '职工反映烘干塔排队时间长', '居民区道路破损，雨季积水严重',
  '合作社缺少流动资金，建议对接信贷支持', '困难家庭帮扶台账不全，需逐户核实', '种植户对新品种认可度高，建议扩大示范面积',
  '冬季供暖管网老化，需列入改造计划', '年轻职工外出务工多，留守老人照料不足',
];
const MAJOR_TOPICS = [
  ['现代农业高质量发展路径研究', '垦区职工群众增收问题调研', '基层党组织建设质量提升'],
  ['黑土地保护与耕地质量提升', '农场社区治理体系建设', '国企改革背景下的职工队伍建设'],
];
const OWN_TOPICS = ['分管领域重点工作推进情况', '联系点群众反映问题解决情况', '农业生产社会化服务体系建设', '安全生产隐患排查治理'];

/** Where a person's trips go: the farms for bureau leaders (走遍农场), the areas of their farm for farm leaders. */
function placesFor(w: DemoWorld, p: DemoPerson, year: number): DemoUnitRow[] {
  if (holds(p, year, 'BUREAU_LEADER')) {
    return w.ctx.units.filter((u) => u.kind === 'FARM').map((f) => pick(w, descendants(w, f.id, AREA_KINDS)) ?? f);
  }
  const farm = ancestorOfKind(w, p.unitId, ['FARM']);
  if (farm) {
    const areas = descendants(w, farm.id, AREA_KINDS);
    if (holds(p, year, 'AREA_TEAM')) {
      const own = ancestorOfKind(w, p.unitId, [...AREA_KINDS, 'COMMUNITY']);
      const groups = own ? descendants(w, own.id, ['RESIDENTS_GROUP']) : [];
      if (groups.length) return groups;
    }
    return areas.length ? areas : [farm];
  }
  return w.ctx.units.filter((u) => u.kind === 'FARM');
}

/** S1: research trips and stationed stays against each person's days quota, topics and reports. */
export const seedResearch: DemoRecordSeeder = async (ctx) => {
  const w = demoWorld(ctx);
  const trips: Record<string, unknown>[] = [];
  const topics: Record<string, unknown>[] = [];
  const reports: Record<string, unknown>[] = [];
  const householdsOf = new Map<string, string[]>();
  for (const h of ctx.households) householdsOf.set(h.unitId, [...(householdsOf.get(h.unitId) ?? []), h.id]);
  const bureau = ctx.units.find((u) => u.kind === 'BUREAU');
  const bureauLeaders = w.people.filter((p) => holds(p, w.years[0] ?? 2025, 'BUREAU_LEADER')).map((p) => p.id);

  for (const year of w.years) {
    const end = yearEnd(w, year);
    for (const p of w.people) {
      const quota = QUOTAS.find(([k]) => holds(p, year, k))?.[1];
      if (!quota) continue;
      const target = Math.round(quota * yearElapsed(w, year) * share(w, p.tier) * 2) / 2;
      const places = placesFor(w, p, year);
      let done = 0;
      for (let i = 0; done < target; i++) {
        const days = Math.min(target - done, pick(w, [0.5, 1, 1.5, 2, 2, 3, 3, 4, 5]) ?? 1);
        const whole = Math.ceil(days);
        const from = dayBetween(w, `${year}-01-03`, addDays(end, -(whole - 1)));
        // On-track people walk every place in turn; the others keep to a few.
        const place = p.tier === 'ON_TRACK' ? places[i % places.length] : places[Math.floor(w.r() * Math.min(3, places.length))];
        const visitedHouseholds = place?.kind === 'RESIDENTS_GROUP' ? (householdsOf.get(place.id) ?? []).slice(0, 6) : [];
        const careful = w.r() < 0.9;
        trips.push(recordRow(p.id, p.unitId, from, {
          ends_on: whole > 1 ? addDays(from, whole - 1) : null,
          days,
          stationed: false,
          units_visited: place ? [place.id] : [],
          households_visited: visitedHouseholds,
          purpose: pick(w, PURPOSES),
          findings: w.r() < 0.7 ? pick(w, FINDINGS) : null,
          travel_light: careful,
          no_reception: careful,
          no_disturbance: careful || w.r() < 0.5,
        }));
        done += days;
      }
      // A stationed stay (蹲点) for leaders and department heads (S1.STATIONED).
      if (holds(p, year, 'BUREAU_LEADER', 'FARM_LEADER', 'DEPT_HEAD') && (p.tier === 'ON_TRACK' || (p.tier === 'BEHIND' && w.r() < 0.4))) {
        const days = 3 + Math.floor(w.r() * 5);
        const from = dayBetween(w, `${year}-04-01`, addDays(end < `${year}-10-31` ? end : `${year}-10-31`, -(days - 1)));
        const place = pick(w, places);
        trips.push(recordRow(p.id, p.unitId, from, {
          ends_on: addDays(from, days - 1), days, stationed: true, units_visited: place ? [place.id] : [], households_visited: [],
          purpose: `蹲点调研：${pick(w, PURPOSES)}`, findings: pick(w, FINDINGS), travel_light: true, no_reception: true, no_disturbance: true,
        }));
      }
      // A leader's own topic (S1.TOPIC_PER_LEADER) and the year's report (S1.REPORT).
      if (holds(p, year, 'BUREAU_LEADER', 'FARM_LEADER') && p.tier !== 'MISSING') {
        const proposed = dayBetween(w, `${year}-02-01`, `${year}-03-15`);
        topics.push(recordRow(p.id, p.unitId, proposed, {
          title: `${pick(w, OWN_TOPICS)}（${year}）`, major: false,
          approved_on: w.r() < 0.7 ? addDays(proposed, 10 + Math.floor(w.r() * 20)) : null, team_ids: [p.id], plan: '结合分管工作，分阶段开展调研',
        }));
      }
      if (holds(p, year, 'BUREAU_LEADER', 'FARM_LEADER', 'DIVISION_CADRE') && (p.tier === 'ON_TRACK' || (p.tier === 'BEHIND' && w.r() < 0.5))) {
        const on = dayBetween(w, `${year}-09-15`, end < `${year}-09-15` ? `${year}-09-15` : end);
        if (on <= end) {
          const toBureau = holds(p, year, 'FARM_PRINCIPAL', 'DIRECT_UNIT_PRINCIPAL', 'DEPT_HEAD');
          reports.push(recordRow(p.id, p.unitId, on, {
            title: `关于${pick(w, PURPOSES)}的调研报告`,
            submitted_to: toBureau && w.r() < 0.92 ? 'BUREAU_COMMITTEE' : 'OWN_ORGANISATION',
            written: true,
            file_ref: `${year}-调研-${String(reports.length + 1).padStart(4, '0')}`,
            summary: pick(w, FINDINGS),
          }));
        }
      }
    }
    // The bureau committee's major topics (S1.TOPICS): proposed in January, approved within weeks — except one
    // of this year's, still waiting.
    if (bureau) {
      (MAJOR_TOPICS[year - 2025] ?? MAJOR_TOPICS[0] ?? []).forEach((title, i) => {
        const proposed = `${year}-01-${String(8 + i * 3).padStart(2, '0')}`;
        const waiting = year === w.years.at(-1) && i === 2;
        topics.push(recordRow(null, bureau.id, proposed, {
          title, major: true, approved_on: waiting ? null : addDays(proposed, 20 + i * 9),
          team_ids: bureauLeaders.slice(i, i + 3), plan: waiting ? null : '成立调研组，分赴各农场开展调研，形成报告提交党委会',
        }));
      });
    }
  }
  return {
    researchTrips: await insertRows(w, 'research_trip', trips),
    researchTopics: await insertRows(w, 'research_topic', topics),
    researchReports: await insertRows(w, 'research_report', reports),
  };
};
