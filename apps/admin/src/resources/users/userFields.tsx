import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { UserRecord } from '../../dataProvider/resources';

export function UserStatusField() {
  const record = useRecordContext<UserRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return record.disabled ? (
    <Chip size="small" color="default" label={translate('lianxi.user.disabled')} />
  ) : (
    <Chip size="small" color="success" variant="outlined" label={translate('lianxi.user.active')} />
  );
}

const ROLE_COLORS = { ADMIN: 'primary', HEAD: 'secondary', CADRE: 'default' } as const;

export function RoleField() {
  const record = useRecordContext<UserRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return <Chip size="small" color={ROLE_COLORS[record.role]} label={translate(`enums.Role.${record.role}`)} />;
}
