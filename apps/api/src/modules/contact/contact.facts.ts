import type { BranchPairingFact, ContactLinkFact, ContactVisitFact, Fact, FactKind, FamilyVisitFact } from '@lianxi/rules';
import type { FactSource } from '../compliance/fact-source.js';
import { factScope, sqlDate } from '../common/record-kit.js';

type Row<T> = T & { id: string; person_id: string | null; unit_id: string; date: string };

/** S2's records for the compliance evaluator: links with their targets' kind and flags, visits, pairings. */
export const contactFacts: FactSource = {
  kinds: ['CONTACT_LINK', 'CONTACT_VISIT', 'FAMILY_VISIT', 'BRANCH_PAIRING'],
  byKind: true,
  async load(em, q) {
    const conn = em.getConnection();
    const wants = (kind: FactKind) => !q.kinds || q.kinds.includes(kind);
    const links = wants('CONTACT_LINK') ? factScope('contact_link', q, true) : null;
    const visits = wants('CONTACT_VISIT') ? factScope('contact_visit', q) : null;
    const families = wants('FAMILY_VISIT') ? factScope('family_visit', q) : null;
    const pairings = wants('BRANCH_PAIRING') ? factScope('branch_pairing', q, true) : null;
    const base = `x.id::text, x.person_id::text, x.unit_id::text, ${sqlDate('x.occurred_on')} as date`;
    const facts: Fact[] = [];
    const linkRows = !links ? [] : await conn.execute<
      Row<{ end_date: string | null; target_id: string; target_kind: string; target_flags: string[]; target_sector: string | null; level: ContactLinkFact['level']; end_reason: string | null }>[]
    >(
      `select ${base}, ${sqlDate('x.ends_on')} as end_date, coalesce(x.target_unit_id, x.target_household_id)::text as target_id,
              coalesce(t.kind, 'HOUSEHOLD') as target_kind, coalesce(t.flags, h.flags, '{}')::text[] as target_flags, t.sector as target_sector,
              x.level, x.end_reason
         ${links.sql.replace('where', 'left join org_unit t on t.id = x.target_unit_id left join household h on h.id = x.target_household_id where')}`,
      links.params,
    );
    for (const r of linkRows) {
      facts.push({
        kind: 'CONTACT_LINK', id: r.id, personId: r.person_id, unitId: r.unit_id, date: r.date, endDate: r.end_date,
        targetId: r.target_id, targetKind: r.target_kind as ContactLinkFact['targetKind'],
        targetFlags: r.target_flags as ContactLinkFact['targetFlags'], targetSector: r.target_sector as ContactLinkFact['targetSector'],
        level: r.level, endReason: r.end_reason,
      });
    }
    const visitRows = !visits ? [] : await conn.execute<Row<{ link_id: string; days: string }>[]>(
      `select ${base}, x.link_id::text, x.days ${visits.sql}`,
      visits.params,
    );
    for (const r of visitRows) {
      const f: ContactVisitFact = { kind: 'CONTACT_VISIT', id: r.id, personId: r.person_id, unitId: r.unit_id, date: r.date, linkId: r.link_id, days: Number(r.days) };
      facts.push(f);
    }
    const familyRows = !families ? [] : await conn.execute<Row<{ household_id: string; link_id: string | null }>[]>(
      `select ${base}, x.household_id::text, x.link_id::text ${families.sql}`,
      families.params,
    );
    for (const r of familyRows) {
      const f: FamilyVisitFact = { kind: 'FAMILY_VISIT', id: r.id, personId: r.person_id, unitId: r.unit_id, date: r.date, householdId: r.household_id, linkId: r.link_id };
      facts.push(f);
    }
    const pairingRows = !pairings ? [] : await conn.execute<Row<{ end_date: string | null; branch_id: string; flags: string[] }>[]>(
      `select ${base}, ${sqlDate('x.ends_on')} as end_date, x.branch_id::text, b.flags::text[] as flags
         ${pairings.sql.replace('where', 'join org_unit b on b.id = x.branch_id where')}`,
      pairings.params,
    );
    for (const r of pairingRows) {
      const f: BranchPairingFact = {
        kind: 'BRANCH_PAIRING', id: r.id, personId: r.person_id, unitId: r.unit_id, date: r.date, endDate: r.end_date,
        targetId: r.branch_id, targetFlags: r.flags as BranchPairingFact['targetFlags'],
      };
      facts.push(f);
    }
    return facts;
  },
};
