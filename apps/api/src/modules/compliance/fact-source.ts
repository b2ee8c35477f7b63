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
}

/**
 * How one module's records become the rules' facts. Each source loads all its rows for a window and a subtree
 * in a few set-based queries (never one per person).
 */
export interface FactSource {
  kinds: readonly FactKind[];
  load(em: EntityManager, q: FactQuery): Promise<Fact[]>;
}
