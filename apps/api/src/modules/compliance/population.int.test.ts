import { describe, expect, it } from 'vitest';
import type { PersonSubject } from '@lianxi/rules';
import { useAccessWorld } from '../../test/access-fixture.js';
import { runCompliance } from './compliance.service.js';
import { forgetPopulations } from './population.js';

const TABLES = ['org_unit', 'person', 'position', 'deputy_term', 'household'];

/** Roll-ups keep a subtree's people, posts and units while the database's population stamp is unchanged. */
describe('kept populations', () => {
  const t = useAccessWorld();

  const sql = <T = unknown>(text: string, params: unknown[] = []) => t.api.server.systemContext().em.getConnection().execute<T[]>(text, params);
  const version = async () => (await sql<{ xid: string }>(`select xid::text as xid from population_version where id = 1`))[0]?.xid;
  const run = () => runCompliance(t.api.server.systemContext(), t.w.t.heshan.id, 2025, null, { system: 'S10' });
  const subjectOf = (r: Awaited<ReturnType<typeof run>>, personId: string) =>
    r.results.find((x) => x.subject.id === personId)?.subject as PersonSubject | undefined;

  it('reuses the people of a subtree while nothing changed', async () => {
    forgetPopulations();
    const first = await run();
    const second = await run();
    const someone = first.results.find((x) => !('subjectType' in x.subject))?.subject.id;
    expect(someone).toBeDefined();
    expect(subjectOf(second, someone!)).toBe(subjectOf(first, someone!));
  });

  it('sees a person added behind the API (as psql would) on the next roll-up', async () => {
    await run();
    const before = await version();
    const [added] = await sql<{ id: string }>(
      `insert into person (id, name, gender, birth_date, party_member, rank, unit_id, version, created_at, updated_at)
       values (gen_random_uuid(), '新来的', 'MALE', '1980-01-01', true, 'SECTION', ?, 1, now(), now()) returning id`,
      [t.w.t.area1.id],
    );
    expect(await version()).not.toBe(before);
    const after = await run();
    expect(after.people.has(added!.id)).toBe(true);
  });

  it('leaves the stamp and the kept people as they were when a change is rolled back', async () => {
    const first = await run();
    const before = await version();
    const em = t.api.server.systemContext().em;
    await em
      .transactional(async (tx) => {
        await tx.execute(`update person set name = name || '（改）' where unit_id = ?`, [t.w.t.area1.id]);
        // Inside a transaction a roll-up neither uses nor keeps a population: it reads its own.
        const inside = await runCompliance({ ...t.api.server.systemContext(), em: tx }, t.w.t.heshan.id, 2025, null, { system: 'S10' });
        const someone = first.results.find((x) => !('subjectType' in x.subject))!.subject.id;
        expect(subjectOf(inside, someone)).not.toBe(subjectOf(first, someone));
        throw new Error('roll back');
      })
      .catch((e: Error) => expect(e.message).toBe('roll back'));
    expect(await version()).toBe(before);
    const again = await run();
    expect([...again.people.values()].some((p) => p.name.endsWith('（改）'))).toBe(false);
    const someone = first.results.find((x) => !('subjectType' in x.subject))!.subject.id;
    expect(subjectOf(again, someone)).toBe(subjectOf(first, someone));
  });

  it('is stamped by a committed change to each table a population is read from', async () => {
    const triggers = await sql<{ tgname: string }>(`select tgname from pg_trigger where tgname like 'lianxi_population_%' order by 1`);
    expect(triggers.map((t) => t.tgname)).toEqual(TABLES.map((t) => `lianxi_population_${t}`).sort());
    let exercised = 0;
    for (const table of TABLES) {
      const [row] = await sql<{ id: string }>(`select id from "${table}" limit 1`);
      if (!row) continue;
      const before = await version();
      await sql(`update "${table}" set id = id where id = ?`, [row.id]);
      expect(await version(), table).not.toBe(before);
      exercised += 1;
    }
    expect(exercised).toBeGreaterThanOrEqual(4);
  });
});
