import type { ClassType } from 'type-graphql';
import { Ctx as GqlCtx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../graphql/context.js';
import { getOrgUnit, visibleUnit } from '../org-unit/org-unit.service.js';
import { OrgUnit, toOrgUnit } from '../org-unit/org-unit.type.js';
import { Person } from '../person/person.type.js';
import { visiblePerson, type RecordBase } from './person-record.js';

/**
 * The nested fields every person-centred record has, for a record type's resolver to extend:
 * `class XResolver extends RecordFieldsResolver(X)`. The unit is the record's scope, so always visible; the
 * person may have moved out of the caller's part of the tree since, and then reads as null.
 */
export function RecordFieldsResolver<T extends RecordBase>(cls: ClassType<T>) {
  @Resolver(() => cls)
  abstract class RecordFields {
    @FieldResolver(() => Person, { nullable: true, description: 'Null when unset or outside your part of the tree.' })
    async person(@GqlCtx() ctx: Ctx, @Root() r: RecordBase): Promise<Person | null> {
      return visiblePerson(ctx, r.personId);
    }

    @FieldResolver(() => OrgUnit)
    async unit(@GqlCtx() ctx: Ctx, @Root() r: RecordBase): Promise<OrgUnit> {
      return toOrgUnit(await getOrgUnit(ctx, r.unitId));
    }
  }
  return RecordFields;
}

/** Units for a nested list field, keeping only those the caller may see. */
export async function visibleUnits(ctx: Ctx, ids: readonly string[]): Promise<OrgUnit[]> {
  const units = await Promise.all(ids.map((id) => visibleUnit(ctx, id)));
  return units.filter((u): u is OrgUnit => u !== null);
}

/** People for a nested list field, keeping only those the caller may see. */
export async function visiblePeople(ctx: Ctx, ids: readonly string[]): Promise<Person[]> {
  const people = await Promise.all(ids.map((id) => visiblePerson(ctx, id)));
  return people.filter((p): p is Person => p !== null);
}
