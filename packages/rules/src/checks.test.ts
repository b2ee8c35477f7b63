import { describe, expect, it } from 'vitest';
import {
  checkCommitmentRecord,
  checkCommitmentStep,
  checkContactLinkDuration,
  checkContactOverlap,
  checkExperienceDiary,
  checkSecondmentEligibility,
  checkServiceProjects,
  checkVisitCaseDeadlines,
  checkVisitCaseStep,
  type SecondmentCandidate,
  type SecondmentPosting,
} from './checks.js';

const codes = (v: { code: string }[]) => v.map((x) => x.code);

describe('checkSecondmentEligibility (S3.ELIGIBLE)', () => {
  const candidate: SecondmentCandidate = { birthDate: '1990-01-01', education: 'COLLEGE', partyMember: true, rank: 'SECTION', reserveCadre: true, grassrootsExperience: false };
  const posting: SecondmentPosting = { date: '2025-03-01', targetUnitKind: 'COMMUNITY', role: 'SECRETARY', fromUnitKind: 'FARM_DEPARTMENT' };

  it('passes a 35-year-old section-level reserve cadre with a college degree', () => {
    expect(checkSecondmentEligibility(candidate, posting)).toEqual([]);
  });
  it('rejects a candidate aged 40 at the posting date (under 40, as the spec says)', () => {
    const v = checkSecondmentEligibility({ ...candidate, birthDate: '1985-03-01' }, posting);
    expect(codes(v)).toEqual(['S3.ELIGIBLE.AGE']);
    expect(v[0]?.severity).toBe('ERROR');
  });
  it('accepts a candidate aged 40 when "40岁以下" is read inclusively', () => {
    expect(checkSecondmentEligibility({ ...candidate, birthDate: '1985-03-01' }, posting, { maxAgeInclusive: true })).toEqual([]);
    expect(codes(checkSecondmentEligibility({ ...candidate, birthDate: '1984-03-01' }, posting, { maxAgeInclusive: true }))).toEqual(['S3.ELIGIBLE.AGE']);
  });
  it('still accepts a candidate the day before their 40th birthday', () => {
    expect(checkSecondmentEligibility({ ...candidate, birthDate: '1985-03-02' }, posting)).toEqual([]);
  });
  it('rejects secondary vocational education, a non-member and a deputy-division rank', () => {
    expect(codes(checkSecondmentEligibility({ ...candidate, education: 'VOCATIONAL', partyMember: false, rank: 'DEPUTY_DIVISION' }, posting))).toEqual([
      'S3.ELIGIBLE.EDUCATION',
      'S3.ELIGIBLE.PARTY',
      'S3.ELIGIBLE.RANK',
    ]);
  });
  it('lets an outstanding young graduate through whatever the rank', () => {
    expect(checkSecondmentEligibility({ ...candidate, rank: 'DEPUTY_DIVISION', outstandingGraduate: true }, posting)).toEqual([]);
  });
  it('blocks unknown birth date or education', () => {
    expect(codes(checkSecondmentEligibility({ ...candidate, birthDate: null, education: null }, posting))).toEqual(['S3.ELIGIBLE.AGE_UNKNOWN', 'S3.ELIGIBLE.EDUCATION_UNKNOWN']);
  });
  it('warns (does not block) when the candidate is not a priority reserve cadre', () => {
    const v = checkSecondmentEligibility({ ...candidate, reserveCadre: false }, posting);
    expect(v.map((x) => [x.code, x.severity])).toEqual([['S3.ELIGIBLE.PRIORITY', 'WARNING']]);
  });
  it('turns errors into warnings when an override reason is recorded', () => {
    const v = checkSecondmentEligibility({ ...candidate, partyMember: false }, { ...posting, overrideReason: 'approved by the organisation department' });
    expect(v.every((x) => x.severity === 'WARNING')).toBe(true);
    expect(v[0]?.reason.en).toContain('approved by the organisation department');
  });
  it('does not check postings outside areas, stations and communities', () => {
    expect(checkSecondmentEligibility({ ...candidate, partyMember: false }, { ...posting, targetUnitKind: 'FARM_DEPARTMENT' })).toEqual([]);
  });
});

describe('checkContactLinkDuration (S2.DURATION)', () => {
  it('accepts an open link and one of exactly a year', () => {
    expect(checkContactLinkDuration({ from: '2025-01-01', to: null })).toEqual([]);
    expect(checkContactLinkDuration({ from: '2025-01-01', to: '2025-12-31' })).toEqual([]);
  });
  it('rejects a link ended a day short of a year without a reason', () => {
    expect(codes(checkContactLinkDuration({ from: '2025-01-01', to: '2025-12-30' }))).toEqual(['S2.DURATION.EARLY_END']);
  });
  it('accepts an early end with a reason, not with a blank one', () => {
    expect(checkContactLinkDuration({ from: '2025-01-01', to: '2025-05-01', endReason: 'family moved' })).toEqual([]);
    expect(checkContactLinkDuration({ from: '2025-01-01', to: '2025-05-01', endReason: '  ' })).toHaveLength(1);
  });
  it('rejects a link that ends before it starts', () => {
    expect(codes(checkContactLinkDuration({ from: '2025-05-01', to: '2025-01-01' }))).toEqual(['S2.DURATION.END_BEFORE_START']);
  });
});

