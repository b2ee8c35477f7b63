import { describe, expect, it } from 'vitest';
import { canAccess, type AccessUser } from './access';

const admin: AccessUser = { role: 'ADMIN', scopeUnitId: 'bureau' };
const head: AccessUser = { role: 'HEAD', scopeUnitId: 'heshan' };
const cadre: AccessUser = { role: 'CADRE', scopeUnitId: 'heshan', personId: 'p1' };

describe('menus and buttons by role', () => {
  it('let an ADMIN do everything in scope, users, tokens, audit and personal data included', () => {
    for (const action of ['list', 'show', 'create', 'edit', 'delete', 'reveal', 'revoke']) {
      for (const resource of ['orgUnits', 'people', 'users', 'apiTokens', 'auditLogs', 'localRules']) {
        expect({ action, resource, ok: canAccess(admin, action, resource) }).toEqual({ action, resource, ok: true });
      }
    }
  });

  it('let a HEAD read the tree, people and compliance but change nothing and see no users, tokens or audit log', () => {
    expect(canAccess(head, 'list', 'people')).toBe(true);
    expect(canAccess(head, 'show', 'orgUnits')).toBe(true);
    expect(canAccess(head, 'list', 'compliance')).toBe(true);
    expect(canAccess(head, 'export', 'households')).toBe(true);
    for (const action of ['create', 'edit', 'delete', 'reveal']) expect(canAccess(head, action, 'people')).toBe(false);
    for (const resource of ['users', 'apiTokens', 'auditLogs']) expect(canAccess(head, 'list', resource)).toBe(false);
    expect(canAccess(head, 'create', 'localRules')).toBe(false);
  });

  it('let a CADRE read their unit and keep only their own records', () => {
    expect(canAccess(cadre, 'list', 'orgUnits')).toBe(true);
    expect(canAccess(cadre, 'edit', 'orgUnits')).toBe(false);
    expect(canAccess(cadre, 'create', 'talks')).toBe(true);
    expect(canAccess(cadre, 'edit', 'talks', { personId: 'p1' })).toBe(true);
    expect(canAccess(cadre, 'delete', 'talks', { personId: 'p2' })).toBe(false);
    expect(canAccess(cadre, 'list', 'users')).toBe(false);
    expect(canAccess({ ...cadre, personId: null }, 'edit', 'talks', { personId: null })).toBe(false);
  });

  it('show 回收站 (the recycle bin) to ADMINs only: only they may restore', () => {
    expect(canAccess(admin, 'list', 'recycleBin')).toBe(true);
    for (const user of [head, cadre]) expect(canAccess(user, 'list', 'recycleBin')).toBe(false);
  });

  it('show 年度数据 (year-end figures) to ADMINs and HEADs, read-only, and not to cadres', () => {
    expect(canAccess(admin, 'list', 'yearEndFigures')).toBe(true);
    expect(canAccess(head, 'list', 'yearEndFigures')).toBe(true);
    expect(canAccess(head, 'export', 'yearEndFigures')).toBe(true);
    expect(canAccess(head, 'edit', 'yearEndFigures')).toBe(false);
    expect(canAccess(cadre, 'list', 'yearEndFigures')).toBe(false);
  });

  it('refuse everything to nobody', () => {
    expect(canAccess(null, 'list', 'orgUnits')).toBe(false);
  });
});
