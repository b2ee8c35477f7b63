import type { Fact } from '@lianxi/rules';
import type { FactSource } from '../compliance/fact-source.js';
import type { StoredConsultation } from './decision.entity.js';
import type { OpinionChannelKind } from './opinion.enums.js';
import { analysisFact, decisionFact, opinionChannelFact, opinionFact } from './opinion.facts-shape.js';

const D = (col: string) => `to_char(${col}, 'YYYY-MM-DD')`;
/** Live (not deleted) rows whose owning unit lies under the path. */
const UNDER = `join org_unit u on u.id = x.unit_id where x.deleted_at is null and u.path like ? || '%'`;

/**
 * S6 facts: channels open in the window, opinions received in it, decisions taken in it, analyses made in it.
 * Unit-level records: `personIds` does not narrow them. Four queries, whatever the number of units.
 */
export const opinionFactSource: FactSource = {
  kinds: ['OPINION_CHANNEL', 'OPINION', 'DECISION', 'ANALYSIS'],
  async load(em, q) {
    const conn = em.getConnection();
    const [channels, opinions, decisions, analyses] = await Promise.all([
      conn.execute<{ id: string; unit_id: string; opened_on: string; closed_on: string | null; kind: OpinionChannelKind }[]>(
        `select x.id, x.unit_id, ${D('x.occurred_on')} as opened_on, ${D('x.closed_on')} as closed_on, x.kind
           from opinion_channel x ${UNDER} and x.occurred_on <= ? and (x.closed_on is null or x.closed_on >= ?)`,
        [q.unitPath, q.to, q.from],
      ),
      conn.execute<{ id: string; unit_id: string; received_on: string; forwarded_on: string | null; forwarded_to: string | null; answered_on: string | null }[]>(
        `select x.id, x.unit_id, ${D('x.occurred_on')} as received_on, ${D('x.forwarded_on')} as forwarded_on, x.forwarded_to,
                ${D('x.answered_on')} as answered_on
           from opinion x ${UNDER} and x.occurred_on between ? and ?`,
        [q.unitPath, q.from, q.to],
      ),
      conn.execute<
        { id: string; unit_id: string; decided_on: string; consultations: StoredConsultation[]; risk_assessed_on: string | null; feedback_published_on: string | null }[]
      >(
        `select x.id, x.unit_id, ${D('x.decided_on')} as decided_on, x.consultations, ${D('x.risk_assessed_on')} as risk_assessed_on,
                ${D('x.feedback_published_on')} as feedback_published_on
           from decision x ${UNDER} and x.decided_on between ? and ?`,
        [q.unitPath, q.from, q.to],
      ),
      conn.execute<{ id: string; unit_id: string; made_on: string }[]>(
        `select x.id, x.unit_id, ${D('x.occurred_on')} as made_on from opinion_analysis x ${UNDER} and x.occurred_on between ? and ?`,
        [q.unitPath, q.from, q.to],
      ),
    ]);
    const facts: Fact[] = [];
    for (const r of channels) facts.push(opinionChannelFact({ id: r.id, unitId: r.unit_id, openedOn: r.opened_on, closedOn: r.closed_on, kind: r.kind }));
    for (const r of opinions) {
      facts.push(
        opinionFact({ id: r.id, unitId: r.unit_id, receivedOn: r.received_on, forwardedOn: r.forwarded_on, forwardedTo: r.forwarded_to, answeredOn: r.answered_on }),
      );
    }
    for (const r of decisions) {
      facts.push(
        decisionFact({
          id: r.id,
          unitId: r.unit_id,
          decidedOn: r.decided_on,
          consultations: r.consultations ?? [],
          riskAssessedOn: r.risk_assessed_on,
          feedbackPublishedOn: r.feedback_published_on,
        }),
      );
    }
    for (const r of analyses) facts.push(analysisFact({ id: r.id, unitId: r.unit_id, madeOn: r.made_on }));
    return facts;
  },
};
