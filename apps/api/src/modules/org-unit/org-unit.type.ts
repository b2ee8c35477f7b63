import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { OrgUnitKind, Sector, UnitFlag } from '@lianxi/rules';
import { DateTimeResolver } from 'graphql-scalars';
import { OrgUnitKindEnum, SectorEnum, UnitFlagEnum } from '../../graphql/enums.js';
import { PageOf } from '../../graphql/pagination.js';
import type { OrgUnitEntity } from './org-unit.entity.js';

@ObjectType('OrgUnit', { description: 'A unit of the organisation tree: bureau → farm → management area → residents\' group, and beside them.' })
export class OrgUnit {
  @Field(() => ID)
  id!: string;

  @Field(() => OrgUnitKindEnum)
  kind!: OrgUnitKind;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Unique code, e.g. JS-HS-A01.' })
  code!: string;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => SectorEnum, { nullable: true })
  sector!: Sector | null;

  @Field(() => [UnitFlagEnum])
  flags!: UnitFlag[];

  @Field(() => Int, { description: 'Levels below the root: the bureau is 0.' })
  depth!: number;

  @Field(() => Int, { description: 'Pass it back on update to catch concurrent edits.' })
  version!: number;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Field(() => DateTimeResolver)
  updatedAt!: Date;

  /** Not public: field resolvers use it for subtree reads. */
  path!: string;
}

export function toOrgUnit(e: OrgUnitEntity): OrgUnit {
  const u = new OrgUnit();
  u.id = e.id;
  u.kind = e.kind;
  u.name = e.name;
  u.code = e.code;
  u.parentId = e.parent?.id ?? null;
  u.sector = e.sector;
  u.flags = [...e.flags];
  u.depth = e.depth;
  u.version = e.version;
  u.createdAt = e.createdAt;
  u.updatedAt = e.updatedAt;
  u.path = e.path;
  return u;
}

@ObjectType('OrgUnitPage', { description: 'A page of units with the total matching the filter.' })
export class OrgUnitPage extends PageOf(OrgUnit) {}
