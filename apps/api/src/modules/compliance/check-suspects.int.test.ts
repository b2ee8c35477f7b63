import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createTestDb, type TestDb } from '../../test/test-db.js';
import { CHECK_SUSPECTS } from './check-suspects.js';

/**
 * The suspects queries must stay usable by their partial indexes (migrations 20261128060000 and 20261128194000):
 * a condition that drifts from its index's expression silently turns into a scan of a year's records.
 */
describe('suspects queries', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(async () => db?.drop());

  /** The statement a suspects source sends, as PostgreSQL receives it (values inlined by the ORM). */
  async function statementOf(check: 'EXPERIENCE_DIARY' | 'CONDUCT'): Promise<string> {
    const sent: string[] = [];
    const platform = db.orm.em.getPlatform();
    const capture = {
      getConnection: () => ({
        execute: async (sql: string, params: unknown[]) => {
          sent.push(platform.formatQuery(sql, params));
          return [];
        },
      }),
    } as unknown as EntityManager; // only the statement is wanted here; it runs below, on the real database
    await CHECK_SUSPECTS[check]!.load(capture, { from: '2025-01-01', to: '2025-12-31', unitPath: '/' }, () => 5);
    expect(sent).toHaveLength(1);
    return sent[0]!;
  }

  // The diary index must be searched by its expression (a full scan of a partial index would also show its name);
  // the conduct index is usable only when the query implies its predicate.
  for (const [check, index, searched] of [
    ['EXPERIENCE_DIARY', 'experience_diary_suspects', 'Index Cond: (char_length(btrim('],
    ['CONDUCT', 'research_trip_conduct_suspects', 'research_trip_conduct_suspects'],
  ] as const) {
    it(`lets the ${check} suspects be read through ${index}`, async () => {
      const sql = await statementOf(check);
      const plan = await db.orm.em.fork().transactional(async (tx) => {
        // With scans priced out, the plan uses the index if and only if the query's condition matches it.
        await tx.execute('set local enable_seqscan = off');
        return tx.execute<{ 'QUERY PLAN': string }[]>(`explain ${sql}`);
      });
      const text = plan.map((r) => r['QUERY PLAN']).join('\n');
      expect(text).toContain(index);
      expect(text).toContain(searched);
    });
  }
});
