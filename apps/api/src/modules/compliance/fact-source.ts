import type { Fact, FactKind } from '@lianxi/rules';
import type { EntityManager } from '@mikro-orm/postgresql';

export interface FactQuery {
  /** Inclusive CST dates: facts dated in the window, and interval facts overlapping it. */
  from: string;
  to: string;
  /** Only records whose owning unit lies under this path. */
  unitPath: string;
  /** When given, only these people's records (person-centred kinds). */
  personIds?: readonly string[];
  /** When given, only these kinds are wanted: a source that loads kinds separately (`byKind`) skips the others. */
  kinds?: readonly FactKind[];
}

/**
 * How one module's records become the rules' facts. Each source loads all its rows for a window and a subtree
 * in a few set-based queries (never one per person).
 */
export interface FactSource {
  kinds: readonly FactKind[];
  /** It honours `FactQuery.kinds`, so it may be called once per kind group (everyone's, or some people's). */
  byKind?: boolean;
  load(em: EntityManager, q: FactQuery): Promise<Fact[]>;
}
