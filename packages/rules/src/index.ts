export * from './vocabulary/org.js';
export * from './periods.js';
export * from './profiles.js';
export * from './facts.js';
export * from './rule.js';
export * from './status.js';
export * from './checks.js';
export * from './catalogue.js';
export * from './rulesets.js';
export {
  applicability,
  applicableRules,
  checkedMeasure,
  countedMeasure,
  coveredMeasure,
  evaluate,
  evaluateChecked,
  evaluateCounted,
  evaluateCovered,
  selectFacts,
  touches,
  type CheckedMeasure,
  type CountedMeasure,
  type CoveredMeasure,
  type Evaluation,
  type EvaluationMemo,
  type Applicability as RuleApplicability,
} from './evaluate.js';
export { runCheck, type CheckContext, type CheckResult } from './record-checks.js';
export { periodFor } from './period-for.js';
export { VISIT_CASE_DEADLINE_KEYS, regulationDeadlines, type VisitCaseDeadlines } from './deadlines.js';
