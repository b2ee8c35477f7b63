// Hand-written SQL answering `unitCompliance(unitId, year, system: "S10")` for a past year (as-of 31 December:
// quotas are MET or MISSED, no pace). It mirrors @lianxi/rules for S10: profiles from dated posts (S10.LEADERS for
// bureau/farm leadership teams and division-rank Party members in service, S10.OTHERS for other in-service Party
// members), quotas pro-rated by the share of the year the profile was held (rounded half up), and S10.DIARY
// (every experience of the year has a non-blank diary; not applicable without experiences).
// `counted` reads the number of experiences from the kept counters instead of the experience table.

const LEADER_RANKS = `('DEPUTY_DIVISION', 'DIVISION')`;

function sql(counted) {
  const experiences = counted
    ? `select c.subject_id as person_id, sum(c.n)::int as n from compliance_counter c join pe on pe.id = c.subject_id
        where c.kind = 'EXPERIENCE' and c.month between $2::date and $3::date group by 1`
    : `select x.person_id, count(*)::int as n from experience x join org_unit xu on xu.id = x.unit_id
        where xu.path like $1 || '%' and x.deleted_at is null and x.occurred_on between $2::date and $3::date and x.person_id is not null
        group by 1`;
  // The diary check needs the text: only the failing rows are read (blank after trimming).
  const badDiaries = `select distinct x.person_id from experience x join org_unit xu on xu.id = x.unit_id
        where xu.path like $1 || '%' and x.deleted_at is null and x.occurred_on between $2::date and $3::date
          and length(btrim(x.diary, E' \\t\\n\\r\\u3000')) = 0`;
  return `
with pe as (
  select p.id, p.party_member, p.rank, u.path from person p join org_unit u on u.id = p.unit_id where u.path like $1 || '%'
), pos as (
  select x.person_id, x.starts_on, x.ends_on, (ou.kind in ('BUREAU', 'FARM') and (x.leadership_team or x.principal)) as team
    from position x join org_unit ou on ou.id = x.unit_id join pe on pe.id = x.person_id
   where x.starts_on <= $3::date and (x.ends_on is null or x.ends_on >= $2::date)
), cuts as (
  select id as person_id, $2::date as d from pe
  union select person_id, starts_on from pos where starts_on > $2::date
  union select person_id, ends_on + 1 from pos where ends_on is not null and ends_on + 1 <= $3::date
), seg as (
  select person_id, d as s, coalesce(lead(d) over (partition by person_id order by d) - 1, $3::date) as e from cuts
), segp as (
  select seg.person_id, seg.s, seg.e, seg.e - seg.s + 1 as days,
         bool_or(pos.person_id is not null) as in_service, coalesce(bool_or(pos.team), false) as team
    from seg left join pos on pos.person_id = seg.person_id and pos.starts_on <= seg.s and (pos.ends_on is null or pos.ends_on >= seg.s)
   group by 1, 2, 3
), held as (
  select sp.person_id,
         coalesce(sum(sp.days) filter (where sp.team or (sp.in_service and pe.party_member and pe.rank in ${LEADER_RANKS})), 0) as lead_days,
         coalesce(sum(sp.days) filter (where sp.in_service and pe.party_member and not (sp.team or pe.rank in ${LEADER_RANKS})), 0) as other_days
    from segp sp join pe on pe.id = sp.person_id group by 1
), ex as (${experiences}
), bad as (${badDiaries}
), quota as (
  select h.person_id, r.rule_id, r.full_req, r.d::float8 / $4::float8 as share
    from held h cross join lateral (values ('S10.LEADERS', 3, h.lead_days), ('S10.OTHERS', 1, h.other_days)) as r(rule_id, full_req, d)
   where r.d > 0
), results as (
  select q.person_id, q.rule_id,
         case when coalesce(ex.n, 0) >= q.req then 'MET' else 'MISSED' end as status
    from (select quota.*, case when share >= 1 then full_req else least(full_req, greatest(0, floor(full_req * share + 0.5 + 1e-9))) end as req from quota) q
    left join ex on ex.person_id = q.person_id
   where q.req > 0
  union all
  select ex.person_id, 'S10.DIARY', case when bad.person_id is null then 'MET' else 'MISSED' end
    from ex join pe on pe.id = ex.person_id left join bad on bad.person_id = ex.person_id where ex.n > 0
)
select r.rule_id, split_part(pe.path, '/', $5::int) as child, r.status, count(*)::int as n
  from results r join pe on pe.id = r.person_id group by 1, 2, 3`;
}

const RULE_ORDER = ['S10.LEADERS', 'S10.OTHERS', 'S10.DIARY'];

/** The unitCompliance answer (the fields the benchmark asks the API for) from one SQL statement. */
export async function s10RollUp(pool, root, children, year, counted) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const yearDays = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
  const rows = (await pool.query({ name: counted ? 's10-counted' : 's10-raw', text: sql(counted), values: [root.path, from, to, yearDays, root.depth + 3] })).rows;
  const tally = () => ({ applicable: 0, met: 0, onTrack: 0, atRisk: 0, missed: 0 });
  const add = (t, status, n) => {
    t.applicable += n;
    if (status === 'MET') t.met += n;
    else t.missed += n;
  };
  const total = tally();
  const byRule = new Map();
  const byChild = new Map(children.map((c) => [c.id, tally()]));
  for (const r of rows) {
    add(total, r.status, r.n);
    if (!byRule.has(r.rule_id)) byRule.set(r.rule_id, tally());
    add(byRule.get(r.rule_id), r.status, r.n);
    const c = byChild.get(r.child);
    if (c) add(c, r.status, r.n);
  }
  const rate = (t) => (t.applicable ? (t.met + t.onTrack) / t.applicable : null);
  return {
    rate: rate(total),
    rules: RULE_ORDER.filter((id) => byRule.has(id)).map((ruleId) => ({ ruleId, ...byRule.get(ruleId) })),
    children: children.map((c) => {
      const t = byChild.get(c.id);
      return { unitId: c.id, rate: rate(t), applicable: t.applicable, atRisk: t.atRisk, missed: t.missed };
    }),
  };
}
