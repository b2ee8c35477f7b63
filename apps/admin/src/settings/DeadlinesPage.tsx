import { Alert, Card, CardContent, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Form, HttpError, NumberInput, SaveButton, Title, required, useNotify, useTranslate } from 'react-admin';
import type { ErrorBody } from '../dataProvider/errors';
import { VisitCaseDeadlinesDocument } from '../graphql/records.documents';
import { runMutation, runQuery } from '../records/steps';
import { DEADLINE_KEYS, regulationDeadlines, type Deadlines } from './calendar';
import { SetVisitCaseDeadlinesDocument } from './documents';

/**
 * 信访期限: the deadlines the case clocks run on. The regulation's value stands beside each field; a looser
 * value is refused by the API (bureau-wide ADMINs only), whose message shows under the field it names.
 */
export function DeadlinesPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const regulation = regulationDeadlines();
  const current = useQuery({
    queryKey: ['visitCaseDeadlines'],
    queryFn: async () => (await runQuery(VisitCaseDeadlinesDocument, {})).visitCaseDeadlines,
    staleTime: 0,
  });

  const submit = async (values: Record<string, unknown>) => {
    const input = Object.fromEntries(DEADLINE_KEYS.map((k) => [k, Number(values[k])])) as unknown as Deadlines;
    try {
      await runMutation(SetVisitCaseDeadlinesDocument, { input });
      notify('lianxi.settings.saved', { type: 'success' });
      await current.refetch();
      return undefined;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const body = e instanceof HttpError ? (e.body as ErrorBody | undefined) : undefined;
      const field = body?.field;
      if (field && (DEADLINE_KEYS as readonly string[]).includes(field)) return { [field]: message };
      notify(message, { type: 'error' });
      return undefined;
    }
  };

  return (
    <Card sx={{ mt: 2, maxWidth: 720 }}>
      <Title title={translate('lianxi.settings.deadlines_title')} />
      <CardContent>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('lianxi.settings.deadlines_hint')}
        </Typography>
        {current.error ? <Alert severity="error">{current.error.message}</Alert> : null}
        {current.data ? (
          <Form key={JSON.stringify(current.data)} record={{ ...current.data, id: 'deadlines' }} onSubmit={submit}>
            {DEADLINE_KEYS.map((k) => (
              <NumberInput
                key={k}
                source={k}
                label={`lianxi.settings.${k}`}
                min={1}
                step={1}
                validate={required()}
                helperText={translate('lianxi.settings.regulation_default', { days: regulation[k] })}
                sx={{ display: 'block' }}
              />
            ))}
            <SaveButton label="lianxi.settings.save" alwaysEnable />
          </Form>
        ) : null}
      </CardContent>
    </Card>
  );
}
