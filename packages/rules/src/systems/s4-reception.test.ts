import { describe, expect } from 'vitest';
import type { VisitCaseFact } from '../facts.js';
import { monthPeriod } from '../periods.js';
import { P, cases, fact, unit, withOptions } from '../test-support/builders.js';

const MARCH = monthPeriod(2025, 3);
const reception = (date: string, f: { mode?: 'APPOINTMENT' | 'FIXED_POINT'; announcedOn?: string | null } = {}) =>
  fact('RECEPTION_DAY', { date, announcedOn: '2025-02-20', ...f });

describe('S4.DAYS.*', () => {
  cases('S4.DAYS.PRINCIPAL', [
    { name: 'marks a bureau principal with one reception day in March as MET', subject: P.bureauPrincipal(), period: MARCH, asOf: '2025-04-01', facts: [reception('2025-03-12', { mode: 'APPOINTMENT' })], status: 'MET' },
    { name: 'marks a bureau principal with no reception day in March as MISSED', subject: P.bureauPrincipal(), period: MARCH, asOf: '2025-04-01', facts: [reception('2025-02-12')], status: 'MISSED' },
    { name: 'keeps a principal with no reception day yet ON_TRACK on 10 March', subject: P.bureauPrincipal(), period: MARCH, asOf: '2025-03-10', status: 'ON_TRACK' },
    { name: 'keeps a principal with no reception day ON_TRACK on 31 March, one day being left', subject: P.bureauPrincipal(), period: MARCH, asOf: '2025-03-31', status: 'ON_TRACK' },
  ]);
  cases('S4.DAYS.BUREAU', [
    { name: 'marks another bureau leader with a reception day as MET', subject: P.bureauLeader(), period: MARCH, asOf: '2025-04-01', facts: [reception('2025-03-03')], status: 'MET' },
    { name: 'marks another bureau leader without one as MISSED', subject: P.bureauLeader(), period: MARCH, asOf: '2025-04-01', status: 'MISSED' },
    { name: 'does not apply to the principal (S4.DAYS.PRINCIPAL does)', subject: P.bureauPrincipal(), period: MARCH, asOf: '2025-04-01', status: 'NOT_APPLICABLE' },
    { name: 'does not require a leader appointed on 20 March to receive in March (12/31 of a day rounds to 0)', subject: P.bureauLeader({}, '2025-03-20'), period: MARCH, asOf: '2025-04-01', status: 'NOT_APPLICABLE' },
  ]);
  cases('S4.DAYS.HEAVY', [
    { name: 'marks the head of a heavy-petition department with a reception day as MET', subject: P.heavyLeader(), period: MARCH, asOf: '2025-04-01', facts: [reception('2025-03-03')], status: 'MET' },
    { name: 'marks the head of a heavy-petition department without one as MISSED', subject: P.heavyLeader(), period: MARCH, asOf: '2025-04-01', status: 'MISSED' },
    { name: 'does not apply to a department head without the flag', subject: P.deptHead(), period: MARCH, status: 'NOT_APPLICABLE' },
  ]);
  cases('S4.DAYS.PRINCIPAL', [
    { name: 'with appointmentOnly, does not count a fixed-point reception day', rule: withOptions('S4.DAYS.PRINCIPAL', { appointmentOnly: true }), subject: P.bureauPrincipal(), period: MARCH, asOf: '2025-04-01', facts: [reception('2025-03-12', { mode: 'FIXED_POINT' })], status: 'MISSED' },
  ]);
});

describe('S4.FARM_DAILY', () => {
  const farm = unit('FARM');
  const duty = (date: string) => fact('DUTY_DAY', { unitId: 'u1', personId: 'p7', date });
  const allMarch = Array.from({ length: 31 }, (_, i) => duty(`2025-03-${String(i + 1).padStart(2, '0')}`));
  cases('S4.FARM_DAILY', [
    { name: 'marks a farm with a duty leader every day of March as MET', subject: farm, period: MARCH, asOf: '2025-04-01', facts: allMarch, status: 'MET', actual: 31 },
    { name: 'lists the day without a duty leader and marks March MISSED', subject: farm, period: MARCH, asOf: '2025-04-01', facts: allMarch.filter((d) => d.date !== '2025-03-09'), status: 'MISSED', missing: ['2025-03-09'] },
    { name: 'marks the farm AT_RISK as soon as a past day had no duty leader', subject: farm, period: MARCH, asOf: '2025-03-15', facts: allMarch.slice(0, 14).filter((d) => d.date !== '2025-03-02'), status: 'AT_RISK' },
    { name: 'keeps the farm ON_TRACK when every past day had a duty leader and today is not yet recorded', subject: farm, period: MARCH, asOf: '2025-03-15T09:00:00+08:00', facts: allMarch.slice(0, 14), status: 'ON_TRACK' },
    { name: 'with workingDaysOnly, needs only the 21 working days of March (a Sunday gap is fine)', rule: withOptions('S4.FARM_DAILY', { workingDaysOnly: true }), subject: farm, period: MARCH, asOf: '2025-04-01', facts: allMarch.filter((d) => d.date !== '2025-03-09'), status: 'MET', check: (e) => expect(e.required).toBe(21) },
  ]);
});

