import AddIcon from '@mui/icons-material/Add';
import BlockIcon from '@mui/icons-material/Block';
import { Chip, Dialog, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  Confirm,
  DataTable,
  DateTimeInput,
  List,
  ReferenceField,
  ReferenceInput,
  AutocompleteInput,
  SaveButton,
  SimpleForm,
  TextInput,
  Toolbar,
  TopToolbar,
  required,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { DateTimeField } from '../../common/fields';
import { LoadError } from '../../common/LoadError';
import type { LianxiDataProvider } from '../../dataProvider/dataProvider';
import type { ApiTokenRecord, CreatedApiTokenRecord } from '../../dataProvider/resources';
import { TokenSecretDialog } from './TokenSecretDialog';

type TokenState = 'REVOKED' | 'EXPIRED' | 'VALID';
export function tokenState(token: Pick<ApiTokenRecord, 'revokedAt' | 'expiresAt'>, now: Date = new Date()): TokenState {
  if (token.revokedAt) return 'REVOKED';
  if (token.expiresAt && new Date(token.expiresAt) <= now) return 'EXPIRED';
  return 'VALID';
}

function StateField() {
  const record = useRecordContext<ApiTokenRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const state = tokenState(record);
  const props = {
    REVOKED: { color: 'default', label: 'lianxi.token.revoked' },
    EXPIRED: { color: 'warning', label: 'lianxi.token.expired' },
    VALID: { color: 'success', label: 'lianxi.token.valid' },
  } as const;
  return <Chip size="small" variant="outlined" color={props[state].color} label={translate(props[state].label)} />;
}

function PrefixField() {
  const record = useRecordContext<ApiTokenRecord>();
  return record ? <Typography component="code" variant="body2" sx={{ fontFamily: 'monospace' }}>{`${record.prefix}…`}</Typography> : null;
}

function LastUsedField() {
  const record = useRecordContext<ApiTokenRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return record.lastUsedAt ? <DateTimeField source="lastUsedAt" /> : <Typography variant="body2" color="text.secondary">{translate('lianxi.token.never')}</Typography>;
}

function ExpiresField() {
  const record = useRecordContext<ApiTokenRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return record.expiresAt ? <DateTimeField source="expiresAt" /> : <Typography variant="body2">{translate('lianxi.token.no_expiry')}</Typography>;
}

function RevokeButton() {
  const record = useRecordContext<ApiTokenRecord>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<LianxiDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!record || tokenState(record) === 'REVOKED') return null;
  const revoke = async () => {
    setBusy(true);
    try {
      await dataProvider.revokeApiToken(record.id);
      notify('lianxi.token.revoked', { type: 'info' });
      refresh();
    } catch (e) {
      notify(e instanceof Error ? e.message : 'lianxi.error.unexpected', { type: 'error' });
    } finally {
      setBusy(false);
      setOpen(false);
    }
  };
  return (
    <>
      <Button label="lianxi.token.revoke" color="error" onClick={(e) => { e.stopPropagation(); setOpen(true); }}>
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title={translate('lianxi.token.revoke_title', { name: record.name })}
        content="lianxi.token.revoke_content"
        onConfirm={() => void revoke()}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

/** The create form in a dialog; on success the parent shows the secret once. */
function CreateTokenDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (t: CreatedApiTokenRecord) => void }) {
  const translate = useTranslate();
  // Straight to the data provider, not useCreate: the secret must not be kept in react-query's cache.
  const dataProvider = useDataProvider<LianxiDataProvider>();
  const save = async (values: Partial<RaRecord>) => {
    try {
      const { data } = await dataProvider.create<CreatedApiTokenRecord>('apiTokens', { data: values });
      onCreated(data);
      return undefined;
    } catch (e) {
      // react-admin's shape for server-side validation: the API's message lands under its field.
      const body = (e as { body?: { errors?: Record<string, unknown> } }).body;
      if (body?.errors) return body.errors;
      return { root: { serverError: e instanceof Error ? e.message : 'lianxi.error.unexpected' } };
    }
  };
  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{translate('lianxi.token.create_title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('lianxi.token.create_hint')}
        </Typography>
        <SimpleForm
          resource="apiTokens"
          onSubmit={save}
          toolbar={
            <Toolbar sx={{ justifyContent: 'flex-end', gap: 1, bgcolor: 'transparent' }}>
              <Button label="ra.action.cancel" onClick={onClose} />
              <SaveButton label="lianxi.token.create" alwaysEnable={false} />
            </Toolbar>
          }
          sx={{ p: 0 }}
        >
          <TextInput source="name" validate={required()} fullWidth />
          <ReferenceInput source="scopeUnitId" reference="orgUnits" perPage={50}>
            <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} validate={required()} fullWidth />
          </ReferenceInput>
          <DateTimeInput source="expiresAt" />
        </SimpleForm>
      </DialogContent>
    </Dialog>
  );
}

function Actions({ onCreate }: { onCreate: () => void }) {
  return (
    <TopToolbar>
      <Button label="lianxi.token.create" variant="contained" onClick={onCreate}>
        <AddIcon />
      </Button>
    </TopToolbar>
  );
}

/**
 * Read-only tokens for dashboards. Listed with their prefix, scope and use; created in a dialog whose answer
 * carries the secret once (shown, then forgotten); revoked with a confirmation, never deleted.
 */
export function ApiTokenList() {
  const refresh = useRefresh();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiTokenRecord | undefined>();
  return (
    <>
      <List actions={<Actions onCreate={() => setCreating(true)} />} exporter={false} error={<LoadError />} sort={{ field: 'createdAt', order: 'DESC' }} empty={false}>
        <DataTable rowClick={false} bulkActionButtons={false}>
          <DataTable.Col source="name" disableSort />
          <DataTable.Col source="prefix" disableSort field={PrefixField} />
          <DataTable.Col source="scopeUnitId" disableSort>
            <ReferenceField source="scopeUnitId" reference="orgUnits" link="show" />
          </DataTable.Col>
          <DataTable.Col source="status" disableSort field={StateField} />
          <DataTable.Col source="createdAt" disableSort field={DateTimeField} />
          <DataTable.Col source="expiresAt" disableSort field={ExpiresField} />
          <DataTable.Col source="lastUsedAt" disableSort field={LastUsedField} />
          <DataTable.Col source="revokedAt" disableSort field={DateTimeField} />
          <DataTable.Col label=" " disableSort>
            <RevokeButton />
          </DataTable.Col>
        </DataTable>
      </List>
      <CreateTokenDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(t) => {
          setCreating(false);
          setCreated(t);
          refresh();
        }}
      />
      <TokenSecretDialog name={created?.name ?? ''} secret={created?.token} onClose={() => setCreated(undefined)} />
    </>
  );
}
