import type { GqlResult, TestApi } from '../../test/gql.js';
import type { TestDb } from '../../test/test-db.js';

// Helpers the record modules' integration tests share.

export const codeOf = (r: GqlResult): unknown => r.errors?.[0]?.extensions?.['code'];
export const fieldOf = (r: GqlResult): unknown => r.errors?.[0]?.extensions?.['field'];
export const ruleOf = (r: GqlResult): unknown => r.errors?.[0]?.extensions?.['rule'];

/** Rows of a table, read with SQL apart from the API: what a refused write must leave unchanged. */
export async function rowsIn(db: TestDb, table: string): Promise<number> {
  const r = await db.orm.em.fork().getConnection().execute<{ n: string }[]>(`select count(*) as n from "${table}"`);
  return Number(r[0]?.n ?? 0);
}

/** Runs `mutation($i: <Input>!) { x: <name>(input: $i) { <sel> } }` and returns the raw result. */
export function create(api: TestApi, name: string, input: Record<string, unknown>, sel = 'id', headers?: Record<string, string>): Promise<GqlResult> {
  const type = `${name.charAt(0).toUpperCase()}${name.slice(1)}Input`;
  return api.exec(`mutation($i: ${type}!) { x: ${name}(input: $i) { ${sel} } }`, { i: input }, headers);
}

/** Like `create`, failing the test on any error; returns the created object. */
export async function created<T = { id: string }>(api: TestApi, name: string, input: Record<string, unknown>, sel = 'id', headers?: Record<string, string>): Promise<T> {
  const r = await create(api, name, input, sel, headers);
  if (r.errors?.length) throw new Error(`${name}: ${JSON.stringify(r.errors)}`);
  return (r.data as { x: T }).x;
}

/** Audit rows written for one entity id. */
export async function auditOf(db: TestDb, entityId: string): Promise<{ action: string; changes: Record<string, [unknown, unknown]> }[]> {
  return db.orm.em.fork().getConnection().execute(`select action, changes from audit_log where entity_id = ? order by id`, [entityId]);
}
