import { FACT_KINDS } from '@lianxi/rules';
import { describe, expect, it } from 'vitest';
import { RECORD_DEFS } from '../records/definitions';
import { RECORD_SPECS } from '../records/specs';
import { evidenceLabel, evidencePath, evidenceResource, evidenceText, FACT_RESOURCES } from './evidence';

const everywhere = () => true;

describe('evidence on a scorecard', () => {
  it('opens each kind of record in its own record screen', () => {
    expect(evidenceResource('RESEARCH_TRIP', everywhere)).toBe('researchTrips');
    expect(evidenceResource('STATIONED_STAY', everywhere)).toBe('stationedStays');
    expect(evidenceResource('CONTACT_VISIT', everywhere)).toBe('contactVisits');
    expect(evidenceResource('VISIT_CASE', everywhere)).toBe('visitCases');
    expect(evidenceResource('ANALYSIS', everywhere)).toBe('opinionAnalyses');
    expect(evidenceResource('DUTY_REPORT', everywhere)).toBe('deputyDutyReports');
    expect(evidenceResource('SERVICE_PROJECT', everywhere)).toBe('communityServiceProjects');
    expect(evidenceResource('YEAR_END_REPORT', everywhere)).toBe('yearEndReports');
  });

  it('maps only to resources that have a record definition and a spec', () => {
    const defined = new Set(RECORD_DEFS.map((d) => d.name));
    for (const [kind, resource] of Object.entries(FACT_RESOURCES)) {
      expect(FACT_KINDS as readonly string[], kind).toContain(kind);
      expect(defined.has(resource), `${kind} → ${resource}`).toBe(true);
      expect(Object.keys(RECORD_SPECS), `${kind} → ${resource}`).toContain(resource);
    }
  });

  it('does not link kinds without a screen, unknown kinds, or screens the user lacks', () => {
    expect(evidenceResource('WARMTH_VISIT', everywhere)).toBeUndefined();
    expect(evidenceResource('NO_SUCH_KIND', everywhere)).toBeUndefined();
    expect(evidenceResource('TALK', (r) => r !== 'talks')).toBeUndefined();
  });

  it('builds the Show path from the record id', () => {
    const trip = { id: 'b2c0e6f4-1', kind: 'RESEARCH_TRIP', kindTitle: '基层调研', date: '2025-03-04' };
    expect(evidencePath(trip, everywhere)).toBe('/researchTrips/b2c0e6f4-1/show');
    expect(evidencePath({ ...trip, kind: 'LOCAL_RULE' }, everywhere)).toBeUndefined();
  });

  it('names a record by its kind title and day, and a rule’s records as one cell', () => {
    const a = { id: '1', kind: 'RESEARCH_TRIP', kindTitle: '基层调研', date: '2025-03-04' };
    const b = { id: '2', kind: 'STATIONED_STAY', kindTitle: '蹲点调研', date: '2025-05-10' };
    expect(evidenceLabel(a)).toBe('基层调研 2025-03-04');
    expect(evidenceText([a, b])).toBe('基层调研 2025-03-04、蹲点调研 2025-05-10');
    expect(evidenceText([])).toBe('');
  });
});
