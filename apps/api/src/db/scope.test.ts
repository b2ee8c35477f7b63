import { describe, expect, it } from 'vitest';
import { ENTITIES } from './entities.js';
import { SCOPE_RULES, UNSCOPED_ENTITIES } from './scope.js';
import { isRecordEntity, scopeFilter } from './orm.js';

describe('scope rules', () => {
  it('decide for every entity whether and how it is scoped', () => {
    const undecided = ENTITIES.filter((e) => !SCOPE_RULES[e.name] && !UNSCOPED_ENTITIES.includes(e.name) && !isRecordEntity(e)).map((e) => e.name);
    expect(undecided, 'add the entity to SCOPE_RULES (or, if never exposed, UNSCOPED_ENTITIES)').toEqual([]);
  });

  it('fail closed when no scope path is given', () => {
    const cond = scopeFilter.cond as (args: Record<string, unknown>, ...rest: unknown[]) => unknown;
    expect(() => cond({}, 'read', null, undefined, 'OrgUnitEntity')).toThrow(/path/);
  });

  it('escape LIKE wildcards in the path', () => {
    const cond = scopeFilter.cond as (args: Record<string, unknown>, ...rest: unknown[]) => unknown;
    expect(cond({ path: '/a_b%/' }, 'read', null, undefined, 'OrgUnitEntity')).toEqual({ path: { $like: '/a\\_b\\%/%' } });
  });
});
