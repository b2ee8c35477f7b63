import { Box, Stack, Step, StepLabel, Stepper, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useLocale } from '../../common/fields';
import type { CommitmentFieldsFragment, CommitmentStep } from '../../gql/graphql';
import { RecordCommitmentStepDocument } from '../../graphql/records.documents';
import { formatDate } from '../../i18n/dates';
import type { FieldDef } from '../../records/model';
import { stepDate, stepEnum, stepLong } from '../../records/stepFields';
import { runMutation, StepButton } from '../../records/steps';

type Rec = Record<string, unknown>;

const STATUS_ORDER = ['PROPOSED', 'PUBLISHED', 'FULFILLED', 'EVALUATED'] as const;
const STEPS: { step: CommitmentStep; fields: FieldDef[] }[] = [
  { step: 'PUBLISHED', fields: [stepDate()] },
  { step: 'FULFILLED', fields: [stepDate(), stepLong('fulfilment')] },
  { step: 'EVALUATED', fields: [stepDate(), stepEnum('evaluationResult', 'CommitmentEvaluationResult', { required: true }), stepLong('evaluationComment')] },
];

function run(step: CommitmentStep) {
  return (values: Rec, record: Rec) => {
    const input: Rec = { step };
    for (const [k, v] of Object.entries(values)) if (v !== '' && v !== null && v !== undefined) input[k] = v;
    if (typeof record['version'] === 'number') input['version'] = record['version'];
    return runMutation(RecordCommitmentStepDocument, { id: String(record['id']), input: input as never });
  };
}

/**
 * 提出 → 公开 → 履行 → 评议 with the dates so far, and the three steps as buttons. Every step is offered, the
 * next one highlighted: an out-of-order step is the API's to refuse (S7.LIFECYCLE.OUT_OF_ORDER), and its
 * refusal is shown in the user's language.
 */
export function CommitmentLifecycle() {
  const record = useRecordContext<CommitmentFieldsFragment>();
  const translate = useTranslate();
  const locale = useLocale();
  if (!record) return null;
  const reached = STATUS_ORDER.indexOf(record.status);
  const dates = [record.proposedOn, record.publishedOn, record.fulfilledOn, record.evaluatedOn];
  return (
    <Box sx={{ p: 2 }} data-testid="commitment-lifecycle">
      <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {translate('lianxi.records.lifecycle')}
      </Typography>
      <Stepper activeStep={reached + 1} alternativeLabel sx={{ mb: 2 }}>
        {STATUS_ORDER.map((s, i) => (
          <Step key={s} completed={i <= reached}>
            <StepLabel optional={dates[i] ? <Typography variant="caption">{formatDate(dates[i], locale)}</Typography> : undefined}>
              {translate(`enums.CommitmentStatus.${s}`)}
            </StepLabel>
          </Step>
        ))}
      </Stepper>
      <Stack direction="row" spacing={1}>
        {STEPS.map(({ step, fields }, i) => (
          <StepButton
            key={step}
            label={`enums.CommitmentStep.${step}`}
            fields={fields}
            run={run(step)}
            variant={i === reached ? 'contained' : 'outlined'}
            {...(record.fulfilment ? { defaults: () => ({ fulfilment: record.fulfilment }) } : {})}
          />
        ))}
      </Stack>
    </Box>
  );
}
