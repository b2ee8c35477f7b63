import type { DemoRecordSeeder } from '../../seed/demo-records.js';
import { dayBetween, demoWorld, holds, insertRows, pick, recordRow, share, yearElapsed, yearEnd } from '../common/record-kit.seed.js';
import type { ExperienceKind } from './experience.entity.js';

const PLACES: Record<ExperienceKind, string[]> = {
  BUS_OR_TAXI: ['农场至九三城区班车', '场部至管理区通勤车'],
  MARKET: ['场部农贸市场', '社区早市'],
  HOSPITAL: ['农场医院门诊', '社区卫生服务站'],
  SERVICE_WINDOW: ['农场社会事务服务中心', '社区便民服务窗口'],
  FARMER_DAY: ['第一管理区大豆地', '水稻育秧大棚'],
  WORKER_DAY: ['粮食烘干塔', '农机维修车间'],
  OTHER: ['居民小区物业办公室'],
};
const DIARIES = [
  '早上六点坐班车进城，车上职工反映班次少、等车时间长，建议增开早班车。',
  '市场菜价总体平稳，但摊位遮阳棚破损，雨天经营困难，需协调修缮。',
  '门诊挂号排队近一小时，自助机不会用的老人无人指导，应安排志愿者。',
  '窗口办理社保需跑两次，材料清单不清楚，建议公开一次性告知单。',
  '跟着职工下地干了一天，深感农机作业排期紧张，秋收要提前调度。',
  '在烘干塔值了一个班，粮车排队到深夜，收费标准职工不太清楚，应张榜公示。',
];

/** S10: experiences of ordinary life with their diaries: three a year for leaders, one for other members. */
export const seedExperiences: DemoRecordSeeder = async (ctx) => {
  const w = demoWorld(ctx);
  const rows: Record<string, unknown>[] = [];
  const kinds = Object.keys(PLACES) as ExperienceKind[];
  for (const year of w.years) {
    const end = yearEnd(w, year);
    for (const p of w.people) {
      if (!p.partyMember) continue;
      const quota = holds(p, year, 'BUREAU_LEADER', 'FARM_LEADER', 'DIVISION_CADRE') ? 3 : 1;
      const n = Math.round(quota * yearElapsed(w, year) * share(w, p.tier));
      for (let i = 0; i < n; i++) {
        const kind = pick(w, kinds) ?? 'MARKET';
        rows.push(recordRow(p.id, p.unitId, dayBetween(w, `${year}-01-05`, end), { kind, place: pick(w, PLACES[kind]), diary: pick(w, DIARIES) }));
      }
    }
  }
  return { experiences: await insertRows(w, 'experience', rows) };
};
