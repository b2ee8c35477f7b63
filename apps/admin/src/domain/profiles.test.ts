import { describe, expect, it } from 'vitest';
import type { PersonRecord } from '../dataProvider/resources';
import { currentPositions } from './profiles';

type Pos = PersonRecord['positions'][number];
const post = (id: string, from: string, to: string | null): Pos => ({
  id,
  personId: 'x',
  unitId: 'u1',
  title: '场长',
  from,
  to,
  leadershipTeam: false,
  principal: true,
  partySecretary: false,
  branchHead: false,
  deptHead: false,
  version: 1,
  unit: { id: 'u1', name: '鹤山农场', kind: 'FARM', flags: [] },
});

describe('current posts', () => {
  it('are those whose dates include the day, both ends inclusive, open-ended ones included', () => {
    const positions = [post('open', '2025-03-01', null), post('ended', '2020-01-01', '2025-02-28'), post('today', '2024-01-01', '2025-03-01')];
    expect(currentPositions({ positions }, '2025-03-01').map((p) => p.id)).toEqual(['open', 'today']);
    expect(currentPositions({ positions }, '2025-02-28').map((p) => p.id)).toEqual(['ended', 'today']);
  });
});
