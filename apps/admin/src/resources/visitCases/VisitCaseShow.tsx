import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import PrintIcon from '@mui/icons-material/Print';
import { Box, Button, Card, CardContent, CardHeader, Chip, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { EditButton, Show, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { useLocale } from '../../common/fields';
import { LoadError } from '../../common/LoadError';
import type { VisitCaseFieldsFragment } from '../../gql/graphql';
import { formatDate } from '../../i18n/dates';
import { refLabel } from '../../records/model';
import { WarningChips } from '../../records/components';
import { StepButton } from '../../records/steps';
import { STEP_SPECS, STEPS_BY_STATE } from './visitCaseSteps';
import { AttachmentsPanel } from '../../records/AttachmentsPanel';

type VisitCase = VisitCaseFieldsFragment;

const CLOCK_COLORS = { RUNNING: 'info', DUE_SOON: 'warning', OVERDUE: 'error', MET: 'success', LATE: 'warning' } as const;

/** The legal next steps of the case's state, each a button opening its small form. */
function NextSteps() {
  const record = useRecordContext<VisitCase>();
  const translate = useTranslate();
  if (!record) return null;
  const steps = STEPS_BY_STATE[record.state];
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }} data-testid="next-steps">
      <Typography variant="subtitle2">{translate('lianxi.records.next_steps')}：</Typography>
      {steps.length === 0 ? <Typography variant="body2">{translate('lianxi.records.no_next_step')}</Typography> : null}
      {steps.map((step, i) => {
        const spec = STEP_SPECS[step];
        return (
          <StepButton
            key={step}
            label={`lianxi.records.step.${step}`}
            fields={spec.fields}
            run={spec.run}
            variant={i === 0 ? 'contained' : 'outlined'}
            {...(spec.color ? { color: spec.color } : {})}
          />
        );
      })}
    </Stack>
  );
}

function Actions() {
  const record = useRecordContext<VisitCase>();
  const translate = useTranslate();
  return (
    <TopToolbar>
      {record ? (
        <Button size="small" startIcon={<PrintIcon />} href={`/print/visit-cases/${record.id}`} target="_blank" rel="noopener">
          {translate('lianxi.records.print')}
        </Button>
      ) : null}
      {record ? (
        // The same forms as PDF through the server's Chromium; where none is installed the API says to print instead.
        <Button size="small" startIcon={<PictureAsPdfIcon />} href={`/print/visit-cases/${record.id}.pdf`} target="_blank" rel="noopener" data-testid="download-pdf">
          {translate('lianxi.records.download_pdf')}
        </Button>
      ) : null}
      {/* Only the registration can be corrected, and only before the decision; there is no delete. */}
      {record?.state === 'REGISTERED' ? <EditButton label="lianxi.records.step.edit_registration" /> : null}
    </TopToolbar>
  );
}

function Line({ label, children }: { label: string; children: ReactNode }) {
  const translate = useTranslate();
  if (children === null || children === undefined || children === '') return null;
  return (
    <Stack direction="row" spacing={2} sx={{ py: 0.5 }}>
      <Typography variant="body2" color="text.secondary" sx={{ minWidth: 140, flexShrink: 0 }}>
        {translate(label)}
      </Typography>
      <Typography component="div" variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Typography>
    </Stack>
  );
}

function Section({ title, filled, children }: { title: string; filled: boolean; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid={`section-${title.split('.').pop() ?? ''}`}>
      <CardHeader
        title={translate(title)}
        titleTypographyProps={{ variant: 'subtitle1', fontWeight: 600 }}
        action={filled ? null : <Chip size="small" label={translate('lianxi.records.not_filled')} />}
        sx={{ pb: 0 }}
      />
      <CardContent>{filled ? children : null}</CardContent>
    </Card>
  );
}

function Clocks() {
  const record = useRecordContext<VisitCase>();
  const translate = useTranslate();
  const locale = useLocale();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mb: 2 }} data-testid="clocks">
      {record.clocks.map((c) => (
        <Chip
          key={c.kind}
          color={CLOCK_COLORS[c.status]}
          variant={c.status === 'MET' ? 'outlined' : 'filled'}
          label={[
            translate(`enums.VisitCaseClockKind.${c.kind}`),
            translate(`enums.VisitCaseClockStatus.${c.status}`),
            translate('lianxi.records.clock_due', { date: formatDate(c.dueOn, locale) }),
            c.daysLeft === null || c.daysLeft === undefined
              ? ''
              : c.daysLeft >= 0
                ? translate('lianxi.records.days_left', { days: c.daysLeft })
                : translate('lianxi.records.days_over', { days: -c.daysLeft }),
          ]
            .filter(Boolean)
            .join(' · ')}
        />
      ))}
    </Stack>
  );
}

const f = (name: string) => `resources.visitCases.fields.${name}`;
const r = (name: string) => `lianxi.records.field.${name}`;

