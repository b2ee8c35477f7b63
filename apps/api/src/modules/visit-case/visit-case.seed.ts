import { randomUUID } from 'node:crypto';
import { addDays } from '@lianxi/rules';
import type { DemoRecordContext, DemoRecordSeeder } from '../../seed/demo-records.js';
import { FEMALE_GIVEN_OLD, MALE_GIVEN_OLD, MOBILE_PREFIXES, SURNAMES } from '../../seed/demo-names.js';
import { acceptDue, defaultDeadlines, handleDue } from './visit-case.deadlines.js';
import type { VisitCaseCategory } from './visit-case.entity.js';

const MATTERS: [VisitCaseCategory, string][] = [
  ['CLAIM_COMPLAINT', '反映土地承包费收取标准过高，要求按合同退还多收部分'],
  ['CLAIM_COMPLAINT', '反映居民区冬季供暖温度不达标'],
  ['CLAIM_COMPLAINT', '要求解决退休职工养老保险待遇核定问题'],
  ['CLAIM_COMPLAINT', '反映危房改造补助未及时发放'],
  ['SUGGESTION', '建议修缮第二管理区通往晒场的道路'],
  ['SUGGESTION', '建议在居民区增设老年活动室'],
  ['MISCONDUCT_REPORT', '反映管理区干部在农机补贴发放中优亲厚友'],
  ['CLAIM_COMPLAINT', '反映自来水水质浑浊，要求检修管网'],
  ['LITIGATION', '对土地承包纠纷法院判决不服，要求重新处理'],
  ['CLAIM_COMPLAINT', '要求补办因拆迁遗失的房产证明'],
];
const TRANSITIONS = ['REGISTERED', 'ACCEPTED', 'ASSIGNED', 'SUPERVISED', 'CLOSED', 'CLOSED', 'CLOSED', 'ARCHIVED', 'WITHDRAWN', 'NOT_ACCEPTED', 'ROUTED_LEGAL'] as const;

const pick = <T>(ctx: DemoRecordContext, xs: readonly T[]): T => xs[Math.floor(ctx.random() * xs.length)] as T;
const name = (ctx: DemoRecordContext) => `${pick(ctx, SURNAMES)}${pick(ctx, ctx.random() < 0.5 ? MALE_GIVEN_OLD : FEMALE_GIVEN_OLD)}`;
const phone = (ctx: DemoRecordContext) => `${pick(ctx, MOBILE_PREFIXES)}${String(Math.floor(ctx.random() * 1e8)).padStart(8, '0')}`.slice(0, 11);

