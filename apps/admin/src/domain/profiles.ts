import { profilesAt, type ProfileKey } from '@lianxi/rules';
import type { PersonRecord } from '../dataProvider/resources';

type PersonLike = Pick<PersonRecord, 'id' | 'rank' | 'partyMember' | 'positions' | 'deputyTerms'>;

/**
 * The profiles a person holds on `date`, computed in the browser with the same evaluator the API uses.
 * TODO(api): read `Person.profiles(at: Date)` once the contract has it, so the list page need not fetch every
 * position of every row; until then @lianxi/rules' profilesAt is the single definition both sides share.
 */
export function personProfiles(person: PersonLike, date: string): ProfileKey[] {
  return profilesAt(
    {
      id: person.id,
      rank: person.rank,
      partyMember: person.partyMember,
      // A post in a unit outside the viewer's part of the tree comes without its unit (the API hides it);
      // its kind is unknown here, so it cannot count towards a profile on this screen.
      positions: person.positions.flatMap((p) => (p.unit ? [{ ...p, unit: p.unit }] : [])).map((p) => ({
        unitId: p.unitId,
        unitKind: p.unit.kind,
        unitFlags: p.unit.flags,
        title: p.title,
        leadershipTeam: p.leadershipTeam,
        principal: p.principal,
        partySecretary: p.partySecretary,
        branchHead: p.branchHead,
        deptHead: p.deptHead,
        from: p.from,
        to: p.to ?? null,
      })),
      deputyTerms: person.deputyTerms.map((d) => ({ electingUnitId: d.electingUnitId, from: d.from, to: d.to ?? null })),
    },
    date,
  );
}

/** Posts held on `date`, newest first as the API sends them. */
export function currentPositions(person: Pick<PersonRecord, 'positions'>, date: string): PersonRecord['positions'] {
  return person.positions.filter((p) => p.from <= date && (!p.to || date <= p.to));
}
