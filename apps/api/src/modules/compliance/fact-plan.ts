import { applicability, yearPeriod, type Fact, type FactKind, type Rule, type Subject } from '@lianxi/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import { kindsReadBy, sharedKinds } from './compliance.engine.js';
import { FACT_SOURCES } from './fact-sources.js';

/** Whose records of a kind a roll-up must read: everyone's in the subtree, or only these people's. */
export type FactNeed = 'ALL' | Set<string>;

/**
 * For the rules evaluated over facts, whose facts each kind must be read for. A rule held by a few people (the
 * walks of leaders, the stationed stays of heads) needs only their records, not the subtree's million research
 * trips; a rule on units, on anyone with records, or reading others' records needs everyone's. A person is
 * counted in when the rule could apply to them in the year (profiles only: a superset of who it applies to).
 */
export function factNeeds(
  rules: readonly Rule[],
  subjects: readonly Subject[],
  year: number,
  kindsOf: (rule: Rule) => ReadonlySet<FactKind> = (rule) => kindsReadBy([rule]),
): Map<FactKind, FactNeed> {
  const needs = new Map<FactKind, FactNeed>();
  const people = subjects.filter((s) => !('subjectType' in s));
  const period = yearPeriod(year);
  for (const rule of rules) {
    const a = rule.appliesTo;
    let who: FactNeed;
    if (a.subject === 'UNIT' || a.profiles === 'ANY' || sharedKinds([rule]).size > 0) who = 'ALL';
    else who = new Set(people.filter((s) => applicability(rule, s, period).applies).map((s) => s.id));
    for (const kind of kindsOf(rule)) {
      const had = needs.get(kind);
      if (had === 'ALL' || who === 'ALL') needs.set(kind, 'ALL');
      else needs.set(kind, new Set([...(had ?? []), ...who]));
    }
  }
  // Reading a few thousand people's records by id costs about what reading them all does.
  for (const [kind, who] of needs) if (who !== 'ALL' && who.size > people.length / 2) needs.set(kind, 'ALL');
  return needs;
}

/**
 * Loads the facts the needs ask for: each source once for the kinds everyone's records are needed for, and once
 * (by person) for the others when it can load kinds separately (`FactSource.byKind`).
 */
export async function loadFacts(
  em: EntityManager,
  needs: ReadonlyMap<FactKind, FactNeed>,
  q: { from: string; to: string; unitPath: string; personIds?: readonly string[] },
): Promise<Fact[]> {
  const facts: Fact[] = [];
  const add = (loaded: readonly Fact[], kinds: ReadonlySet<FactKind>) => {
    // A loop, not push(...rows): spreading a source's hundred thousand facts as arguments overflows the stack.
    for (const f of loaded) if (kinds.has(f.kind)) facts.push(f);
  };
  for (const source of FACT_SOURCES) {
    const wanted = source.kinds.filter((k) => needs.has(k));
    if (!wanted.length) continue;
    const all = wanted.filter((k) => needs.get(k) === 'ALL');
    const some = wanted.filter((k) => needs.get(k) !== 'ALL');
    if (!source.byKind || q.personIds) {
      // One call for every wanted kind: everyone's when any kind needs everyone's, else the people named.
      const ids = all.length ? undefined : [...new Set(some.flatMap((k) => [...(needs.get(k) as Set<string>)]))];
      add(await source.load(em, { ...q, ...(q.personIds ? {} : ids ? { personIds: ids } : {}), kinds: wanted }), new Set(wanted));
      continue;
    }
    if (all.length) add(await source.load(em, { ...q, kinds: all }), new Set(all));
    if (some.length) {
      const ids = [...new Set(some.flatMap((k) => [...(needs.get(k) as Set<string>)]))];
      if (ids.length) add(await source.load(em, { ...q, personIds: ids, kinds: some }), new Set(some));
    }
  }
  return facts;
}
