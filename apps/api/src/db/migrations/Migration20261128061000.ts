import { Migration } from '@mikro-orm/migrations';

/**
 * Kept counters per contact point (issue 9): a person's visits to each contact point, by length, and to each
 * linked family, per month — in `compliance_counter` under a kind that names the point, so the triggers' bump,
 * the recount and the drift check of migration 20261128021006 keep them too:
 *   CONTACT_VISIT@<link id>@<days>    FAMILY_VISIT@<household id>
 * S2.VISITS and S2.FAMILY_VISITS read them (grouped-sources.ts) instead of grouping a million visits per request.
 * The view of counted facts is extended from its own definition, so the frozen spec of 20261128021006 stays the
 * only place its first part is written.
 */
interface PointSpec {
  table: string;
  /** The counter kind of a row `r`: the fact kind, the contact point and, for visits, their length. */
  kind: string;
}

const SPECS: readonly PointSpec[] = [
  { table: 'contact_visit', kind: `'CONTACT_VISIT@' || r.link_id || '@' || r.days` },
  { table: 'family_visit', kind: `'FAMILY_VISIT@' || r.household_id` },
];

const at = (sql: string, alias: string) => sql.replaceAll('r.', `${alias}.`);

function viewPart(s: PointSpec): string {
  return `select r.person_id as subject_id, ${s.kind} as kind, r.occurred_on::date as day, 0::numeric as days, r.id as record_id
      from "${s.table}" r where r.person_id is not null and r.deleted_at is null`;
}

function triggerSql(s: PointSpec): string[] {
  const fn = `lianxi_counter_${s.table}`;
  const tuple = (a: string) => `(${a}.person_id, ${at(s.kind, a)}, ${a}.occurred_on, ${a}.deleted_at is null)`;
  const bump = (a: string, dn: number) => `perform lianxi_counter_bump(array[${a}.person_id]::uuid[], ${at(s.kind, a)}, ${a}.occurred_on::date, ${dn}, 0);`;
  return [
    `create function ${fn}() returns trigger language plpgsql as $$
begin
  -- An update that changes nothing counted (a note, the findings) leaves the counters alone.
  if tg_op = 'UPDATE' and ${tuple('old')} is not distinct from ${tuple('new')} then
    return null;
  end if;
  if tg_op <> 'INSERT' and old.deleted_at is null then
    ${bump('old', -1)}
  end if;
  if tg_op <> 'DELETE' and new.deleted_at is null then
    ${bump('new', 1)}
  end if;
  return null;
end $$;`,
    `create trigger ${fn} after insert or update or delete on "${s.table}" for each row execute function ${fn}();`,
  ];
}

export class Migration20261128061000 extends Migration {
  override async up(): Promise<void> {
    const parts = SPECS.map(viewPart).join('\n    union all\n    ');
    // pg_get_viewdef gives the view's query as stored (ending in ';'): the new parts are appended to it.
    this.addSql(`do $do$
begin
  execute 'create or replace view compliance_counted_fact as ' || rtrim(pg_get_viewdef('compliance_counted_fact'::regclass), '; ' || chr(10))
    || ' union all ' || ${pgString(parts)};
end $do$;`);
    for (const s of SPECS) for (const sql of triggerSql(s)) this.addSql(sql);
    this.addSql(`select lianxi_recount_counters();`);
  }

  override async down(): Promise<void> {
    for (const s of SPECS) {
      this.addSql(`drop trigger if exists lianxi_counter_${s.table} on "${s.table}";`);
      this.addSql(`drop function if exists lianxi_counter_${s.table}();`);
    }
    this.addSql(`do $do$
begin
  execute 'create or replace view compliance_counted_fact as select * from ('
    || rtrim(pg_get_viewdef('compliance_counted_fact'::regclass), '; ' || chr(10))
    || ') v where kind not like ''CONTACT_VISIT@%'' and kind not like ''FAMILY_VISIT@%''';
end $do$;`);
    this.addSql(`delete from compliance_counter where kind like 'CONTACT_VISIT@%' or kind like 'FAMILY_VISIT@%';`);
  }
}

/** A SQL string literal. */
function pgString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
