// Demo records of the unit-centred systems (S6–S9, G.YEAR_END) for 2025 and 2026 up to the demo's today:
// most units and members on track, some behind, a few missing — so compliance views show a believable mix.
// Deterministic: every choice comes from ctx.random().

import { randomUUID } from 'node:crypto';
import { NEEDY_HOUSEHOLD_FLAGS, addDays, type HouseholdFlag, type Sector } from '@lianxi/rules';
import type { DemoRecordContext, DemoRecordSeeder } from '../../seed/demo-records.js';
import { insertChunked } from '../common/record-kit.seed.js';

const insert = insertChunked;

const pick = <T>(ctx: DemoRecordContext, xs: readonly T[]): T => xs[Math.floor(ctx.random() * xs.length)] as T;
const chance = (ctx: DemoRecordContext, p: number): boolean => ctx.random() < p;
const between = (ctx: DemoRecordContext, lo: number, hi: number): number => lo + Math.floor(ctx.random() * (hi - lo + 1));
const pad = (n: number) => String(n).padStart(2, '0');
const dayIn = (ctx: DemoRecordContext, year: number, month: number) => `${year}-${pad(month)}-${pad(between(ctx, 1, 28))}`;
/** A date no later than the demo's today, or null when it would lie in the future. */
const past = (ctx: DemoRecordContext, d: string): string | null => (d <= ctx.today ? d : null);

const OPINIONS = [
  ['第三居民组路灯损坏，夜间出行不便，希望尽快维修。', '场部基建科'],
  ['建议公开本年度水费、土地承包费测算依据。', '场部财务科'],
  ['小区冬季供暖温度偏低，老人孩子受冻。', '社区居委会'],
  ['希望增加到管理局的通勤班车班次。', '场部办公室'],
  ['田间道路坑洼，秋收运粮车辆通行困难。', '场部农业科'],
  ['建议在社区设立老年人日间照料中心。', '社区居委会'],
  ['农机补贴申请流程复杂，希望简化材料。', '场部农机科'],
  ['养殖小区粪污处理不及时，影响周边住户。', '场部畜牧科'],
  ['希望组织职工参加电商、种植技术培训。', '场部工会'],
  ['学校周边交通秩序混乱，存在安全隐患。', '场部综治办'],
] as const;
const ANSWERS = ['已列入本年度维修计划，将于近期完成。', '已在场务公开栏公布，并在职工大会上作说明。', '已协调有关单位整改，请继续监督。', '经研究暂不具备条件，已向群众说明原因。'];
const REASONS: Record<'PARTLY' | 'NOT_ADOPTED', string[]> = {
  PARTLY: ['资金有限，先解决主要路段，其余明年安排。', '先行试点，视效果再推广。'],
  NOT_ADOPTED: ['与上级政策规定不符。', '已有其他渠道解决，无需重复建设。'],
};
const DECISIONS = ['年度水费收缴标准调整', '土地承包费收缴办法修订', '居民小区物业服务收费方案', '危旧房改造安置方案', '农机具购置补贴分配办法', '养殖小区规划调整'];
const CHANNELS = [
  ['BOX', '场部一楼意见箱'],
  ['HOTLINE', '群众服务热线'],
  ['CARD', '征求意见卡'],
  ['WECHAT', '微信公众号留言'],
  ['MICROBLOG', '官方微博'],
  ['WEBSITE', '门户网站论坛'],
] as const;
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙马朱胡郭何林罗高';
const GIVEN = ['德福', '秀英', '建国', '桂兰', '志强', '玉梅', '长青', '淑珍', '海涛', '凤霞'];
const COMMITMENTS: Partial<Record<Sector, string[]>> = {
  MANAGEMENT_AREA: ['带领五户职工发展庭院经济，户均增收三千元', '帮助困难户完成春播，不误农时', '推广测土配方施肥一千亩'],
  COMMUNITY: ['每月走访独居老人一次', '组织居民开展环境整治志愿活动', '帮助十户居民解决实际困难'],
  ORGAN: ['办事不过夜，群众来电当日回复', '每季度下基层调研不少于五天', '简化审批材料，提高办事效率'],
  ENTERPRISE: ['完成技改项目，降低能耗百分之五', '带徒两名，传授岗位技能', '安全生产全年无事故'],
  EDUCATION: ['每周义务辅导学困生两次', '家访覆盖所带班级全部学生', '开展留守儿童周末课堂'],
  HEALTH: ['每月进社区义诊一次', '为慢病患者建立随访档案', '优化门诊流程，减少排队时间'],
  WINDOW_SERVICE: ['亮明党员身份，挂牌服务', '实行首问负责制、一次性告知', '延时服务，群众办事不跑空'],
};
const PROJECTS = ['邻里互助', '环境整治', '老年食堂', '四点半课堂', '法律咨询', '文化活动', '义务巡逻', '助残服务'];

