import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261127230639 } from './Migration20261127230639.js';
import { Migration20261127231959 } from './Migration20261127231959.js';
import { Migration20261127235446 } from './Migration20261127235446.js';
import { Migration20261127234854 } from './Migration20261127234854.js';
import { Migration20261127235804 } from './Migration20261127235804.js';
import { Migration20261128000117 } from './Migration20261128000117.js';
import { Migration20261128020449 } from './Migration20261128020449.js';
import { Migration20261128021006 } from './Migration20261128021006.js';
import { Migration20261128021907 } from './Migration20261128021907.js';
import { Migration20261128023000 } from './Migration20261128023000.js';
import { Migration20261128060000 } from './Migration20261128060000.js';
import { Migration20261128061000 } from './Migration20261128061000.js';
import { Migration20261128190000 } from './Migration20261128190000.js';
import { Migration20261128191000 } from './Migration20261128191000.js';
import { Migration20261128192000 } from './Migration20261128192000.js';
import { Migration20261128193000 } from './Migration20261128193000.js';
import { Migration20261129050000 } from './Migration20261129050000.js';
import { Migration20261128194000 } from './Migration20261128194000.js';

/**
 * Every migration, oldest first. Listed rather than read from a folder so that the compiled server, the tests
 * and the CLI run exactly the same set. `pnpm --filter @lianxi/api db:migration:create` writes a new file
 * (from the built entities, so build first); add it here. Never edit one that has shipped.
 */
export const MIGRATIONS: MigrationObject[] = [
  // Organisation tree, households, people, positions, deputy terms, settings.
  { name: 'Migration20261127230639', class: Migration20261127230639 },
  // Accounts, sessions, API tokens, login counters, and the append-only audit log.
  { name: 'Migration20261127231959', class: Migration20261127231959 },
  // Local rule sets (G.LOCAL_RULES).
  { name: 'Migration20261127234854', class: Migration20261127234854 },
  // Reception days, the farm duty roster and petition visit cases (S4); visit cases refuse DELETE.
  { name: 'Migration20261127235446', class: Migration20261127235446 },
  // Records of the person-centred systems: research (S1), contact points (S2), secondments (S3), talks (S5), experiences (S10).
  { name: 'Migration20261127235804', class: Migration20261127235804 },
  // Opinions, decisions, analyses (S6), commitments (S7), deputy activities, pairings and duty reports (S8),
  // community registrations, service projects and pairings (S9), year-end reports (G.YEAR_END).
  { name: 'Migration20261128000117', class: Migration20261128000117 },
  // Soft delete: every record keeps a deleted_at (records are evidence; an admin restores them).
  { name: 'Migration20261128020449', class: Migration20261128020449 },
  // Kept compliance counters per subject × kind × month, maintained by row triggers; a view of counted facts to rebuild them.
  { name: 'Migration20261128021006', class: Migration20261128021006 },
  // Evidence attachments of every record kind, bytes in PostgreSQL (docs/adr/0005).
  { name: 'Migration20261128021907', class: Migration20261128021907 },
  // Unique keys of records hold among live rows only: a deleted record (kept as evidence) frees its place.
  { name: 'Migration20261128023000', class: Migration20261128023000 },
  // The trips S1.CONDUCT may fail, indexed for the roll-up's suspects (check-suspects.ts).
  { name: 'Migration20261128060000', class: Migration20261128060000 },
  // Kept counters per contact point and linked family (visits by person, point and length, per month).
  { name: 'Migration20261128061000', class: Migration20261128061000 },
  // A stamp of the last change to people, posts, terms, units and households: roll-ups keep populations by it.
  { name: 'Migration20261128190000', class: Migration20261128190000 },
  // Counters by kind and month, for roll-ups over a whole subtree.
  { name: 'Migration20261128191000', class: Migration20261128191000 },
  // The counters' upsert keeps its plan (PL/pgSQL): cheaper upkeep on every record write.
  { name: 'Migration20261128192000', class: Migration20261128192000 },
  // The counters' recount writes only the rows that differ (no million dead rows per recount).
  { name: 'Migration20261128193000', class: Migration20261128193000 },
  // Experiences by the length of their trimmed diary: S10.DIARY's suspects read through an index.
  { name: 'Migration20261128194000', class: Migration20261128194000 },
  // Finished roll-ups kept with a stamp of the last change to anything they are computed from (ADR 0010).
  { name: 'Migration20261129050000', class: Migration20261129050000 },
];
