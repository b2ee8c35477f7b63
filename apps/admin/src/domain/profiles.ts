import type { PersonRecord } from '../dataProvider/resources';

/**
 * Posts held on `date` (YYYY-MM-DD, inclusive at both ends), newest first as the API sends them.
 * Profiles are not computed here: the API answers `Person.profiles` with the rules' own evaluator.
 */
export function currentPositions(person: Pick<PersonRecord, 'positions'>, date: string): PersonRecord['positions'] {
  return person.positions.filter((p) => p.from <= date && (!p.to || date <= p.to));
}