/** About three hundred cases registered by the farms and the bureau, in every state, some of them overdue. */
export const seedVisitCases: DemoRecordSeeder = async (ctx) => {
  const cfg = defaultDeadlines();
  const registrars = ctx.units.filter((u) => u.kind === 'FARM' || u.kind === 'BUREAU');
  const leaders = ctx.positions.filter((p) => p.leadershipTeam || p.principal);
  const span = Math.max(1, Math.round((Date.parse(ctx.today) - Date.parse('2025-01-01')) / 86_400_000));
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < 320; i++) {
    const unit = pick(ctx, registrars);
    const reg = addDays('2025-01-01', Math.floor(ctx.random() * span));
    const age = Math.round((Date.parse(ctx.today) - Date.parse(reg)) / 86_400_000);
    const [category, matter] = pick(ctx, MATTERS);
    const receiver = leaders.find((p) => p.unitId === unit.id) ?? null;
    const collective = ctx.random() < 0.08 && receiver !== null;
    const visitors = Array.from({ length: collective ? 3 : 1 + Math.floor(ctx.random() * 2) }, () => ({ name: name(ctx), phone: phone(ctx) }));
    // Older cases have mostly gone further; a few have stalled and are overdue.
    let state: (typeof TRANSITIONS)[number] = pick(ctx, TRANSITIONS);
    if (category === 'LITIGATION' && ['ACCEPTED', 'ASSIGNED', 'SUPERVISED', 'CLOSED', 'ARCHIVED'].includes(state)) state = 'ROUTED_LEGAL';
    // Most old cases are finished; the few left open are the overdue ones the inbox shows.
    if (age > 75 && ['REGISTERED', 'ACCEPTED', 'ASSIGNED', 'SUPERVISED'].includes(state) && ctx.random() < 0.85) state = ctx.random() < 0.6 ? 'CLOSED' : 'ARCHIVED';
    if (age < 40 && ['CLOSED', 'ARCHIVED'].includes(state)) state = 'SUPERVISED';
    if (age < 12 && state !== 'REGISTERED') state = 'REGISTERED';
    const decided = addDays(reg, 1 + Math.floor(ctx.random() * 10));
    const accepted = ['ACCEPTED', 'ASSIGNED', 'SUPERVISED', 'CLOSED', 'ARCHIVED'].includes(state) ? decided : null;
    const assigned = accepted && state !== 'ACCEPTED' ? addDays(accepted, 1 + Math.floor(ctx.random() * 3)) : null;
    const supervised = assigned && !['ASSIGNED'].includes(state) ? addDays(assigned, 7 + Math.floor(ctx.random() * 15)) : null;
    const closed = supervised && ['CLOSED', 'ARCHIVED'].includes(state) ? addDays(supervised, 5 + Math.floor(ctx.random() * 25)) : null;
    const handler = assigned ? pick(ctx, ctx.units.filter((u) => u.path.startsWith(unit.path))) : null;
    const responsible = handler ? (ctx.people.find((p) => p.unitId === handler.id) ?? ctx.people.find((p) => p.unitId === unit.id)) : null;
    const steps = [assigned, supervised, closed, state === 'ARCHIVED' && closed ? addDays(closed, 10) : null, state === 'REGISTERED' ? null : decided];
    // A case whose steps run past today would be a forecast: keep only what has happened.
    if (steps.some((d) => d !== null && d > ctx.today)) continue;
    rows.push({
      id: randomUUID(),
      unit_id: unit.id,
      person_id: receiver?.personId ?? null,
      occurred_on: reg,
      state,
      visitors: JSON.stringify(visitors),
      visitor_count: collective ? 8 + Math.floor(ctx.random() * 20) : visitors.length,
      representatives: JSON.stringify(collective ? visitors : []),
      matter,
      category,
      received_by_leader: receiver !== null,
      accept_due_on: acceptDue(reg, cfg),
      handle_due_on: accepted ? handleDue(accepted, null, cfg) : null,
      decision: state === 'REGISTERED' || state === 'WITHDRAWN' ? null : state === 'NOT_ACCEPTED' ? 'CROSS_LEVEL' : state === 'ROUTED_LEGAL' ? 'LEGAL_CHANNEL' : 'ACCEPTED',
      decided_on: state === 'REGISTERED' || state === 'WITHDRAWN' ? null : decided,
      accepted_on: accepted,
      redirected_to: state === 'NOT_ACCEPTED' ? '所在农场信访办' : null,
      channel: state === 'ROUTED_LEGAL' ? 'LEGAL' : accepted ? 'PETITION' : null,
      assigned_on: assigned,
      handling_unit_id: responsible ? handler?.id : null,
      responsible_person_id: responsible?.id ?? null,
      assignment_instruction: assigned ? '请核实情况，按期办结并答复来访人' : null,
      objections: JSON.stringify([]),
      supervisions: JSON.stringify(supervised ? [{ date: supervised, supervisor: '信访办', instruction: '请加快办理进度', progress: '正在核实' }] : []),
      conversation_on: reg,
      conversation_record: '来访人陈述诉求，接谈人做好记录并告知办理程序和期限。',
      closed_on: closed,
      result: closed ? '经核实，已按政策予以解决' : null,
      reply: closed ? '已当面答复来访人' : null,
      replied_on: closed,
      satisfaction: closed ? pick(ctx, ['SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'] as const) : null,
      withdrawn_on: state === 'WITHDRAWN' ? decided : null,
      withdraw_reason: state === 'WITHDRAWN' ? '经调解，来访人自愿撤回' : null,
      archived_on: state === 'ARCHIVED' && closed ? addDays(closed, 10) : null,
    });
  }
  for (let i = 0; i < rows.length; i += 500) await ctx.knex('visit_case').insert(rows.slice(i, i + 500)).transacting(ctx.trx);
  return { visit_case: rows.length };
};
