import { Login, LoginForm, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';

/** react-admin's login form in the product's colours; no remote background image (the bureau's network may block it). */
export function LoginPage() {
  const translate = useTranslate();
  return (
    <Login
      backgroundImage=""
      sx={{ background: 'linear-gradient(135deg, #7f0000 0%, #b71c1c 55%, #e57373 100%)' }}
    >
      <Typography variant="h6" align="center" sx={{ mt: 1, fontWeight: 700 }}>
        {translate('lianxi.app.title')}
      </Typography>
      <LoginForm />
    </Login>
  );
}
