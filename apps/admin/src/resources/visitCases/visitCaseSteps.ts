import type { VisitCaseState } from '../../gql/graphql';
import {
  ArchiveVisitCaseDocument,
  AssignVisitCaseDocument,
  CloseVisitCaseDocument,
  DecideVisitCaseDocument,
  ExtendVisitCaseDocument,
  ObjectToVisitCaseAssignmentDocument,
  RecordVisitCaseConversationDocument,
  SuperviseVisitCaseDocument,
  WithdrawVisitCaseDocument,
} from '../../graphql/records.documents';
import type { FieldDef } from '../../records/model';
import { stepDate, stepEnum, stepLong, stepNumber, stepRef, stepText } from '../../records/stepFields';
import { runMutation } from '../../records/steps';

type Rec = Record<string, unknown>;

export type VisitCaseStep =
  | 'decide_accept'
  | 'decide_cross_level'
  | 'decide_legal'
  | 'assign'
  | 'object'
  | 'supervise'
  | 'extend'
  | 'conversation'
  | 'close'
  | 'withdraw'
  | 'archive';

/**
 * The steps the API allows from each state (visit-case.service.ts: requireState). Only these are offered;
 * the API still checks each one (the forms in order, the reply, the dates) and its refusal is shown.
 */
export const STEPS_BY_STATE: Record<VisitCaseState, VisitCaseStep[]> = {
  REGISTERED: ['decide_accept', 'decide_cross_level', 'decide_legal', 'conversation', 'withdraw'],
  ACCEPTED: ['assign', 'extend', 'conversation', 'withdraw'],
  ASSIGNED: ['supervise', 'close', 'object', 'extend', 'conversation', 'withdraw'],
  SUPERVISED: ['supervise', 'close', 'extend', 'conversation', 'withdraw'],
  CLOSED: ['archive'],
  NOT_ACCEPTED: ['archive'],
  ROUTED_LEGAL: ['archive'],
  WITHDRAWN: ['archive'],
  ARCHIVED: [],
};

/** The values a step form sent, without empty inputs, plus the version read (a concurrent edit is a CONFLICT). */
function inputOf(values: Rec, record: Rec): Rec {
  const out: Rec = {};
  for (const [k, v] of Object.entries(values)) if (v !== '' && v !== null && v !== undefined) out[k] = v;
  if (typeof record['version'] === 'number') out['version'] = record['version'];
  return out;
}

const id = (record: Rec) => String(record['id']);

export interface StepSpec {
  fields: FieldDef[];
  run: (values: Rec, record: Rec) => Promise<unknown>;
  color?: 'primary' | 'error' | 'warning' | 'success';
}

const decide = (decision: 'ACCEPTED' | 'CROSS_LEVEL' | 'LEGAL_CHANNEL') => (values: Rec, record: Rec) =>
  runMutation(DecideVisitCaseDocument, { id: id(record), input: { ...inputOf(values, record), decision } as never });

export const STEP_SPECS: Record<VisitCaseStep, StepSpec> = {
  decide_accept: { fields: [stepDate(), stepLong('note')], run: decide('ACCEPTED'), color: 'success' },
  decide_cross_level: {
    fields: [stepDate(), stepText('redirectedTo', { required: true }), stepLong('note')],
    run: decide('CROSS_LEVEL'),
    color: 'warning',
  },
  decide_legal: { fields: [stepDate(), stepLong('note')], run: decide('LEGAL_CHANNEL'), color: 'warning' },
  assign: {
    fields: [stepDate(), stepRef('handlingUnitId', 'orgUnits', { required: true }), stepRef('responsiblePersonId', 'people', { required: true }), stepLong('instruction')],
    run: (values, record) => runMutation(AssignVisitCaseDocument, { id: id(record), input: inputOf(values, record) as never }),
  },
  object: {
    fields: [stepDate(), stepLong('reason', { required: true })],
    run: (values, record) => runMutation(ObjectToVisitCaseAssignmentDocument, { id: id(record), input: inputOf(values, record) as never }),
    color: 'warning',
  },
  supervise: {
    fields: [stepDate(), stepText('supervisor', { required: true }), stepLong('instruction', { required: true, label: 'supervision_instruction' }), stepLong('progress')],
    run: (values, record) => runMutation(SuperviseVisitCaseDocument, { id: id(record), input: inputOf(values, record) as never }),
  },
  extend: {
    fields: [stepDate(), stepNumber('days', { required: true }), stepLong('reason', { required: true })],
    run: (values, record) => runMutation(ExtendVisitCaseDocument, { id: id(record), input: inputOf(values, record) as never }),
  },
  conversation: {
    fields: [stepDate(), stepLong('record', { required: true })],
    run: (values, record) => runMutation(RecordVisitCaseConversationDocument, { id: id(record), input: inputOf(values, record) as never }),
  },
  close: {
    // The reply is not required here on purpose: the API's 办结必复 refusal says why, in the user's language.
    fields: [stepDate(), stepLong('result', { required: true }), stepLong('reply'), stepDate({ source: 'repliedOn', required: false }), stepEnum('satisfaction', 'Satisfaction')],
    run: (values, record) => runMutation(CloseVisitCaseDocument, { id: id(record), input: inputOf(values, record) as never }),
    color: 'success',
  },
  withdraw: {
    fields: [stepDate(), stepLong('reason', { required: true })],
    run: (values, record) => runMutation(WithdrawVisitCaseDocument, { id: id(record), input: inputOf(values, record) as never }),
    color: 'warning',
  },
  archive: {
    fields: [stepDate()],
    run: (values, record) => runMutation(ArchiveVisitCaseDocument, { id: id(record), input: inputOf(values, record) as never }),
  },
};
