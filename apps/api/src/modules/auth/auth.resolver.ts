import { Arg, Authorized, Ctx as GqlCtx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import type { Ctx } from '../../graphql/context.js';
import { OrgUnit, toOrgUnit } from '../org-unit/org-unit.type.js';
import { RoleEnum } from '../user/user.type.js';
import type { Role } from '../user/user.entity.js';
import { changePassword, login, logout, revokeSession, sessionsOf } from './auth.service.js';

@ObjectType('SessionUser')
export class SessionUser {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  username!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => ID)
  scopeUnitId!: string;

  @Field(() => ID, { nullable: true })
  personId!: string | null;
}

@ObjectType('Session')
export class Session {
  @Field(() => String, { description: 'Send as `Authorization: Bearer …`; the admin gets it as an HTTP-only cookie too.' })
  token!: string;

  @Field(() => DateTimeResolver)
  expiresAt!: Date;

  @Field(() => SessionUser)
  user!: SessionUser;

  @Field(() => OrgUnit)
  scopeUnit!: OrgUnit;
}

@ObjectType('Viewer', { description: 'Who the current credential belongs to.' })
export class ViewerInfo {
  @Field(() => String, { description: 'USER or TOKEN.' })
  kind!: string;

  @Field(() => SessionUser, { nullable: true })
  user!: SessionUser | null;

  @Field(() => String, { nullable: true, description: 'The API token\'s name.' })
  tokenName!: string | null;

  @Field(() => ID)
  scopeUnitId!: string;
}

@ObjectType('ActiveSession')
export class ActiveSession {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Field(() => DateTimeResolver)
  expiresAt!: Date;

  @Field(() => String, { nullable: true })
  address!: string | null;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => Session, { description: 'Signs in; also sets the admin\'s HTTP-only session cookie.' })
  async login(@GqlCtx() ctx: Ctx, @Arg('username', () => String) username: string, @Arg('password', () => String) password: string): Promise<Session> {
    const s = await login(ctx, username, password);
    return {
      token: s.token,
      expiresAt: s.expiresAt,
      user: {
        id: s.user.id,
        username: s.user.username,
        displayName: s.user.displayName,
        role: s.user.role,
        scopeUnitId: s.user.scopeUnit.id,
        personId: s.user.person?.id ?? null,
      },
      scopeUnit: toOrgUnit(s.scopeUnit),
    };
  }

  @Mutation(() => Boolean, { description: 'Ends the current session and clears the cookie.' })
  async logout(@GqlCtx() ctx: Ctx): Promise<boolean> {
    return logout(ctx);
  }

  @Authorized()
  @Query(() => ViewerInfo)
  me(@GqlCtx() ctx: Ctx): ViewerInfo {
    const v = ctx.viewer;
    if (v.kind === 'user') {
      return {
        kind: 'USER',
        user: { id: v.userId, username: v.username, displayName: v.displayName, role: v.role, scopeUnitId: v.scopeUnitId, personId: v.personId },
        tokenName: null,
        scopeUnitId: v.scopeUnitId,
      };
    }
    if (v.kind === 'token') return { kind: 'TOKEN', user: null, tokenName: v.name, scopeUnitId: v.scopeUnitId };
    return { kind: 'SYSTEM', user: null, tokenName: null, scopeUnitId: '' };
  }

  @Authorized('ADMIN', 'HEAD', 'CADRE')
  @Mutation(() => Boolean, { description: 'Other sessions of the user end; this one stays.' })
  async changePassword(
    @GqlCtx() ctx: Ctx,
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
  ): Promise<boolean> {
    return changePassword(ctx, currentPassword, newPassword);
  }

  @Authorized('ADMIN', 'HEAD', 'CADRE')
  @Query(() => [ActiveSession], { description: 'Your own open sessions, or (ADMIN) those of a user in scope.' })
  async sessions(@GqlCtx() ctx: Ctx, @Arg('userId', () => ID, { nullable: true }) userId?: string): Promise<ActiveSession[]> {
    const target = userId ?? (ctx.viewer.kind === 'user' ? ctx.viewer.userId : '');
    return (await sessionsOf(ctx, target)).map((s) => ({ id: s.id, createdAt: s.createdAt, expiresAt: s.expiresAt, address: s.address }));
  }

  @Authorized('ADMIN', 'HEAD', 'CADRE')
  @Mutation(() => Boolean)
  async revokeSession(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<boolean> {
    return revokeSession(ctx, id);
  }
}