interface UnitRow {
  id: string;
  kind: string;
  path: string;
  sector: Sector | null;
}

/** S6: channels, opinions (forwarded, answered, adopted), decisions with consultation and feedback, analyses. */
async function seedOpinions(ctx: DemoRecordContext, orgs: UnitRow[]): Promise<Record<string, number>> {
  const channels: Record<string, unknown>[] = [];
  const opinions: Record<string, unknown>[] = [];
  const decisions: Record<string, unknown>[] = [];
  const analyses: Record<string, unknown>[] = [];
  const endYear = Number(ctx.today.slice(0, 4));
  for (const org of orgs) {
    if (chance(ctx, 0.05)) continue; // a unit that never set up its channels (and so records nothing)
    const own = CHANNELS.filter(() => chance(ctx, 0.6));
    if (own.length === 0) own.push(CHANNELS[0]);
    const ids = own.map(([kind, name]) => {
      const id = randomUUID();
      channels.push({ id, unit_id: org.id, occurred_on: `2024-${pad(between(ctx, 1, 12))}-01`, kind, name, contact: kind === 'HOTLINE' ? `0456-${between(ctx, 6000000, 6999999)}` : null });
      return id;
    });
    const lax = chance(ctx, 0.15); // a unit that is slow to forward and answer
    for (let year = 2025; year <= endYear; year++) {
      for (let month = 1; month <= 12; month++) {
        for (let i = between(ctx, 1, 3); i > 0; i--) {
          const receivedOn = past(ctx, dayIn(ctx, year, month));
          if (!receivedOn) continue;
          const [content, dept] = pick(ctx, OPINIONS);
          const forwardedOn = chance(ctx, lax ? 0.6 : 0.93) ? past(ctx, addDays(receivedOn, between(ctx, 1, lax ? 30 : 10))) : null;
          const answeredOn = forwardedOn && chance(ctx, lax ? 0.6 : 0.92) ? past(ctx, addDays(forwardedOn, between(ctx, 3, lax ? 80 : 40))) : null;
          const adoption = answeredOn ? pick(ctx, ['ADOPTED', 'ADOPTED', 'PARTLY', 'NOT_ADOPTED'] as const) : null;
          opinions.push({
            id: randomUUID(),
            unit_id: org.id,
            channel_id: pick(ctx, ids),
            occurred_on: receivedOn,
            content,
            submitter_name: chance(ctx, 0.5) ? `${pick(ctx, [...SURNAMES])}${pick(ctx, GIVEN)}` : null,
            phone: chance(ctx, 0.4) ? `13${between(ctx, 0, 9)}${between(ctx, 10000000, 99999999)}` : null,
            forwarded_to: forwardedOn ? dept : null,
            forwarded_on: forwardedOn,
            answer: answeredOn ? pick(ctx, ANSWERS) : null,
            answered_on: answeredOn,
            adoption,
            adoption_reason: adoption === 'PARTLY' || adoption === 'NOT_ADOPTED' ? pick(ctx, REASONS[adoption]) : null,
          });
        }
      }
      for (let q = 1; q <= 4; q++) {
        const madeOn = past(ctx, `${year}-${pad(q * 3)}-${pad(between(ctx, 20, 28))}`);
        if (!madeOn || chance(ctx, lax ? 0.4 : 0.1)) continue;
        analyses.push({
          id: randomUUID(), unit_id: org.id, occurred_on: madeOn, period_from: `${year}-${pad(q * 3 - 2)}-01`, period_to: madeOn,
          title: `${year}年第${'一二三四'[q - 1]}季度群众意见分析研判`, findings: '本季度群众意见主要集中在基础设施、收费公开和公共服务方面，均已转交有关部门办理。',
          measures: '对反映集中的问题列出清单，明确责任部门和完成时限。',
        });
      }
      for (let i = between(ctx, 1, 3); i > 0; i--) {
        const proposedOn = past(ctx, dayIn(ctx, year, between(ctx, 1, 10)));
        if (!proposedOn) continue;
        const consultedOn = past(ctx, addDays(proposedOn, between(ctx, 5, 20)));
        const riskOn = consultedOn ? past(ctx, addDays(consultedOn, between(ctx, 1, 10))) : null;
        const decidedOn = riskOn && chance(ctx, 0.9) ? past(ctx, addDays(riskOn, between(ctx, 3, 20))) : null;
        const feedbackOn = decidedOn && chance(ctx, lax ? 0.5 : 0.85) ? past(ctx, addDays(decidedOn, between(ctx, 3, lax ? 45 : 25))) : null;
        const title = `${year}年${pick(ctx, DECISIONS)}`;
        decisions.push({
          id: randomUUID(), unit_id: org.id, occurred_on: proposedOn, title, summary: `关于${title}的决策事项。`,
          consultations: JSON.stringify(consultedOn ? [{ date: consultedOn, form: pick(ctx, ['FORUM', 'HEARING', 'FEASIBILITY'] as const), participants: between(ctx, 12, 60), summary: '职工群众代表参加，意见已汇总。' }] : []),
          risk_assessed_on: riskOn, risk_level: riskOn ? pick(ctx, ['LOW', 'LOW', 'MEDIUM'] as const) : null, risk_assessment: riskOn ? '经社会稳定风险评估，风险可控。' : null,
          decided_on: decidedOn, feedback_published_on: feedbackOn,
          feedback: feedbackOn ? `征求意见期间共收到群众意见${between(ctx, 8, 40)}条，采纳“分步实施”“公开测算依据”等意见，未采纳意见已逐一说明理由。` : null,
        });
      }
    }
  }
  return {
    opinionChannels: await insert(ctx, 'opinion_channel', channels),
    opinions: await insert(ctx, 'opinion', opinions),
    decisions: await insert(ctx, 'decision', decisions),
    opinionAnalyses: await insert(ctx, 'opinion_analysis', analyses),
  };
}

