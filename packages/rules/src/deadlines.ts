// The petition deadlines of the 2022 信访工作条例 as this installation's defaults. The API lets an administrator
// tighten each, never loosen it; the admin shows these beside the settings. One definition for both.

import { ruleById } from './catalogue.js';

export interface VisitCaseDeadlines {
  /** Decision on acceptance, calendar days after registration (Art. 31). */
  acceptWithinDays: number;
  /** Handling, calendar days after acceptance (Art. 33). */
  handleWithinDays: number;
  /** The one extension, at most this many calendar days, with a reason. */
  maxExtensionDays: number;
  /** An objection to an assignment, within this many working days. */
  objectionWorkingDays: number;
  /** A running clock with this many days or fewer left is "due soon". */
  dueSoonDays: number;
}

export const VISIT_CASE_DEADLINE_KEYS = ['acceptWithinDays', 'handleWithinDays', 'maxExtensionDays', 'objectionWorkingDays', 'dueSoonDays'] as const;

function formsOption(name: string, fallback: number): number {
  const v = ruleById('S4.FORMS')?.options[name]?.value;
  return typeof v === 'number' ? v : fallback;
}

/** The regulation's deadlines as S4.FORMS states them; the objection window and the due-soon warning are ours. */
export function regulationDeadlines(): VisitCaseDeadlines {
  return {
    acceptWithinDays: formsOption('acceptWithinDays', 15),
    handleWithinDays: formsOption('handleWithinDays', 60),
    maxExtensionDays: formsOption('maxExtensionDays', 30),
    objectionWorkingDays: 5,
    dueSoonDays: 5,
  };
}
