// The named checks CHECK measures run over each selected record. Each returns violations and whether the
// record is still pending (in progress, nothing wrong yet, but not done).

import {
  checkCommitmentRecord,
  checkContactLinkDuration,
  checkContactOverlap,
  checkExperienceDiary,
  checkSecondmentEligibility,
  checkVisitCaseDeadlines,
  checkVisitCaseRecord,
} from './checks.js';
import { ruleById } from './catalogue.js';
import { factsOfKind, type Fact, type FactOf } from './facts.js';
import { addDays, addYears, type Period } from './periods.js';
import { isUnitSubject, type Subject } from './profiles.js';
import { numberOf, type CheckName, type Rule, type Violation } from './rule.js';
import { validateOverride } from './rulesets.js';

export interface CheckContext {
  rule: Rule;
  subject: Subject;
  period: Period;
  /** The CST date of as-of. */
  today: string;
  /** Every fact passed to the evaluator (for checks against other records, e.g. overlapping links). */
  allFacts: readonly Fact[];
}

export interface CheckResult {
  violations: Violation[];
  pending?: boolean;
}

function e(code: string, zh: string, en: string): Violation {
  return { code, severity: 'ERROR', reason: { zh, en } };
}
function w(code: string, zh: string, en: string): Violation {
  return { code, severity: 'WARNING', reason: { zh, en } };
}

function opt(ctx: CheckContext, name: string): number {
  return numberOf(ctx.rule, { option: name });
}

type Checker<K extends Fact['kind']> = (fact: FactOf<K>, ctx: CheckContext) => CheckResult;

const periodOver = (ctx: CheckContext) => ctx.today > ctx.period.end;

