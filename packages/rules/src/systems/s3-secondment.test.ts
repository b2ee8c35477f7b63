import { describe, expect } from 'vitest';
import type { SecondmentFact } from '../facts.js';
import { P, cases, fact } from '../test-support/builders.js';

const secondment = (f: Partial<Omit<SecondmentFact, 'kind'>> = {}) =>
  fact('SECONDMENT', {
    targetUnitId: 'area-1',
    targetUnitKind: 'MANAGEMENT_AREA',
    role: 'DEPUTY_SECRETARY',
    fromUnitKind: 'FARM_DEPARTMENT',
    date: '2024-03-01',
    endDate: null,
    leftOriginalPost: true,
    livesAtGrassroots: true,
    ...f,
  });
const young = (extra = {}) =>
  P.member({ birthDate: '1990-05-01', education: 'COLLEGE', rank: 'SECTION', reserveCadre: true, grassrootsExperience: false, ...extra });

describe('S3.DURATION', () => {
  cases('S3.DURATION', [
    { name: 'is MET for a secondment of a full year away from the original post', subject: young(), facts: [secondment({ endDate: '2025-02-28' })], status: 'MET' },
    { name: 'is MISSED for a secondment ended after eight months', subject: young(), facts: [secondment({ date: '2025-01-01', endDate: '2025-08-31' })], status: 'MISSED', check: (e) => expect(e.violations[0]?.code).toBe('S3.DURATION.SHORT') },
    { name: 'is MISSED when the secondee kept the original post', subject: young(), facts: [secondment({ leftOriginalPost: false })], status: 'MISSED' },
  ]);
});

describe('S3.ELIGIBLE', () => {
  cases('S3.ELIGIBLE', [
    { name: 'is MET for a 34-year-old section-level reserve cadre with a college degree', subject: young(), facts: [secondment()], status: 'MET' },
    { name: 'is MISSED for a secondee aged 40 at the posting date', subject: young({ birthDate: '1984-02-01' }), facts: [secondment()], status: 'MISSED', check: (e) => expect(e.violations.map((v) => v.code)).toEqual(['S3.ELIGIBLE.AGE']) },
    { name: 'is MISSED for a deputy-division cadre (above section level)', subject: young({ rank: 'DEPUTY_DIVISION' }), facts: [secondment()], status: 'MISSED' },
    { name: 'accepts an ineligible posting with a recorded override reason, as a warning', subject: young({ education: 'SENIOR_HIGH' }), facts: [secondment({ eligibilityOverrideReason: 'only candidate speaking the local dialect' })], status: 'MET', check: (e) => expect(e.warnings.map((w) => w.code)).toContain('S3.ELIGIBLE.EDUCATION') },
    { name: 'does not check postings that are not area/community secretary or deputy', subject: young({ rank: 'DIVISION' }), facts: [secondment({ role: 'OTHER' })], status: 'MET' },
  ]);
});

describe('S3.ASSESS', () => {
  cases('S3.ASSESS', [
    { name: 'is MET for an ended secondment with an assessment result', subject: young(), facts: [secondment({ endDate: '2025-03-31', assessedOn: '2025-04-10', assessmentResult: 'EXCELLENT' })], status: 'MET' },
    { name: 'is MISSED for an ended secondment never assessed', subject: young(), facts: [secondment({ endDate: '2025-03-31' })], status: 'MISSED', check: (e) => expect(e.violations[0]?.code).toBe('S3.ASSESS.MISSING') },
    { name: 'warns when a running secondment had no feedback for over half a year', subject: young(), facts: [secondment({ feedbackDates: ['2024-09-01'] })], status: 'MET', check: (e) => expect(e.warnings[0]?.code).toBe('S3.ASSESS.FEEDBACK') },
  ]);
});