describe('checkContactOverlap (S2.NO_OVERLAP)', () => {
  const a = { id: 'a', personId: 'p1', targetId: 't', level: 'FARM' as const, from: '2025-01-01', to: null };
  it('warns when another cadre links the same target at the same level at the same time', () => {
    const v = checkContactOverlap(a, [a, { ...a, id: 'b', personId: 'p2', from: '2025-06-01' }]);
    expect(v.map((x) => [x.code, x.severity])).toEqual([['S2.NO_OVERLAP', 'WARNING']]);
  });
  it('does not warn for another level, another time or the same cadre', () => {
    expect(checkContactOverlap(a, [{ ...a, id: 'b', personId: 'p2', level: 'BUREAU' }])).toEqual([]);
    expect(checkContactOverlap({ ...a, to: '2025-03-01' }, [{ ...a, id: 'b', personId: 'p2', from: '2025-03-02' }])).toEqual([]);
    expect(checkContactOverlap(a, [{ ...a, id: 'b' }])).toEqual([]);
  });
});

describe('checkCommitmentStep (S7.LIFECYCLE)', () => {
  it('allows proposing, then publishing, then fulfilling, then evaluating', () => {
    expect(checkCommitmentStep({}, 'PROPOSED', '2025-01-01')).toEqual([]);
    expect(checkCommitmentStep({ proposedOn: '2025-01-01' }, 'PUBLISHED', '2025-01-05')).toEqual([]);
    expect(checkCommitmentStep({ proposedOn: '2025-01-01', publishedOn: '2025-01-05', fulfilledOn: '2025-06-01' }, 'EVALUATED', '2025-12-01')).toEqual([]);
  });
  it('refuses to fulfil a commitment that was never made public', () => {
    expect(codes(checkCommitmentStep({ proposedOn: '2025-01-01' }, 'FULFILLED', '2025-02-01'))).toEqual(['S7.LIFECYCLE.OUT_OF_ORDER']);
  });
  it('refuses a step dated before the previous one, and a repeated step', () => {
    expect(codes(checkCommitmentStep({ proposedOn: '2025-03-01' }, 'PUBLISHED', '2025-02-01'))).toEqual(['S7.LIFECYCLE.DATE_ORDER']);
    expect(codes(checkCommitmentStep({ proposedOn: '2025-03-01' }, 'PROPOSED', '2025-03-02'))).toEqual(['S7.LIFECYCLE.REPEATED']);
  });
  it('checks a stored record once per problem', () => {
    expect(codes(checkCommitmentRecord({ proposedOn: '2025-01-01', evaluatedOn: '2025-02-01' }))).toEqual(['S7.LIFECYCLE.OUT_OF_ORDER', 'S7.LIFECYCLE.OUT_OF_ORDER']);
  });
});

describe('checkVisitCaseStep (S4.FORMS)', () => {
  it('needs the handling unit and the person responsible on the assignment form', () => {
    expect(codes(checkVisitCaseStep({ registeredOn: '2025-03-01' }, 'ASSIGNMENT', '2025-03-02', { handlingUnitId: 'd1' }))).toEqual(['S4.FORMS.ASSIGNEE']);
    expect(checkVisitCaseStep({ registeredOn: '2025-03-01' }, 'ASSIGNMENT', '2025-03-02', { handlingUnitId: 'd1', responsiblePersonId: 'p1' })).toEqual([]);
  });
  it('refuses supervision before assignment', () => {
    expect(codes(checkVisitCaseStep({ registeredOn: '2025-03-01' }, 'SUPERVISION', '2025-03-02'))).toEqual(['S4.FORMS.OUT_OF_ORDER']);
  });
  it('refuses closure without the conversation record and the reply', () => {
    const c = { registeredOn: '2025-03-01', assignedOn: '2025-03-02', handlingUnitId: 'd', responsiblePersonId: 'p', supervisedOn: '2025-03-10' };
    expect(codes(checkVisitCaseStep(c, 'CLOSURE', '2025-04-01'))).toEqual(['S4.FORMS.RECORD', 'S4.FORMS.REPLY']);
    expect(checkVisitCaseStep(c, 'CLOSURE', '2025-04-01', { conversationRecord: true, repliedOn: '2025-04-01' })).toEqual([]);
  });
  it('warns when acceptance takes over 15 days or handling over 60 plus the extension', () => {
    expect(codes(checkVisitCaseDeadlines({ registeredOn: '2025-03-01' }, '2025-03-17'))).toEqual(['S4.SLA.ACCEPT']);
    expect(checkVisitCaseDeadlines({ registeredOn: '2025-03-01' }, '2025-03-16')).toEqual([]);
    expect(checkVisitCaseDeadlines({ registeredOn: '2025-03-01', acceptedOn: '2025-03-05', extensionDays: 30 }, '2025-06-01')).toEqual([]);
    expect(codes(checkVisitCaseDeadlines({ registeredOn: '2025-03-01', acceptedOn: '2025-03-05', extensionDays: 40 }, '2025-06-10'))).toEqual(['S4.SLA.EXTENSION', 'S4.SLA.HANDLE']);
  });
});

describe('checkExperienceDiary (S10.DIARY)', () => {
  it('requires a non-blank diary entry', () => {
    expect(checkExperienceDiary({ diary: '排队两小时' })).toEqual([]);
    expect(codes(checkExperienceDiary({ diary: null }))).toEqual(['S10.DIARY.MISSING']);
    expect(codes(checkExperienceDiary({ diary: ' ' }))).toEqual(['S10.DIARY.MISSING']);
    expect(codes(checkExperienceDiary({ diary: '短' }, { minChars: 10 }))).toEqual(['S10.DIARY.MISSING']);
  });
});

describe('checkServiceProjects (S9.PROJECTS)', () => {
  it('errs at 0, accepts 1 and 2, warns at 3', () => {
    expect(checkServiceProjects(0).map((v) => v.severity)).toEqual(['ERROR']);
    expect(checkServiceProjects(1)).toEqual([]);
    expect(checkServiceProjects(2)).toEqual([]);
    expect(checkServiceProjects(3).map((v) => [v.code, v.severity])).toEqual([['S9.PROJECTS.TOO_MANY', 'WARNING']]);
  });
});
