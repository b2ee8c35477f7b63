import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useRecordContext } from 'react-admin';
import type { YearEndReportStepInput, ReceptionDayFieldsFragment, ResearchTopicFieldsFragment, YearEndReportFieldsFragment } from '../gql/graphql';
import {
  AcceptYearEndReportDocument,
  AnnounceReceptionDayDocument,
  ApproveResearchTopicDocument,
  ReturnYearEndReportDocument,
  SubmitYearEndReportDocument,
} from '../graphql/records.documents';
import { stepDate, stepLong } from './stepFields';
import { runMutation, StepButton } from './steps';

type Rec = Record<string, unknown>;
const version = (record: Rec) => (typeof record['version'] === 'number' ? { version: record['version'] } : {});
const clean = (values: Rec): Rec => Object.fromEntries(Object.entries(values).filter(([, v]) => v !== '' && v !== null && v !== undefined));

/** S1: the Party committee's approval of a proposed topic (提出 → 审定). */
export function ResearchTopicActions() {
  const record = useRecordContext<ResearchTopicFieldsFragment>();
  if (record?.status !== 'PROPOSED') return null;
  return (
    <StepButton
      label="lianxi.records.approve"
      fields={[stepDate({ label: 'date' })]}
      run={(values, r) =>
        runMutation(ApproveResearchTopicDocument, { id: String(r['id']), input: { approvedOn: String(values['date']), ...version(r) } })
      }
    />
  );
}

/** G.YEAR_END: draft or returned → submitted → accepted, or returned with comments. */
export function YearEndReportActions() {
  const record = useRecordContext<YearEndReportFieldsFragment>();
  if (!record) return null;
  const step = <D,>(document: TypedDocumentNode<D, { id: string; input: YearEndReportStepInput }>) => (values: Rec, r: Rec) =>
    runMutation(document, { id: String(r['id']), input: { ...(clean(values) as { date: string }), ...version(r) } });
  return (
    <>
      {record.status === 'DRAFT' || record.status === 'RETURNED' ? (
        <StepButton label="lianxi.records.submit_report" fields={[stepDate()]} run={step(SubmitYearEndReportDocument)} variant="contained" />
      ) : null}
      {record.status === 'SUBMITTED' ? (
        <>
          <StepButton label="lianxi.records.accept_report" fields={[stepDate(), stepLong('comments', { label: 'evaluationComment' })]} run={step(AcceptYearEndReportDocument)} color="success" />
          <StepButton label="lianxi.records.return_report" fields={[stepDate(), stepLong('comments', { required: true, label: 'evaluationComment' })]} run={step(ReturnYearEndReportDocument)} color="warning" />
        </>
      ) : null}
    </>
  );
}

/** S4.ANNOUNCED: publish a reception day (it then shows on the public page and in the .ics feed). */
export function ReceptionDayActions() {
  const record = useRecordContext<ReceptionDayFieldsFragment>();
  if (!record || record.announcedAt) return null;
  return <StepButton label="lianxi.records.announce" fields={[]} run={(_values, r) => runMutation(AnnounceReceptionDayDocument, { id: String(r['id']) })} variant="contained" />;
}
