import { describe, expect, it } from 'vitest';
import { QUICK_FIELDS, QUICK_KINDS, newestFirst, quickDefaults, quickInput, receivesVisitors } from './quick';

const TODAY = '2026-05-12';
const ME = 'person-me';

describe('the quick-entry cards of 我的记录', () => {
  it('start every form at today, one day where days count, and a talk with the masses', () => {
    expect(quickDefaults('research', TODAY)).toMatchObject({ occurredOn: TODAY, days: 1 });
    expect(quickDefaults('contactVisit', TODAY)).toMatchObject({ occurredOn: TODAY, days: 1, linkId: null });
    expect(quickDefaults('familyVisit', TODAY)).toMatchObject({ occurredOn: TODAY });
    expect(quickDefaults('talk', TODAY)).toMatchObject({ occurredOn: TODAY, kind: 'MASSES' });
    expect(quickDefaults('experience', TODAY)).toMatchObject({ occurredOn: TODAY, diary: '' });
    expect(quickDefaults('reception', TODAY)).toMatchObject({ date: TODAY });
  });

  it('show at most three fields on each card, never a person picker', () => {
    for (const kind of QUICK_KINDS) {
      expect(QUICK_FIELDS[kind].length).toBeLessThanOrEqual(3);
      expect(QUICK_FIELDS[kind]).not.toContain('personId');
    }
  });

  it('always record for the signed-in user’s own person, whatever the form holds', () => {
    const input = quickInput('research', { occurredOn: TODAY, days: '1.5', unitsVisitedIds: [], personId: 'someone-else' }, ME, TODAY);
    expect(input).toEqual({ occurredOn: TODAY, days: 1.5, personId: ME });
    expect(quickInput('talk', { kind: 'MASSES', participants: '张大爷', occurredOn: TODAY }, ME, TODAY)).toEqual({ kind: 'MASSES', participants: '张大爷', occurredOn: TODAY, personId: ME });
  });

  it('send a contact visit with its link only (the visit is the link’s cadre’s), one day and today', () => {
    expect(quickInput('contactVisit', { linkId: 'link-1', occurredOn: TODAY, days: 1 }, ME, TODAY)).toEqual({ linkId: 'link-1', occurredOn: TODAY, days: 1 });
  });

  it('keep today for an experience whose form shows no date, and leave an empty diary out for the API to refuse', () => {
    expect(quickInput('experience', { kind: 'MARKET', place: '九三集贸市场', diary: '' }, ME, TODAY)).toEqual({ kind: 'MARKET', place: '九三集贸市场', occurredOn: TODAY, personId: ME });
  });

  it('make a reception day a whole day at a fixed point on the chosen date', () => {
    expect(quickInput('reception', { date: '2026-05-15', place: '信访接待室' }, ME, TODAY)).toEqual({ date: '2026-05-15', place: '信访接待室', mode: 'FIXED_POINT', span: 'WHOLE_DAY', personId: ME });
  });

  it('offer the reception-day card only to leaders a reception-day rule applies to', () => {
    expect(receivesVisitors(['S1.DAYS', 'S4.DAYS.PRINCIPAL'])).toBe(true);
    expect(receivesVisitors(['S4.FARM_DAILY'])).toBe(true);
    expect(receivesVisitors(['S1.DAYS', 'S5.TALK', 'S4.FORMS'])).toBe(false);
  });

  it('list records of every type newest first, later entries first within a day', () => {
    const rows = newestFirst([
      { resource: 'talks', id: 'a', occurredOn: '2026-03-01', createdAt: '2026-03-01T01:00:00Z', summary: '' },
      { resource: 'contactVisits', id: 'b', occurredOn: '2026-04-02', createdAt: '2026-04-02T01:00:00Z', summary: '' },
      { resource: 'researchTrips', id: 'c', occurredOn: '2026-03-01', createdAt: '2026-03-01T09:00:00Z', summary: '' },
    ]);
    expect(rows.map((r) => r.id)).toEqual(['b', 'c', 'a']);
  });
});
