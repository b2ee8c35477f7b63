import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../graphql/context.js';
import { badInput, forbidden } from '../../graphql/errors.js';
import type { Bilingual } from '../../graphql/i18n.js';
import { assertMayWriteRecord } from '../common/record-access.js';
import { findForWrite, refForWrite, validUuidOr } from '../common/scoped.js';
import { PersonEntity } from '../person/person.entity.js';
import { unknownPerson } from './reception.errors.js';

/**
 * The record a mutation changes. ADMIN: FORBIDDEN outside the subtree, NOT_FOUND when there is no such id.
 * CADRE: only their own; another's, one outside the scope, or an unknown id are all FORBIDDEN, so a cadre
 * learns nothing about which ids exist.
 */
/** Any record: it has a (nullable) person. */
type Owned = object & { person: { id: string } | null };

export async function findOwnForWrite<T extends Owned>(ctx: Ctx, entity: EntityClass<T>, id: string, label: Bilingual): Promise<T> {
  const v = ctx.viewer;
  if (v.kind === 'user' && v.role === 'CADRE') {
    const row = await ctx.em.findOne(entity, { id: validUuidOr(id) } as FilterQuery<T>);
    if (!row) throw forbidden();
    assertMayWriteRecord(ctx, row.person?.id);
    return row;
  }
  const row = await findForWrite(ctx, entity, id, label);
  assertMayWriteRecord(ctx, row.person?.id);
  return row;
}

/** Whose record a create writes: the given person, or a CADRE's own when none is given. */
export async function recordOwner(ctx: Ctx, personId: string | null | undefined): Promise<PersonEntity> {
  const v = ctx.viewer;
  const id = personId ?? (v.kind === 'user' ? v.personId : null);
  if (!id) throw badInput('personId', { zh: '请选择接访的领导', en: 'Choose the leader who receives' });
  const person = await refForWrite(ctx, PersonEntity, id, () => unknownPerson('personId', id));
  assertMayWriteRecord(ctx, person.id);
  return person;
}