describe('S4.ANNOUNCED', () => {
  cases('S4.ANNOUNCED', [
    { name: 'is MET when the reception day was announced the day before', subject: P.bureauLeader(), period: MARCH, asOf: '2025-04-01', facts: [reception('2025-03-12', { announcedOn: '2025-03-11' })], status: 'MET' },
    { name: 'is MISSED when the reception day was never announced', subject: P.bureauLeader(), period: MARCH, asOf: '2025-04-01', facts: [reception('2025-03-12', { announcedOn: null })], status: 'MISSED' },
    { name: 'is MISSED when it was announced on the day itself', subject: P.bureauLeader(), period: MARCH, asOf: '2025-04-01', facts: [reception('2025-03-12', { announcedOn: '2025-03-12' })], status: 'MISSED' },
  ]);
});

const visitCase = (f: Partial<Omit<VisitCaseFact, 'kind'>> = {}) => fact('VISIT_CASE', { unitId: 'u1', personId: null, date: '2025-03-01', ...f });
const closedCase = {
  acceptedOn: '2025-03-05',
  assignedOn: '2025-03-05',
  handlingUnitId: 'dept-1',
  responsiblePersonId: 'p4',
  supervisedOn: '2025-03-20',
  closedOn: '2025-04-10',
  repliedOn: '2025-04-11',
  conversationRecord: true,
};

describe('S4.FORMS', () => {
  cases('S4.FORMS', [
    { name: 'is MET for a case with the four forms in order and the conversation record', subject: unit('FARM'), facts: [visitCase(closedCase)], status: 'MET' },
    { name: 'is MISSED for a case closed without being supervised', subject: unit('FARM'), facts: [visitCase({ ...closedCase, supervisedOn: null })], status: 'MISSED', check: (e) => expect(e.violations[0]?.code).toBe('S4.FORMS.OUT_OF_ORDER') },
    { name: 'is MISSED for a case closed without a reply to the visitor', subject: unit('FARM'), facts: [visitCase({ ...closedCase, repliedOn: null })], status: 'MISSED' },
    { name: 'marks a case AT_RISK while its assignment names no person responsible', subject: unit('FARM'), facts: [visitCase({ assignedOn: '2025-03-02', handlingUnitId: 'dept-1', acceptedOn: '2025-03-02' })], asOf: '2025-03-10', status: 'AT_RISK' },
    { name: 'warns on an open case past the 60-day handling deadline', subject: unit('FARM'), facts: [visitCase({ ...closedCase, supervisedOn: null, closedOn: null, repliedOn: null })], asOf: '2025-06-01', status: 'MET', check: (e) => expect(e.warnings.map((w) => w.code)).toContain('S4.SLA.HANDLE') },
  ]);
});

describe('S4.COLLECTIVE', () => {
  cases('S4.COLLECTIVE', [
    { name: 'is MET when a leader received the 12-person visit in person', subject: unit('FARM'), facts: [visitCase({ visitorCount: 12, receivedByLeader: true })], status: 'MET' },
    { name: 'is MISSED when no leader received the 12-person visit', subject: unit('FARM'), facts: [visitCase({ visitorCount: 12, receivedByLeader: false })], status: 'MISSED' },
    { name: 'does not look at a visit of two people', subject: unit('FARM'), facts: [visitCase({ visitorCount: 2 })], status: 'NOT_APPLICABLE' },
  ]);
});

describe('S4.LEVEL', () => {
  cases('S4.LEVEL', [
    { name: 'is MET when a cross-level petition was recorded and redirected', subject: unit('BUREAU'), facts: [visitCase({ crossLevel: true, redirectedTo: 'farm-3' })], status: 'MET' },
    { name: 'is MISSED when a cross-level petition was accepted', subject: unit('BUREAU'), facts: [visitCase({ crossLevel: true, acceptedOn: '2025-03-02', redirectedTo: null })], status: 'MISSED' },
  ]);
});

describe('S4.LEGAL', () => {
  cases('S4.LEGAL', [
    { name: 'is MET when a litigation-related case went to the legal channel', subject: unit('FARM'), facts: [visitCase({ legalMatter: true, channel: 'LEGAL' })], status: 'MET' },
    { name: 'is MISSED when a litigation-related case stayed a petition', subject: unit('FARM'), facts: [visitCase({ legalMatter: true, channel: 'PETITION' })], status: 'MISSED' },
  ]);
});

describe('S4.MODES', () => {
  cases('S4.MODES', [
    { name: 'shows the reception modes used as ADVISORY', subject: P.bureauLeader(), facts: [reception('2025-03-03', { mode: 'APPOINTMENT' }), reception('2025-04-03', { mode: 'FIXED_POINT' })], status: 'ADVISORY', actual: 2 },
    { name: 'stays ADVISORY with no receptions', subject: P.member(), status: 'ADVISORY', actual: 0 },
  ]);
});
