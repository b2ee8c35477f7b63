import { makeRecordCreate, makeRecordEdit, makeRecordList } from '../../records/components';
import { visitCases as def } from '../../records/definitions';
import { VisitCaseShow } from './VisitCaseShow';

/**
 * Visit cases (信访案件): the inbox from the generic list (state, category and clock filters), the registration
 * form with an idempotency key so a retried submission does not create a twin, and their own case page.
 * Nothing here deletes a case: the spec has no delete operation and no screen offers one.
 */
export const visitCases = {
  list: makeRecordList(def),
  show: VisitCaseShow,
  edit: makeRecordEdit(def),
  create: makeRecordCreate(def, () => ({ idempotencyKey: crypto.randomUUID(), visitors: [{ name: '' }] })),
  recordRepresentation: 'matter',
};
