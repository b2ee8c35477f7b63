import type { Fact, VisitCaseFact } from '@lianxi/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FactQuery, FactSource } from '../compliance/fact-source.js';

interface Row {
  id: string;
  personId: string | null;
  unitId: string;
  date: string;
  acceptedOn: string | null;
  assignedOn: string | null;
  handlingUnitId: string | null;
  responsiblePersonId: string | null;
  supervisedOn: string | null;
  closedOn: string | null;
  repliedOn: string | null;
  conversationRecord: boolean;
  visitorCount: number;
  receivedByLeader: boolean;
  decision: string | null;
  redirectedTo: string | null;
  category: string;
  channel: 'PETITION' | 'LEGAL' | null;
  extensionDays: number | null;
}

const d = (col: string) => `to_char(${col}, 'YYYY-MM-DD')`;

/** Visit cases registered in the window under the subtree (unit facts: S4.FORMS, COLLECTIVE, LEVEL, LEGAL). */
export const visitCaseFactSource: FactSource = {
  kinds: ['VISIT_CASE'],
  async load(em: EntityManager, q: FactQuery): Promise<Fact[]> {
    const rows = await em.getConnection().execute<Row[]>(
      `select c.id::text as id, c.person_id::text as "personId", c.unit_id::text as "unitId", ${d('c.occurred_on')} as date,
              ${d('c.accepted_on')} as "acceptedOn", ${d('c.assigned_on')} as "assignedOn",
              c.handling_unit_id::text as "handlingUnitId", c.responsible_person_id::text as "responsiblePersonId",
              c.supervisions -> 0 ->> 'date' as "supervisedOn", ${d('c.closed_on')} as "closedOn", ${d('c.replied_on')} as "repliedOn",
              (c.conversation_record is not null) as "conversationRecord", c.visitor_count as "visitorCount",
              c.received_by_leader as "receivedByLeader", c.decision, c.redirected_to as "redirectedTo", c.category, c.channel,
              c.extension_days as "extensionDays"
         from visit_case c join org_unit u on u.id = c.unit_id
        where u.path like ? and c.occurred_on between ? and ?`,
      [`${q.unitPath}%`, q.from, q.to],
    );
    return rows.map(({ decision, category, ...r }): VisitCaseFact => ({
      kind: 'VISIT_CASE',
      ...r,
      crossLevel: decision === 'CROSS_LEVEL',
      legalMatter: category === 'LITIGATION',
    }));
  },
};
