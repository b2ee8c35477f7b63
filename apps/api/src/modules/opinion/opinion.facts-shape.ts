// Record → rules Fact, one function per kind: used by the fact source (from SQL rows) and by the services
// (from entities, to run the same checks the evaluator runs).

import type { AnalysisFact, DecisionFact, OpinionChannelFact, OpinionFact } from '@lianxi/rules';
import type { StoredConsultation } from './decision.entity.js';
import { RULE_CHANNEL, type OpinionChannelKind } from './opinion.enums.js';

export function opinionChannelFact(r: { id: string; unitId: string; openedOn: string; closedOn: string | null; kind: OpinionChannelKind }): OpinionChannelFact {
  return { id: r.id, kind: 'OPINION_CHANNEL', unitId: r.unitId, date: r.openedOn, endDate: r.closedOn, channel: RULE_CHANNEL[r.kind] };
}

export function opinionFact(r: {
  id: string;
  unitId: string;
  receivedOn: string;
  forwardedOn: string | null;
  forwardedTo: string | null;
  answeredOn: string | null;
}): OpinionFact {
  return {
    id: r.id,
    kind: 'OPINION',
    unitId: r.unitId,
    date: r.receivedOn,
    forwardedOn: r.forwardedOn,
    forwardedTo: r.forwardedTo,
    answeredOn: r.answeredOn,
  };
}

/** A decision is a fact from the day it was taken; a decision still being prepared is none yet. */
export function decisionFact(r: {
  id: string;
  unitId: string;
  decidedOn: string;
  consultations: readonly StoredConsultation[];
  riskAssessedOn: string | null;
  feedbackPublishedOn: string | null;
}): DecisionFact {
  return {
    id: r.id,
    kind: 'DECISION',
    unitId: r.unitId,
    date: r.decidedOn,
    consultations: r.consultations.map((c) => ({ date: c.date, form: c.form })),
    riskAssessedOn: r.riskAssessedOn,
    feedbackPublishedOn: r.feedbackPublishedOn,
  };
}

export function analysisFact(r: { id: string; unitId: string; madeOn: string }): AnalysisFact {
  return { id: r.id, kind: 'ANALYSIS', unitId: r.unitId, date: r.madeOn };
}
