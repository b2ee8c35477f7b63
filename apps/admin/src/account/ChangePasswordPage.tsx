import { Card, CardContent, Typography } from '@mui/material';
import {
  Form,
  PasswordInput,
  required,
  SaveButton,
  Title,
  useDataProvider,
  useNotify,
  useTranslate,
} from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { LianxiDataProvider } from '../dataProvider/dataProvider';
import { sameAs, strongPassword } from '../resources/users/userInputs';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/**
 * The signed-in user's own password. Checked here as the API checks it (≥ 10 characters, letters and
 * digits); a wrong current password comes back from the API under its field. Other sessions end, this one stays.
 */
export function ChangePasswordPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const dataProvider = useDataProvider<LianxiDataProvider>();
  const submit = async (values: Partial<PasswordForm>) => {
    try {
      await dataProvider.changePassword(values.currentPassword ?? '', values.newPassword ?? '');
      notify('lianxi.password.changed', { type: 'success' });
      navigate('/');
      return undefined;
    } catch (e) {
      const body = (e as { body?: { errors?: Record<string, unknown> } }).body;
      if (body?.errors) return body.errors;
      notify(e instanceof Error ? e.message : 'lianxi.error.unexpected', { type: 'error' });
      return undefined;
    }
  };
  return (
    <Card sx={{ mt: 2, maxWidth: 520 }}>
      <Title title={translate('lianxi.password.title')} />
      <CardContent>
        <Typography variant="h6" component="h1" sx={{ mb: 2 }}>
          {translate('lianxi.password.title')}
        </Typography>
        <Form onSubmit={submit}>
          <PasswordInput source="currentPassword" label="lianxi.password.current" validate={required()} fullWidth autoComplete="current-password" />
          <PasswordInput
            source="newPassword"
            label="lianxi.password.new"
            validate={[required(), strongPassword]}
            helperText="lianxi.password.rule"
            fullWidth
            autoComplete="new-password"
          />
          <PasswordInput source="confirm" label="lianxi.password.confirm" validate={[required(), sameAs('newPassword')]} fullWidth autoComplete="new-password" />
          <SaveButton label="lianxi.password.submit" icon={<></>} sx={{ mt: 1 }} />
        </Form>
      </CardContent>
    </Card>
  );
}
