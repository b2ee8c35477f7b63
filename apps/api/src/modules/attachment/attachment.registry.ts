import type { EntityClass } from '@mikro-orm/core';
import { ENTITIES } from '../../db/entities.js';
import { RecordEntity } from '../common/record.entity.js';

/** Any record entity, whatever its own optional properties. */
export type AnyRecord = RecordEntity<string>;

/** A record kind that can carry attachments. */
export interface AttachableType {
  /** The GraphQL type name, as clients send it in `recordType`. */
  name: string;
  entity: EntityClass<AnyRecord>;
  /**
   * Whether a CADRE may change their own records of this kind (the resolvers' `@Authorized('ADMIN', 'CADRE')`
   * on update). Everyone else who may upload is an ADMIN in scope.
   */
  cadreKeeps: boolean;
}

/** The kinds a cadre keeps about their own work: the ones whose update mutation admits CADRE. */
const CADRE_KEEPS = new Set([
  'ReceptionDay',
  'ResearchTrip',
  'ResearchTopic',
  'ResearchReport',
  'ContactLink',
  'ContactVisit',
  'FamilyVisit',
  'BranchPairing',
  'Talk',
  'Experience',
]);

let registry: ReadonlyMap<string, AttachableType> | undefined;

/**
 * Every record entity (a subclass of RecordEntity in the ORM's list) by GraphQL type name, so a new record kind
 * takes attachments from its first line; the type name is the entity's name without `Entity`.
 */
export function attachableTypes(): ReadonlyMap<string, AttachableType> {
  registry ??= new Map(
    ENTITIES.filter((e) => e.prototype instanceof RecordEntity).map((e) => {
      const name = e.name.replace(/Entity$/, '');
      return [name, { name, entity: e as unknown as EntityClass<AnyRecord>, cadreKeeps: CADRE_KEEPS.has(name) }] as const;
    }),
  );
  return registry;
}

export function attachableType(name: string): AttachableType | undefined {
  return attachableTypes().get(name);
}