/** The sector a person's commitments fall under: their unit's, else the nearest ancestor's, else 管理区. */
function sectorFor(units: Map<string, UnitRow>, unitId: string): Sector {
  const u = units.get(unitId);
  if (!u) return 'MANAGEMENT_AREA';
  for (const id of u.path.split('/').filter(Boolean).reverse()) {
    const s = units.get(id)?.sector;
    if (s) return s === 'AGRICULTURE' ? 'MANAGEMENT_AREA' : s;
  }
  return u.kind === 'COMMUNITY' ? 'COMMUNITY' : u.kind.includes('DEPARTMENT') || u.kind === 'DIRECT_UNIT' ? 'ORGAN' : 'MANAGEMENT_AREA';
}

export const seedUnitRecords: DemoRecordSeeder = async (ctx) => {
  const unitRows = await ctx.knex('org_unit').select<UnitRow[]>('id', 'kind', 'path', 'sector').transacting(ctx.trx);
  const units = new Map(unitRows.map((u) => [u.id, u]));
  const endYear = Number(ctx.today.slice(0, 4));
  const counts: Record<string, number> = {};

  // S6 for the bureau, its farms and direct units.
  Object.assign(counts, await seedOpinions(ctx, unitRows.filter((u) => ['BUREAU', 'FARM', 'DIRECT_UNIT'].includes(u.kind))));

  // S7: a commitment a year for most Party members, further along the older it is.
  const members = ctx.people.filter((p) => p.partyMember);
  const commitments: Record<string, unknown>[] = [];
  for (const m of members) {
    const sector = sectorFor(units, m.unitId);
    for (let year = 2025; year <= endYear; year++) {
      if (chance(ctx, 0.12)) continue;
      const proposedOn = past(ctx, dayIn(ctx, year, between(ctx, 2, 4)));
      if (!proposedOn) continue;
      const publishedOn = chance(ctx, 0.92) ? past(ctx, addDays(proposedOn, between(ctx, 3, 15))) : null;
      const fulfilledOn = publishedOn && chance(ctx, 0.85) ? past(ctx, `${year}-${pad(between(ctx, 10, 12))}-${pad(between(ctx, 1, 20))}`) : null;
      const evaluatedOn = fulfilledOn && chance(ctx, 0.85) ? past(ctx, addDays(fulfilledOn, between(ctx, 5, 20))) : null;
      commitments.push({
        id: randomUUID(), person_id: m.id, unit_id: m.unitId, occurred_on: proposedOn, year, category: sector,
        content: pick(ctx, COMMITMENTS[sector] ?? COMMITMENTS.MANAGEMENT_AREA ?? []),
        published_on: publishedOn, fulfilled_on: fulfilledOn, fulfilment: fulfilledOn ? '已按承诺完成，群众反映良好。' : null,
        evaluated_on: evaluatedOn, evaluation_result: evaluatedOn ? pick(ctx, ['EXCELLENT', 'GOOD', 'GOOD', 'FAIR'] as const) : null,
      });
    }
  }
  counts['commitments'] = await insert(ctx, 'commitment', commitments);

  // S8: deputies' activities (by their electing units), pairings with needy households, duty reports.
  const terms = await ctx.knex('deputy_term')
    .select<{ id: string; person_id: string; electing_unit_id: string; starts_on: string; ends_on: string | null }[]>(
      'id', 'person_id', 'electing_unit_id', ctx.knex.raw(`to_char(starts_on, 'YYYY-MM-DD') as starts_on`), ctx.knex.raw(`to_char(ends_on, 'YYYY-MM-DD') as ends_on`),
    )
    .transacting(ctx.trx);
  const personUnit = new Map(ctx.people.map((p) => [p.id, p.unitId]));
  const needyByPath = ctx.households
    .filter((h) => h.flags.some((f) => NEEDY_HOUSEHOLD_FLAGS.includes(f as HouseholdFlag)))
    .map((h) => ({ ...h, path: units.get(h.unitId)?.path ?? '' }));
  const activities: Record<string, unknown>[] = [];
  const deputyPairings: Record<string, unknown>[] = [];
  const reports: Record<string, unknown>[] = [];
  const byElecting = new Map<string, typeof terms>();
  for (const t of terms) byElecting.set(t.electing_unit_id, [...(byElecting.get(t.electing_unit_id) ?? []), t]);
  for (const [unitId, list] of byElecting) {
    for (let year = 2025; year <= endYear; year++) {
      for (let i = chance(ctx, 0.12) ? 0 : between(ctx, 1, 2); i > 0; i--) {
        const heldOn = past(ctx, dayIn(ctx, year, between(ctx, 3, 11)));
        if (!heldOn) continue;
        const deputies = list.filter((t) => t.starts_on <= heldOn && (t.ends_on === null || heldOn <= t.ends_on)).map((t) => t.person_id);
        if (deputies.length === 0) continue;
        activities.push({
          id: randomUUID(), unit_id: unitId, occurred_on: heldOn, title: pick(ctx, ['党代表接待日', '党代表进社区', '党代表走访困难群众', '党代表听取职工意见座谈会']),
          location: pick(ctx, ['党群服务中心', '社区活动室', '管理区会议室']), deputy_ids: deputies, people_met: between(ctx, 15, 120),
          issues_raised: '群众反映了道路维修、医疗保障和子女就学等问题，已登记并转交有关部门。',
        });
      }
    }
  }
  for (const t of terms) {
    const home = personUnit.get(t.person_id);
    if (!home) continue;
    const path = units.get(t.electing_unit_id)?.path ?? '/-/';
    const candidates = needyByPath.filter((h) => h.path.startsWith(path));
    const from = past(ctx, t.starts_on > '2025-01-01' ? t.starts_on : `2025-${pad(between(ctx, 1, 4))}-${pad(between(ctx, 1, 28))}`);
    if (from && candidates.length && chance(ctx, 0.82)) {
      deputyPairings.push({ id: randomUUID(), person_id: t.person_id, unit_id: home, term_id: t.id, household_id: pick(ctx, candidates).id, occurred_on: from, ends_on: null });
    }
    const reportOn = past(ctx, `${pick(ctx, [2025, 2026])}-${pad(between(ctx, 3, 11))}-${pad(between(ctx, 1, 28))}`);
    if (reportOn && reportOn >= t.starts_on && (t.ends_on === null || reportOn <= t.ends_on) && chance(ctx, 0.6)) {
      const evaluatedOn = chance(ctx, 0.85) ? reportOn : null;
      reports.push({
        id: randomUUID(), person_id: t.person_id, unit_id: home, term_id: t.id, occurred_on: reportOn, summary: '任期内履职情况、联系服务群众情况和存在的不足。',
        attendees: between(ctx, 30, 150), evaluation_result: evaluatedOn ? pick(ctx, ['SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED'] as const) : null, evaluated_on: evaluatedOn,
      });
    }
  }
  counts['deputyActivities'] = await insert(ctx, 'deputy_activity', activities);
  counts['deputyPairings'] = await insert(ctx, 'deputy_pairing', deputyPairings);
  counts['deputyDutyReports'] = await insert(ctx, 'deputy_duty_report', reports);

  // S9: registrations with a community of the member's farm, projects claimed, a few service-station pairings.
  const communities = unitRows.filter((u) => u.kind === 'COMMUNITY');
  const registrations: Record<string, unknown>[] = [];
  const projects: Record<string, unknown>[] = [];
  const servicePairings: Record<string, unknown>[] = [];
  for (const m of members) {
    // The member's farm (or bureau department): the second id on the path from the bureau.
    const farmPath = `/${(units.get(m.unitId)?.path ?? '').split('/').filter(Boolean).slice(0, 2).join('/')}/`;
    const near = communities.filter((c) => c.path.startsWith(farmPath));
    const community = near.length ? pick(ctx, near) : communities.length ? pick(ctx, communities) : null;
    if (!community) break;
    if (chance(ctx, 0.9)) {
      const transfer = chance(ctx, 0.08);
      const joinedOn = transfer ? past(ctx, dayIn(ctx, 2025, between(ctx, 1, 10))) : null;
      const registeredOn = joinedOn ? addDays(joinedOn, between(ctx, 5, chance(ctx, 0.3) ? 60 : 28)) : `2025-${pad(between(ctx, 1, 3))}-${pad(between(ctx, 1, 28))}`;
      if (registeredOn <= ctx.today) {
        registrations.push({
          id: randomUUID(), person_id: m.id, unit_id: m.unitId, community_id: community.id, reason: joinedOn ? 'TRANSFER_IN' : 'REGULAR',
          joined_on: joinedOn, due_on: joinedOn ? addDays(joinedOn, 30) : null, occurred_on: registeredOn, ends_on: null,
        });
      }
    }
    const r = ctx.random();
    const n = r < 0.12 ? 0 : r < 0.8 ? 1 : r < 0.96 ? 2 : 3;
    for (let i = 0; i < n; i++) {
      const claimedOn = past(ctx, `2025-${pad(between(ctx, 3, 6))}-${pad(between(ctx, 1, 28))}`);
      if (claimedOn) projects.push({ id: randomUUID(), person_id: m.id, unit_id: m.unitId, community_id: community.id, project_name: pick(ctx, PROJECTS), description: null, occurred_on: claimedOn, ends_on: null });
    }
    const needy = needyByPath.filter((h) => h.path.startsWith(farmPath));
    if (needy.length && chance(ctx, 0.1)) {
      const from = `2025-${pad(between(ctx, 2, 8))}-${pad(between(ctx, 1, 28))}`;
      servicePairings.push({ id: randomUUID(), person_id: m.id, unit_id: m.unitId, station: '社区党员服务站', household_id: pick(ctx, needy).id, occurred_on: from, ends_on: null });
    }
  }
  counts['communityRegistrations'] = await insert(ctx, 'community_registration', registrations);
  counts['communityServiceProjects'] = await insert(ctx, 'community_service_project', projects);
  counts['servicePairings'] = await insert(ctx, 'service_pairing', servicePairings);

  // G.YEAR_END: 2025's reports mostly accepted, a few still under review or returned, one or two never sent;
  // this year's mostly drafts as the year closes.
  const reporters = unitRows.filter((u) => u.kind === 'FARM' || u.kind === 'DIRECT_UNIT');
  const reportsYe: Record<string, unknown>[] = [];
  for (const u of reporters) {
    for (let year = 2025; year <= endYear; year++) {
      const draftedOn = past(ctx, `${year}-12-${pad(between(ctx, 1, 15))}`) ?? past(ctx, `${year}-11-${pad(between(ctx, 1, 20))}`);
      if (!draftedOn || chance(ctx, year < endYear ? 0.06 : 0.5)) continue;
      const submittedOn = year < endYear && chance(ctx, 0.95) ? past(ctx, addDays(`${year}-12-20`, between(ctx, 0, 25))) : null;
      const r = ctx.random();
      const status = !submittedOn ? 'DRAFT' : r < 0.8 ? 'ACCEPTED' : r < 0.9 ? 'RETURNED' : 'SUBMITTED';
      const reviewedOn = status === 'ACCEPTED' || status === 'RETURNED' ? past(ctx, addDays(submittedOn ?? draftedOn, between(ctx, 5, 20))) : null;
      reportsYe.push({
        id: randomUUID(), unit_id: u.id, year, occurred_on: draftedOn, title: `${year}年度党员干部联系服务群众工作情况报告`,
        body: `一、${year}年工作开展情况\n二、存在的问题\n三、下一步工作打算`,
        status: reviewedOn || status === 'SUBMITTED' || status === 'DRAFT' ? status : 'SUBMITTED',
        submitted_on: submittedOn, reviewed_on: reviewedOn,
        review_comments: status === 'RETURNED' && reviewedOn ? '请补充群众意见采纳情况和典型事例。' : status === 'ACCEPTED' && reviewedOn ? '同意。' : null,
      });
    }
  }
  counts['yearEndReports'] = await insert(ctx, 'year_end_report', reportsYe);
  return counts;
};
