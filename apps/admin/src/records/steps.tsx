import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useState, type ReactElement } from 'react';
import { Form, HttpError, SaveButton, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { toHttpError, type ErrorBody } from '../dataProvider/errors';
import { todayInChina } from '../i18n/dates';
import { apolloClient } from '../providers';
import { RecordInput } from './components';
import type { FieldDef } from './model';

type Rec = Record<string, unknown>;

/** Sends a workflow mutation (a step of a case, a commitment, a report) and answers as the data provider does. */
export async function runMutation<D, V extends Record<string, unknown>>(document: TypedDocumentNode<D, V>, variables: V): Promise<D> {
  try {
    const result = await apolloClient.mutate<D, V>({ mutation: document, variables } as Parameters<typeof apolloClient.mutate<D, V>>[0]);
    if (result.data === undefined || result.data === null) throw result.error ?? new Error('empty answer');
    return result.data as D;
  } catch (error) {
    throw toHttpError(error);
  }
}

export async function runQuery<D, V extends Record<string, unknown>>(document: TypedDocumentNode<D, V>, variables: V): Promise<D> {
  try {
    const result = await apolloClient.query<D, V>({ query: document, variables } as Parameters<typeof apolloClient.query<D, V>>[0]);
    if (result.data === undefined) throw result.error ?? new Error('empty answer');
    return result.data as D;
  } catch (error) {
    throw toHttpError(error);
  }
}

export interface StepButtonProps {
  /** Translation key of the button and the dialog's title. */
  label: string;
  fields: FieldDef[];
  /** Values the form starts with; `date` is today unless given. */
  defaults?: (record: Rec) => Rec;
  run: (values: Rec, record: Rec) => Promise<unknown>;
  variant?: 'contained' | 'outlined' | 'text';
  color?: 'primary' | 'secondary' | 'error' | 'warning' | 'success' | 'inherit';
  icon?: ReactElement;
}

/**
 * One workflow step as a button opening a small form. A refusal of the API (an illegal step, a missing reply)
 * is shown in the dialog in the user's language, and under the field it names; success refreshes the page.
 */
export function StepButton({ label, fields, defaults, run, variant = 'outlined', color = 'primary', icon }: StepButtonProps) {
  const record = useRecordContext<Rec>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!record) return null;

  const submit = async (values: Rec) => {
    setError(null);
    try {
      // Only the step's own inputs: the page's record is not part of the step.
      const own = Object.fromEntries(fields.map((f) => [f.source, values[f.source]]));
      await run(own, record);
      setOpen(false);
      notify('lianxi.records.step_done', { type: 'success', messageArgs: { step: translate(label) } });
      refresh();
      return undefined;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      setError(translate(message, { _: message }));
      const body = e instanceof HttpError ? (e.body as ErrorBody | undefined) : undefined;
      const fieldErrors = Object.fromEntries(Object.entries(body?.errors ?? {}).filter(([k]) => k !== 'root' && fields.some((f) => f.source === k)));
      return Object.keys(fieldErrors).length ? fieldErrors : undefined;
    }
  };

  return (
    <>
      <Button
        size="small"
        variant={variant}
        color={color}
        {...(icon ? { startIcon: icon } : {})}
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        {translate(label)}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        {/* An empty record: the form must not start from the page's record (a case's note is not the step's). */}
        <Form record={{}} defaultValues={{ date: todayInChina(), ...defaults?.(record) }} onSubmit={submit}>
          <DialogTitle>{translate(label)}</DialogTitle>
          <DialogContent>
            {error ? (
              <Alert severity="error" sx={{ mb: 2 }} data-testid="step-error">
                {error}
              </Alert>
            ) : null}
            <Box sx={{ display: 'flex', flexDirection: 'column' }}>
              {fields.map((f) => (
                <RecordInput key={f.source} field={f} label={`lianxi.records.field.${f.label ?? f.source}`} />
              ))}
            </Box>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{translate('lianxi.records.cancel')}</Button>
            <SaveButton label="lianxi.records.confirm" icon={<></>} alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
