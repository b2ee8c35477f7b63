import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../graphql/context.js';
import { forbidden, notFound } from '../../graphql/errors.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { UserEntity } from '../user/user.entity.js';
import { tooManyAttempts, weakPassword, wrongCredentials, wrongCurrentPassword } from './auth.errors.js';
import { hashPassword, isStrongEnough, verifyPassword } from './auth.passwords.js';
import { SESSION_COOKIE } from './resolve-viewer.js';
import { SessionEntity } from './session.entity.js';
import { SESSION_PREFIX, hashToken, newToken } from './tokens.js';

export const SESSION_HOURS = Number(process.env['LIANXI_SESSION_HOURS'] ?? 12);
const WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

const unscoped = { filters: false } as const;

export interface SignedIn {
  token: string;
  expiresAt: Date;
  user: UserEntity;
  scopeUnit: OrgUnitEntity;
}

function windowStart(now: Date): Date {
  const ms = WINDOW_MINUTES * 60_000;
  return new Date(Math.floor(now.getTime() / ms) * ms);
}

async function failures(em: EntityManager, key: string, now: Date): Promise<number> {
  const rows = await em.execute<{ count: number }[]>(
    'select count from rate_limit where key = ? and window_start = ?',
    [key, windowStart(now)],
  );
  return rows[0]?.count ?? 0;
}

/** One atomic upsert per key, so concurrent attempts on several API instances all count. */
async function countFailure(em: EntityManager, key: string, now: Date): Promise<void> {
  await em.execute(
    `insert into rate_limit (key, window_start, count) values (?, ?, 1)
       on conflict (key, window_start) do update set count = rate_limit.count + 1`,
    [key, windowStart(now)],
  );
}

function clientAddress(ctx: Ctx): string {
  return ctx.http?.req.ip ?? ctx.http?.req.socket.remoteAddress ?? 'local';
}

export async function login(ctx: Ctx, usernameRaw: string, password: string): Promise<SignedIn> {
  const username = usernameRaw.trim().toLowerCase();
  const accountKey = `login:user:${username}`;
  const addressKey = `login:addr:${clientAddress(ctx)}`;
  const minutesLeft = Math.ceil((windowStart(ctx.now).getTime() + WINDOW_MINUTES * 60_000 - ctx.now.getTime()) / 60_000);
  if (
    (await failures(ctx.em, accountKey, ctx.now)) >= MAX_FAILURES_PER_ACCOUNT ||
    (await failures(ctx.em, addressKey, ctx.now)) >= MAX_FAILURES_PER_ADDRESS
  ) {
    throw tooManyAttempts(minutesLeft);
  }

  const user = await ctx.em.findOne(UserEntity, { username }, { ...unscoped, populate: ['passwordHash'] });
  const ok = user && !user.disabled && (await verifyPassword(user.passwordHash, password));
  if (!user || !ok) {
    await countFailure(ctx.em, accountKey, ctx.now);
    await countFailure(ctx.em, addressKey, ctx.now);
    throw wrongCredentials();
  }

  const token = newToken(SESSION_PREFIX);
  const expiresAt = new Date(ctx.now.getTime() + SESSION_HOURS * 3600_000);
  const session = ctx.em.create(SessionEntity, {
    tokenHash: hashToken(token),
    user,
    expiresAt,
    address: clientAddress(ctx),
  });
  await ctx.em.persist(session).flush();
  ctx.http?.res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.http.req.secure,
    path: '/',
    expires: expiresAt,
  });
  const scopeUnit = await ctx.em.findOneOrFail(OrgUnitEntity, user.scopeUnit.id, unscoped);
  return { token, expiresAt, user, scopeUnit };
}

export async function logout(ctx: Ctx): Promise<boolean> {
  ctx.http?.res.clearCookie(SESSION_COOKIE, { path: '/' });
  if (ctx.viewer.kind !== 'user') return false;
  await ctx.em.nativeUpdate(SessionEntity, { id: ctx.viewer.sessionId }, { revokedAt: ctx.now });
  return true;
}

export async function changePassword(ctx: Ctx, current: string, next: string): Promise<boolean> {
  if (ctx.viewer.kind !== 'user') throw forbidden();
  const user = await ctx.em.findOneOrFail(UserEntity, ctx.viewer.userId, { ...unscoped, populate: ['passwordHash'] });
  if (!(await verifyPassword(user.passwordHash, current))) throw wrongCurrentPassword();
  if (!isStrongEnough(next)) throw weakPassword('newPassword');
  user.passwordHash = await hashPassword(next);
  user.passwordChangedAt = ctx.now;
  await ctx.em.flush();
  // Other sessions signed in with the old password end now; this one stays.
  await ctx.em.nativeUpdate(
    SessionEntity,
    { user: user.id, id: { $ne: ctx.viewer.sessionId }, revokedAt: null },
    { revokedAt: ctx.now },
  );
  return true;
}

/** The caller's own sessions, or (for an ADMIN) those of a user in their scope. */
export async function sessionsOf(ctx: Ctx, userId: string): Promise<SessionEntity[]> {
  await assertMayManageSessions(ctx, userId);
  return ctx.em.find(SessionEntity, { user: userId, revokedAt: null, expiresAt: { $gt: ctx.now } }, { orderBy: { createdAt: 'desc' } });
}

export async function revokeSession(ctx: Ctx, sessionId: string): Promise<boolean> {
  const session = await ctx.em.findOne(SessionEntity, { id: sessionId });
  if (!session) throw notFound({ zh: '会话', en: 'session' }, sessionId);
  await assertMayManageSessions(ctx, session.user.id);
  session.revokedAt = ctx.now;
  await ctx.em.flush();
  return true;
}

async function assertMayManageSessions(ctx: Ctx, userId: string): Promise<void> {
  const v = ctx.viewer;
  if (v.kind === 'system') return;
  if (v.kind === 'user' && v.userId === userId) return;
  // An ADMIN manages the sessions of users they can see (the scope filter decides).
  if (v.kind === 'user' && v.role === 'ADMIN' && (await ctx.em.findOne(UserEntity, userId))) return;
  throw forbidden();
}