function CaseBody() {
  const record = useRecordContext<VisitCase>();
  const translate = useTranslate();
  const locale = useLocale();
  if (!record) return null;
  const d = (v: string | null | undefined) => (v ? formatDate(v, locale) : null);
  const e = (name: string, v: string | null | undefined) => (v ? translate(`enums.${name}.${v}`) : null);
  const people = (list: { name: string; phone?: string | null }[]) => list.map((p) => [p.name, p.phone].filter(Boolean).join(' ')).join('；');
  return (
    <Box sx={{ p: 2 }}>
      <Stack direction="row" spacing={1} sx={{ mb: 2, alignItems: 'center' }}>
        <Chip color="primary" label={translate(`enums.VisitCaseState.${record.state}`)} data-testid="case-state" />
        <Chip variant="outlined" label={translate(`enums.VisitCaseCategory.${record.category}`)} />
        {record.collective ? <Chip variant="outlined" color="warning" label={translate(f('collective'))} /> : null}
      </Stack>
      <Typography variant="subtitle2" sx={{ mb: 1 }}>
        {translate('lianxi.records.clocks')}
      </Typography>
      <Clocks />
      <WarningChips />
      <Box sx={{ my: 2 }}>
        <NextSteps />
      </Box>
      <Typography variant="h6" sx={{ mb: 1 }}>
        {translate('lianxi.records.forms')}
      </Typography>
      <Section title="lianxi.records.form_registration" filled>
        <Line label={f('occurredOn')}>{d(record.occurredOn)}</Line>
        <Line label={f('unitId')}>{refLabel(record.unit)}</Line>
        <Line label={f('matter')}>{record.matter}</Line>
        <Line label={f('visitors')}>{people(record.visitors)}</Line>
        <Line label={f('visitorCount')}>{record.visitorCount}</Line>
        <Line label={f('representatives')}>{record.representatives.length ? people(record.representatives) : null}</Line>
        <Line label={f('receiverId')}>{record.receiver ? refLabel(record.receiver) : null}</Line>
        <Line label={f('note')}>{record.note}</Line>
      </Section>
      <Section title="lianxi.records.form_decision" filled={!!record.decision}>
        <Line label={r('decision')}>{e('VisitCaseDecision', record.decision)}</Line>
        <Line label={r('date')}>{d(record.decidedOn)}</Line>
        <Line label={r('redirectedTo')}>{record.redirectedTo}</Line>
        <Line label={r('note')}>{record.decisionNote}</Line>
      </Section>
      <Section title="lianxi.records.form_assignment" filled={!!record.assignedOn}>
        <Line label={r('date')}>{d(record.assignedOn)}</Line>
        <Line label={r('handlingUnitId')}>{record.handlingUnit ? refLabel(record.handlingUnit) : null}</Line>
        <Line label={r('responsiblePersonId')}>{record.responsiblePerson ? refLabel(record.responsiblePerson) : null}</Line>
        <Line label={r('instruction')}>{record.assignmentInstruction}</Line>
        <Line label="lianxi.records.objections">
          {record.objections.length ? record.objections.map((o) => `${d(o.date) ?? ''} ${o.reason}`).join('\n') : null}
        </Line>
        <Line label="lianxi.records.extension">
          {record.extensionDays ? `${d(record.extendedOn) ?? ''} +${record.extensionDays} · ${record.extensionReason ?? ''}` : null}
        </Line>
      </Section>
      <Section title="lianxi.records.form_supervision" filled={record.supervisions.length > 0}>
        {record.supervisions.map((s) => (
          <Box key={s.number} sx={{ mb: 1 }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {translate('lianxi.records.supervision_number', { number: s.number })} · {d(s.date)} · {s.supervisor}
            </Typography>
            <Line label={r('supervision_instruction')}>{s.instruction}</Line>
            <Line label={r('progress')}>{s.progress}</Line>
          </Box>
        ))}
      </Section>
      <Section title="lianxi.records.form_closure" filled={!!record.closedOn}>
        <Line label={r('date')}>{d(record.closedOn)}</Line>
        <Line label={r('result')}>{record.result}</Line>
        <Line label={r('reply')}>{record.reply}</Line>
        <Line label={r('repliedOn')}>{d(record.repliedOn)}</Line>
        <Line label={r('satisfaction')}>{e('Satisfaction', record.satisfaction)}</Line>
      </Section>
      <Section title="lianxi.records.form_conversation" filled={!!record.conversationRecord}>
        <Line label={r('date')}>{d(record.conversationOn)}</Line>
        <Line label={r('record')}>{record.conversationRecord}</Line>
      </Section>
      {record.withdrawnOn ? (
        <Section title="lianxi.records.withdrawal" filled>
          <Line label={r('date')}>{d(record.withdrawnOn)}</Line>
          <Line label={r('reason')}>{record.withdrawReason}</Line>
        </Section>
      ) : null}
    </Box>
  );
}

function CaseTitle() {
  const record = useRecordContext<VisitCase>();
  const translate = useTranslate();
  if (!record) return null;
  const matter = record.matter.length > 24 ? `${record.matter.slice(0, 24)}…` : record.matter;
  return <span>{`${translate('resources.visitCases.name', { smart_count: 1 })} · ${matter}`}</span>;
}

/** A case: the clocks, the legal next steps, then its four forms and the conversation record. Never deleted. */
export function VisitCaseShow() {
  return (
    <Show title={<CaseTitle />} actions={<Actions />} error={<LoadError />}>
      <CaseBody />
      <AttachmentsPanel recordType="VisitCase" />
    </Show>
  );
}
