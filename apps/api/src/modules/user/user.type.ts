import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { PageOf } from '../../graphql/pagination.js';
import { ROLES, type Role, type UserEntity } from './user.entity.js';

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as { [K in Role]: K };
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What a user may do within their scope unit.',
  valuesConfig: {
    ADMIN: { description: '管理员 · manages everything in scope, users included' },
    HEAD: { description: '负责人 · reads everything in scope and its compliance' },
    CADRE: { description: '干部 · records their own work, reads their own unit' },
  },
});

@ObjectType('User', { description: 'An account that signs in.' })
export class User {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  username!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => ID, { description: 'The user acts only within this unit\'s subtree.' })
  scopeUnitId!: string;

  @Field(() => ID, { nullable: true, description: 'The person this account belongs to (a cadre\'s own records).' })
  personId!: string | null;

  @Field(() => Boolean)
  disabled!: boolean;

  @Field(() => Int)
  version!: number;

  @Field(() => DateTimeResolver)
  createdAt!: Date;
}

export function toUser(e: UserEntity): User {
  return Object.assign(new User(), {
    id: e.id,
    username: e.username,
    displayName: e.displayName,
    role: e.role,
    scopeUnitId: e.scopeUnit.id,
    personId: e.person?.id ?? null,
    disabled: e.disabled,
    version: e.version,
    createdAt: e.createdAt,
  });
}

@ObjectType('UserPage')
export class UserPage extends PageOf(User) {}

@InputType('UserFilter')
export class UserFilter {
  @Field(() => RoleEnum, { nullable: true })
  role?: Role | null;

  @Field(() => String, { nullable: true, description: 'Username or display name contains this text.' })
  q?: string | null;

  @Field(() => ID, { nullable: true })
  scopeUnitId?: string | null;

  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;
}

@InputType('CreateUserInput')
export class CreateUserInput {
  @Field(() => String)
  username!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => ID)
  scopeUnitId!: string;

  @Field(() => ID, { nullable: true })
  personId?: string | null;

  @Field(() => String, { description: 'At least 10 characters with letters and digits.' })
  password!: string;
}

@InputType('UpdateUserInput')
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => RoleEnum, { nullable: true })
  role?: Role | null;

  @Field(() => ID, { nullable: true })
  scopeUnitId?: string | null;

  @Field(() => ID, { nullable: true })
  personId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'A disabled user cannot sign in; their sessions end.' })
  disabled?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Sets a new password; the user\'s sessions end.' })
  password?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}
