import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../graphql/context.js';
import { badInput, forbidden, notFound } from '../../graphql/errors.js';
import { pageRequest, sortOrder, type Page, type SortInput } from '../../graphql/pagination.js';
import { hashPassword, isStrongEnough } from '../auth/auth.passwords.js';
import { weakPassword } from '../auth/auth.errors.js';
import { SessionEntity } from '../auth/session.entity.js';
import { findForWrite, refForWrite, validUuidOr } from '../common/scoped.js';
import { expectVersion, requiredText } from '../common/validate.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { escapeLike } from '../org-unit/org-unit.service.js';
import { PersonEntity } from '../person/person.entity.js';
import { UserEntity } from './user.entity.js';
import type { CreateUserInput, UpdateUserInput, UserFilter } from './user.type.js';

const USER = { zh: '用户', en: 'user' };
const SORTABLE = { username: 'username', displayName: 'displayName', role: 'role', createdAt: 'createdAt' } as const;
const USERNAME_RE = /^[a-z][a-z0-9_.-]{2,31}$/;

export async function getUser(ctx: Ctx, id: string): Promise<UserEntity> {
  const u = await ctx.em.findOne(UserEntity, { id: validUuidOr(id) });
  if (!u) throw notFound(USER, id);
  return u;
}

export async function listUsers(
  ctx: Ctx,
  filter: UserFilter | null | undefined,
  sort: SortInput | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
): Promise<Page<UserEntity>> {
  const { limit, offset } = pageRequest(page, perPage);
  const orderBy = sortOrder(sort, SORTABLE, { username: 'asc' });
  const f = filter ?? {};
  const and: FilterQuery<UserEntity>[] = [];
  if (f.role) and.push({ role: f.role });
  if (f.scopeUnitId) and.push({ scopeUnit: validUuidOr(f.scopeUnitId) });
  if (f.ids) and.push({ id: { $in: f.ids.map(validUuidOr) } });
  if (f.q?.trim()) {
    const like = `%${escapeLike(f.q.trim())}%`;
    and.push({ $or: [{ username: { $ilike: like } }, { displayName: { $ilike: like } }] });
  }
  const [items, total] = await ctx.em.findAndCount(UserEntity, and.length ? { $and: and } : {}, {
    orderBy: [orderBy, { id: 'asc' }],
    limit,
    offset,
  });
  return { items, total };
}

const unknownUnit = (id: string) => badInput('scopeUnitId', { zh: `单位不存在：${id}`, en: `The unit does not exist: ${id}` });
const unknownPerson = (id: string) => badInput('personId', { zh: `人员不存在：${id}`, en: `The person does not exist: ${id}` });

export async function createUser(ctx: Ctx, input: CreateUserInput): Promise<UserEntity> {
  const username = input.username.trim().toLowerCase();
  if (!USERNAME_RE.test(username)) {
    throw badInput('username', {
      zh: '用户名为 3–32 位小写字母、数字、点、短横线或下划线，以字母开头',
      en: 'A username takes 3–32 lower-case letters, digits, dots, dashes or underscores, starting with a letter',
    });
  }
  const displayName = requiredText('displayName', { zh: '显示名称', en: 'The display name' }, input.displayName, 50);
  if (!isStrongEnough(input.password)) throw weakPassword('password');
  const scopeUnit = await refForWrite(ctx, OrgUnitEntity, input.scopeUnitId, () => unknownUnit(input.scopeUnitId));
  const personId = input.personId;
  const person = personId ? await refForWrite(ctx, PersonEntity, personId, () => unknownPerson(personId)) : null;
  if (await ctx.em.count(UserEntity, { username }, { filters: false })) {
    throw badInput('username', { zh: `用户名“${username}”已被使用`, en: `The username "${username}" is taken` });
  }
  const user = ctx.em.create(UserEntity, {
    username,
    displayName,
    role: input.role,
    scopeUnit,
    person,
    passwordHash: await hashPassword(input.password),
  });
  await ctx.em.flush();
  return user;
}

export async function updateUser(ctx: Ctx, id: string, input: UpdateUserInput): Promise<UserEntity> {
  const user = await findForWrite(ctx, UserEntity, id, USER);
  expectVersion(user, input.version, { zh: '该用户', en: 'This user' });
  const self = ctx.viewer.kind === 'user' && ctx.viewer.userId === user.id;
  // Nobody locks themselves out or lowers their own role by accident; another administrator can.
  if (self && (input.disabled === true || (input.role && input.role !== user.role))) throw forbidden();
  if (input.displayName != null) user.displayName = requiredText('displayName', { zh: '显示名称', en: 'The display name' }, input.displayName, 50);
  if (input.role != null) user.role = input.role;
  if (input.scopeUnitId != null) {
    const scopeUnitId = input.scopeUnitId;
    const unit = await refForWrite(ctx, OrgUnitEntity, scopeUnitId, () => unknownUnit(scopeUnitId));
    user.scopeUnit = ctx.em.getReference(OrgUnitEntity, unit.id, { wrapped: true });
  }
  if (input.personId !== undefined) {
    const personId = input.personId;
    user.person = personId
      ? ctx.em.getReference(PersonEntity, (await refForWrite(ctx, PersonEntity, personId, () => unknownPerson(personId))).id, { wrapped: true })
      : null;
  }
  let endSessions = false;
  if (input.password != null) {
    if (!isStrongEnough(input.password)) throw weakPassword('password');
    user.passwordHash = await hashPassword(input.password);
    user.passwordChangedAt = ctx.now;
    endSessions = true;
  }
  if (input.disabled != null) {
    user.disabled = input.disabled;
    endSessions ||= input.disabled;
  }
  await ctx.em.flush();
  if (endSessions) await ctx.em.nativeUpdate(SessionEntity, { user: user.id, revokedAt: null }, { revokedAt: ctx.now });
  return user;
}
