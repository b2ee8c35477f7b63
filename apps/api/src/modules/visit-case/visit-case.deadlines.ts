import { addDays, daysBetween, regulationDeadlines, type VisitCaseDeadlines, type Violation } from '@lianxi/rules';
import { checkVisitCaseDeadlines } from '@lianxi/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SettingEntity } from '../setting/setting.entity.js';
import type { WorkCalendar } from '../reception/work-calendar.js';
import type { VisitCaseEntity } from './visit-case.entity.js';

// The 2022 信访工作条例 deadlines, each configurable (app_setting `visit-case-deadlines`): a decision on
// acceptance within 15 days of registration (Art. 31), handling within 60 days of acceptance (Art. 33), one
// extension of at most 30 days with a reason, and an objection to an assignment within 5 working days. Days
// are calendar days except the objection window, which counts working days from the work calendar.

/** The deadlines in force (the regulation's, or an administrator's tighter ones). */
export type DeadlineConfig = VisitCaseDeadlines;

export const DEADLINES_KEY = 'visit-case-deadlines';

export const defaultDeadlines = regulationDeadlines;

export async function loadDeadlines(em: EntityManager): Promise<DeadlineConfig> {
  const row = await em.findOne(SettingEntity, { key: DEADLINES_KEY });
  return { ...defaultDeadlines(), ...((row?.value as Partial<DeadlineConfig> | undefined) ?? {}) };
}

export async function saveDeadlines(em: EntityManager, cfg: DeadlineConfig): Promise<void> {
  const row = await em.findOne(SettingEntity, { key: DEADLINES_KEY });
  if (row) {
    row.value = cfg;
    row.updatedAt = new Date();
  } else {
    em.create(SettingEntity, { key: DEADLINES_KEY, value: cfg, updatedAt: new Date() });
  }
  await em.flush();
}

export const CLOCK_KINDS = ['ACCEPT', 'HANDLE', 'OBJECTION'] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];
export const CLOCK_STATUSES = ['RUNNING', 'DUE_SOON', 'OVERDUE', 'MET', 'LATE'] as const;
export type ClockStatus = (typeof CLOCK_STATUSES)[number];

export interface Clock {
  kind: ClockKind;
  startedOn: string;
  dueOn: string;
  stoppedOn: string | null;
  /** Days from today to the due date (negative when overdue); null once stopped. */
  daysLeft: number | null;
  status: ClockStatus;
}

function clock(kind: ClockKind, startedOn: string, dueOn: string, stoppedOn: string | null, today: string, soon: number): Clock {
  if (stoppedOn) return { kind, startedOn, dueOn, stoppedOn, daysLeft: null, status: stoppedOn <= dueOn ? 'MET' : 'LATE' };
  const left = daysBetween(today, dueOn);
  return { kind, startedOn, dueOn, stoppedOn: null, daysLeft: left, status: left < 0 ? 'OVERDUE' : left <= soon ? 'DUE_SOON' : 'RUNNING' };
}

/** Due dates as stored on the case when its clock starts (a later change of the settings applies to later cases). */
export const acceptDue = (registeredOn: string, cfg: DeadlineConfig) => addDays(registeredOn, cfg.acceptWithinDays);
export const handleDue = (acceptedOn: string, extensionDays: number | null, cfg: DeadlineConfig) =>
  addDays(acceptedOn, cfg.handleWithinDays + Math.min(extensionDays ?? 0, cfg.maxExtensionDays));
export const objectionDue = (assignedOn: string, cal: WorkCalendar, cfg: DeadlineConfig) => cal.addWorkingDays(assignedOn, cfg.objectionWorkingDays);

/** Each clock of a case, as the case page shows them. */
export function clocksOf(e: VisitCaseEntity, cfg: DeadlineConfig, cal: WorkCalendar, today: string): Clock[] {
  const out: Clock[] = [];
  const ended = e.withdrawnOn;
  out.push(clock('ACCEPT', e.occurredOn, e.acceptDueOn, e.decidedOn ?? ended, today, cfg.dueSoonDays));
  if (e.acceptedOn && e.handleDueOn) {
    out.push(clock('HANDLE', e.acceptedOn, e.handleDueOn, e.closedOn ?? ended, today, cfg.dueSoonDays));
  }
  if (e.assignedOn && e.state === 'ASSIGNED') {
    const due = objectionDue(e.assignedOn, cal, cfg);
    // The objection window is not an obligation: once it is over it simply closes.
    out.push({ ...clock('OBJECTION', e.assignedOn, due, today > due ? due : null, today, cfg.dueSoonDays), ...(today > due ? { status: 'MET' as const } : {}) });
  }
  return out;
}

/** The regulation's own check, as warnings on an open case. */
export function deadlineWarnings(e: VisitCaseEntity, cfg: DeadlineConfig, today: string): Violation[] {
  if (e.state === 'WITHDRAWN' || e.state === 'ARCHIVED') return [];
  return checkVisitCaseDeadlines(
    {
      registeredOn: e.occurredOn,
      acceptedOn: e.acceptedOn,
      closedOn: e.closedOn ?? (e.decision && e.decision !== 'ACCEPTED' ? e.decidedOn : null),
      extensionDays: e.extensionDays,
    },
    // A case decided against acceptance stops its clocks on the day of the decision.
    e.decidedOn && !e.acceptedOn ? e.decidedOn : today,
    { acceptWithinDays: cfg.acceptWithinDays, handleWithinDays: cfg.handleWithinDays, maxExtensionDays: cfg.maxExtensionDays },
  );
}