const CHECKS: { [C in CheckName]: { kind: Fact['kind']; run: Checker<never> } } = {
  TOPIC_APPROVED: {
    kind: 'TOPIC',
    run: ((f: FactOf<'TOPIC'>, ctx: CheckContext): CheckResult => {
      if (!f.approvedOn) {
        const due = addDays(ctx.period.start, opt(ctx, 'approveWithinDays'));
        if (ctx.today > due) return { violations: [e('S1.TOPICS.NOT_APPROVED', `课题未在${due}前经党委会审定`, `Topic not approved by the committee by ${due}`)] };
        return { violations: [], pending: true };
      }
      const out: Violation[] = [];
      if (!f.teamIds || f.teamIds.length === 0) out.push(e('S1.TOPICS.NO_TEAM', '课题未明确调研组', 'The topic has no assigned team'));
      if (!f.hasPlan) out.push(e('S1.TOPICS.NO_PLAN', '课题没有调研方案', 'The topic has no research plan'));
      return { violations: out };
    }) as Checker<never>,
  },
  REPORT_TO_BUREAU: {
    kind: 'REPORT',
    run: ((f: FactOf<'REPORT'>, ctx: CheckContext): CheckResult => {
      if (!f.submittedTo) {
        if (periodOver(ctx)) return { violations: [e('S1.REPORT.NOT_SUBMITTED', '调研报告未向管理局党委书面汇报', 'The report was not submitted to the bureau committee')] };
        return { violations: [], pending: true };
      }
      const out: Violation[] = [];
      if (f.submittedTo !== 'BUREAU_COMMITTEE') out.push(e('S1.REPORT.WRONG_RECIPIENT', '应向管理局党委专题汇报', 'The report goes to the bureau Party committee'));
      if (f.written === false) out.push(e('S1.REPORT.NOT_WRITTEN', '应书面汇报', 'The report must be in writing'));
      return { violations: out };
    }) as Checker<never>,
  },
  CONDUCT: {
    kind: 'RESEARCH_TRIP',
    run: ((f: FactOf<'RESEARCH_TRIP'>): CheckResult => {
      const c = f.conduct;
      if (c?.travelLight && c.noReception && c.noDisturbance) return { violations: [] };
      return { violations: [w('S1.CONDUCT.CHECKLIST', '调研作风清单未全部确认', 'The conduct checklist is not fully confirmed')] };
    }) as Checker<never>,
  },
  CONTACT_DURATION: {
    kind: 'CONTACT_LINK',
    run: ((f: FactOf<'CONTACT_LINK'>, ctx: CheckContext): CheckResult => ({
      violations: checkContactLinkDuration({ from: f.date, to: f.endDate ?? null, endReason: f.endReason ?? null }, { minYears: opt(ctx, 'minYears') }),
    })) as Checker<never>,
  },
  CONTACT_OVERLAP: {
    kind: 'CONTACT_LINK',
    run: ((f: FactOf<'CONTACT_LINK'>, ctx: CheckContext): CheckResult => {
      const ref = (l: FactOf<'CONTACT_LINK'>) => ({
        id: l.id,
        personId: l.personId ?? '',
        targetId: l.targetId,
        level: l.level,
        from: l.date,
        to: l.endDate ?? null,
      });
      return { violations: checkContactOverlap(ref(f), factsOfKind(ctx.allFacts, 'CONTACT_LINK').map(ref)) };
    }) as Checker<never>,
  },
  SECONDMENT_DURATION: {
    kind: 'SECONDMENT',
    run: ((f: FactOf<'SECONDMENT'>, ctx: CheckContext): CheckResult => {
      const out: Violation[] = [];
      const years = opt(ctx, 'minYears');
      if (f.endDate && f.endDate < addDays(addYears(f.date, years), -1)) {
        out.push(e('S3.DURATION.SHORT', `挂职不足${years}年`, `The secondment lasted less than ${years} year(s)`));
      }
      if (f.leftOriginalPost === false) out.push(e('S3.DURATION.POST', '挂职期间须脱离原单位岗位', 'The secondee must leave the original post'));
      if (f.livesAtGrassroots === false) out.push(e('S3.DURATION.LIVE', '须工作和吃住在基层', 'The secondee must work and live at the grassroots'));
      return { violations: out };
    }) as Checker<never>,
  },
  SECONDMENT_ELIGIBLE: {
    kind: 'SECONDMENT',
    run: ((f: FactOf<'SECONDMENT'>, ctx: CheckContext): CheckResult => {
      if (isUnitSubject(ctx.subject)) return { violations: [] };
      const s = ctx.subject;
      const inclusive = ctx.rule.options.maxAgeInclusive?.value === true;
      return {
        violations: checkSecondmentEligibility(
          {
            birthDate: s.birthDate ?? null,
            education: s.education ?? null,
            partyMember: s.partyMember,
            rank: s.rank,
            reserveCadre: s.reserveCadre ?? false,
            grassrootsExperience: s.grassrootsExperience ?? false,
            outstandingGraduate: f.outstandingGraduate ?? false,
          },
          {
            date: f.date,
            targetUnitKind: f.targetUnitKind,
            role: f.role,
            fromUnitKind: f.fromUnitKind ?? null,
            overrideReason: f.eligibilityOverrideReason ?? null,
          },
          { maxAge: opt(ctx, 'maxAge'), maxAgeInclusive: inclusive },
        ),
      };
    }) as Checker<never>,
  },
  SECONDMENT_ASSESSED: {
    kind: 'SECONDMENT',
    run: ((f: FactOf<'SECONDMENT'>, ctx: CheckContext): CheckResult => {
      if (f.endDate && f.endDate < ctx.today) {
        if (f.assessedOn && f.assessmentResult) return { violations: [] };
        const due = addDays(f.endDate, opt(ctx, 'assessWithinDays'));
        if (ctx.today > due) return { violations: [e('S3.ASSESS.MISSING', '挂职结束后未记录考核结果', 'No assessment result recorded after the secondment')] };
        return { violations: [], pending: true };
      }
      const last = [f.date, ...(f.feedbackDates ?? [])].filter((d) => d <= ctx.today).sort().at(-1) ?? f.date;
      const every = opt(ctx, 'feedbackEveryDays');
      if (addDays(last, every) < ctx.today) {
        return { violations: [w('S3.ASSESS.FEEDBACK', `已超过${every}天未沟通反馈`, `No feedback for more than ${every} days`)] };
      }
      return { violations: [] };
    }) as Checker<never>,
  },
  RECEPTION_ANNOUNCED: {
    kind: 'RECEPTION_DAY',
    run: ((f: FactOf<'RECEPTION_DAY'>, ctx: CheckContext): CheckResult => {
      const by = addDays(f.date, -opt(ctx, 'announceDaysBefore'));
      if (f.announcedOn && f.announcedOn <= by) return { violations: [] };
      return { violations: [e('S4.ANNOUNCED.LATE', `接访安排应在${by}前公告`, `The reception should have been announced by ${by}`)] };
    }) as Checker<never>,
  },
  CASE_FORMS: {
    kind: 'VISIT_CASE',
    run: ((f: FactOf<'VISIT_CASE'>, ctx: CheckContext): CheckResult => {
      const state = {
        registeredOn: f.date,
        assignedOn: f.assignedOn ?? null,
        handlingUnitId: f.handlingUnitId ?? null,
        responsiblePersonId: f.responsiblePersonId ?? null,
        supervisedOn: f.supervisedOn ?? null,
        closedOn: f.closedOn ?? null,
        repliedOn: f.repliedOn ?? null,
        conversationRecord: f.conversationRecord ?? false,
      };
      return {
        violations: [
          ...checkVisitCaseRecord(state),
          ...checkVisitCaseDeadlines({ ...state, acceptedOn: f.acceptedOn ?? null, extensionDays: f.extensionDays ?? null }, ctx.today, {
            acceptWithinDays: opt(ctx, 'acceptWithinDays'),
            handleWithinDays: opt(ctx, 'handleWithinDays'),
            maxExtensionDays: opt(ctx, 'maxExtensionDays'),
          }),
        ],
      };
    }) as Checker<never>,
  },
  CASE_COLLECTIVE: {
    kind: 'VISIT_CASE',
    run: ((f: FactOf<'VISIT_CASE'>): CheckResult =>
      f.receivedByLeader
        ? { violations: [] }
        : { violations: [e('S4.COLLECTIVE.NO_LEADER', '集体访须由党政班子领导出面接访', 'A collective visit must be received by a leadership member')] }) as Checker<never>,
  },
  CASE_LEVEL: {
    kind: 'VISIT_CASE',
    run: ((f: FactOf<'VISIT_CASE'>): CheckResult => {
      const out: Violation[] = [];
      if (f.acceptedOn) out.push(e('S4.LEVEL.ACCEPTED', '越级上访不予受理', 'A cross-level petition is not accepted'));
      if (!f.redirectedTo) out.push(e('S4.LEVEL.NOT_REDIRECTED', '须登记并引导到有权处理的层级', 'Record it and redirect it to the proper level'));
      return { violations: out };
    }) as Checker<never>,
  },
  CASE_LEGAL: {
    kind: 'VISIT_CASE',
    run: ((f: FactOf<'VISIT_CASE'>): CheckResult =>
      f.channel === 'LEGAL'
        ? { violations: [] }
        : { violations: [e('S4.LEGAL.CHANNEL', '涉法涉诉问题须导入法律程序', 'A litigation-related case goes to the legal channel')] }) as Checker<never>,
  },
  DECISION_PROCESS: {
    kind: 'DECISION',
    run: ((f: FactOf<'DECISION'>, ctx: CheckContext): CheckResult => {
      const out: Violation[] = [];
      if (!(f.consultations ?? []).some((c) => c.date <= f.date)) {
        out.push(e('S6.DECISION.NO_CONSULTATION', '决策前未举行座谈会、听证会或论证会', 'No forum, hearing or feasibility meeting before the decision'));
      }
      if (!f.riskAssessedOn || f.riskAssessedOn > f.date) {
        out.push(e('S6.DECISION.NO_RISK_ASSESSMENT', '决策前未做风险评估', 'No risk assessment before the decision'));
      }
      let pending = false;
      if (!f.feedbackPublishedOn) {
        const due = addDays(f.date, opt(ctx, 'feedbackWithinDays'));
        if (ctx.today > due) out.push(e('S6.DECISION.NO_FEEDBACK', '未反馈或公布意见采纳情况', 'Which opinions were adopted was not published'));
        else pending = true;
      }
      return { violations: out, pending: pending && out.length === 0 };
    }) as Checker<never>,
  },
  OPINION_FORWARDED: {
    kind: 'OPINION',
    run: ((f: FactOf<'OPINION'>, ctx: CheckContext): CheckResult => {
      if (!f.forwardedOn) {
        const due = addDays(f.date, opt(ctx, 'forwardWithinDays'));
        if (ctx.today > due) return { violations: [e('S6.FORWARD.NOT_FORWARDED', '群众意见未及时向有关部门反映', 'The opinion was not forwarded in time')] };
        return { violations: [], pending: true };
      }
      if (!f.answeredOn) {
        const due = addDays(f.forwardedOn, opt(ctx, 'answerWithinDays'));
        if (ctx.today > due) return { violations: [e('S6.FORWARD.NOT_ANSWERED', '群众意见转交后未答复', 'The forwarded opinion was not answered')] };
        return { violations: [], pending: true };
      }
      return { violations: [] };
    }) as Checker<never>,
  },
  COMMITMENT_LIFECYCLE: {
    kind: 'COMMITMENT',
    run: ((f: FactOf<'COMMITMENT'>): CheckResult => ({
      violations: checkCommitmentRecord({
        proposedOn: f.date,
        publishedOn: f.publishedOn ?? null,
        fulfilledOn: f.fulfilledOn ?? null,
        evaluatedOn: f.evaluatedOn ?? null,
      }),
    })) as Checker<never>,
  },
  COMMITMENT_CONTENT: {
    kind: 'COMMITMENT',
    run: ((f: FactOf<'COMMITMENT'>, ctx: CheckContext): CheckResult => {
      if (!f.category) return { violations: [e('S7.CONTENT.MISSING', '承诺内容未分类', 'The commitment has no category')] };
      const sector = isUnitSubject(ctx.subject) ? null : (ctx.subject.sector ?? null);
      if (!sector) return { violations: [] };
      const ok = f.category === sector || (sector === 'AGRICULTURE' && f.category === 'MANAGEMENT_AREA');
      return ok
        ? { violations: [] }
        : { violations: [e('S7.CONTENT.SECTOR', '承诺内容与党员所在领域不符', "The commitment's category does not match the member's sector")] };
    }) as Checker<never>,
  },
  EXPERIENCE_DIARY: {
    kind: 'EXPERIENCE',
    run: ((f: FactOf<'EXPERIENCE'>, ctx: CheckContext): CheckResult => ({
      violations: checkExperienceDiary(f, { minChars: opt(ctx, 'diaryMinChars') }),
    })) as Checker<never>,
  },
  EVALUATION_INCLUDES: {
    kind: 'ANNUAL_EVALUATION',
    run: ((f: FactOf<'ANNUAL_EVALUATION'>): CheckResult =>
      f.complianceIncluded
        ? { violations: [] }
        : { violations: [e('G.EVALUATION.NOT_INCLUDED', '年度考核未包含联系服务群众情况', 'The annual evaluation leaves out contact with the masses')] }) as Checker<never>,
  },
  LOCAL_RULE_TIGHTENS: {
    kind: 'LOCAL_RULE',
    run: ((f: FactOf<'LOCAL_RULE'>): CheckResult => {
      const base = ruleById(f.ruleId);
      if (!base) return { violations: [e('OVERRIDE.UNKNOWN_RULE', `未知规则${f.ruleId}`, `Unknown rule ${f.ruleId}`)] };
      return {
        violations: validateOverride(base, { ruleId: f.ruleId, threshold: f.threshold ?? {}, options: f.options ?? {}, effectiveFrom: f.date }),
      };
    }) as Checker<never>,
  },
};

/** Runs a named check over one record; a record of another kind than the check expects yields nothing. */
export function runCheck(check: CheckName, fact: Fact, ctx: CheckContext): CheckResult {
  const c = CHECKS[check];
  if (fact.kind !== c.kind) return { violations: [] };
  const run = c.run as unknown as (f: Fact, ctx: CheckContext) => CheckResult;
  const result = run(fact, ctx);
  return { ...result, violations: result.violations.map((v) => ({ ...v, factId: fact.id })) };
}
