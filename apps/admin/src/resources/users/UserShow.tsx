import BlockIcon from '@mui/icons-material/Block';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { Alert, Stack } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  Confirm,
  EditButton,
  Labeled,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  useUpdate,
} from 'react-admin';
import { AuditHistoryButton } from '../../common/AuditHistoryButton';
import { DateTimeField } from '../../common/fields';
import { LoadError } from '../../common/LoadError';
import type { UserRecord } from '../../dataProvider/resources';
import { RoleField, UserStatusField } from './userFields';

/** Disable (with a confirmation: the sessions end) or enable again; never delete. */
function ToggleDisabledButton() {
  const record = useRecordContext<UserRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [update, { isPending }] = useUpdate();
  if (!record) return null;
  const save = (disabled: boolean) =>
    update(
      'users',
      { id: record.id, data: { disabled }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setOpen(false);
          notify('ra.notification.updated', { messageArgs: { smart_count: 1 } });
          refresh();
        },
        onError: (e) => notify(e instanceof Error ? e.message : 'lianxi.error.unexpected', { type: 'error' }),
      },
    );
  if (record.disabled) {
    return (
      <Button label="lianxi.user.enable" onClick={() => save(false)} disabled={isPending}>
        <CheckCircleIcon />
      </Button>
    );
  }
  return (
    <>
      <Button label="lianxi.user.disable" color="error" onClick={() => setOpen(true)}>
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title={translate('lianxi.user.disable_title', { name: record.displayName })}
        content="lianxi.user.disable_content"
        onConfirm={() => save(true)}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

function UserTitle() {
  const record = useRecordContext<UserRecord>();
  return <span>{record ? `${record.displayName}（${record.username}）` : ''}</span>;
}

export function UserShow() {
  const translate = useTranslate();
  return (
    <Show
      title={<UserTitle />}
      actions={
        <TopToolbar>
          <AuditHistoryButton entity="User" />
          <ToggleDisabledButton />
          <EditButton />
        </TopToolbar>
      }
      error={<LoadError />}
    >
      <SimpleShowLayout>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={4}>
          <Labeled source="username"><TextField source="username" /></Labeled>
          <Labeled source="displayName"><TextField source="displayName" /></Labeled>
          <Labeled source="role"><RoleField /></Labeled>
          <Labeled source="disabled" label="lianxi.user.status"><UserStatusField /></Labeled>
        </Stack>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={4}>
          <Labeled source="scopeUnitId"><ReferenceField source="scopeUnitId" reference="orgUnits" link="show" /></Labeled>
          <Labeled source="personId"><ReferenceField source="personId" reference="people" link="show" emptyText="—" /></Labeled>
          <Labeled source="createdAt"><DateTimeField source="createdAt" /></Labeled>
        </Stack>
        <Alert severity="info" variant="outlined">{translate('lianxi.user.never_deleted')}</Alert>
      </SimpleShowLayout>
    </Show>
  );
}
