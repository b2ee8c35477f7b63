import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { PageOf } from '../../graphql/pagination.js';
import type { ApiTokenEntity } from './api-token.entity.js';

@ObjectType('ApiToken', { description: 'A read-only token for dashboards; the secret is shown only once, at creation.' })
export class ApiToken {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'The first characters of the token, to tell tokens apart.' })
  prefix!: string;

  @Field(() => ID)
  scopeUnitId!: string;

  @Field(() => DateTimeResolver, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => DateTimeResolver, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => DateTimeResolver, { nullable: true })
  lastUsedAt!: Date | null;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Field(() => Int)
  version!: number;
}

export function toApiToken(e: ApiTokenEntity): ApiToken {
  return Object.assign(new ApiToken(), {
    id: e.id,
    name: e.name,
    prefix: e.prefix,
    scopeUnitId: e.scopeUnit.id,
    expiresAt: e.expiresAt,
    revokedAt: e.revokedAt,
    lastUsedAt: e.lastUsedAt,
    createdAt: e.createdAt,
    version: e.version,
  });
}

@ObjectType('ApiTokenPage')
export class ApiTokenPage extends PageOf(ApiToken) {}

@ObjectType('CreatedApiToken')
export class CreatedApiToken {
  @Field(() => String, { description: 'The secret: send it as `Authorization: Bearer …` or `X-API-Key`. Shown only now.' })
  token!: string;

  @Field(() => ApiToken)
  apiToken!: ApiToken;
}

@InputType('CreateApiTokenInput')
export class CreateApiTokenInput {
  @Field(() => String, { description: 'What it is for, e.g. 省级大屏.' })
  name!: string;

  @Field(() => ID, { description: 'The token reads this unit\'s subtree only.' })
  scopeUnitId!: string;

  @Field(() => DateTimeResolver, { nullable: true })
  expiresAt?: Date | null;
}
