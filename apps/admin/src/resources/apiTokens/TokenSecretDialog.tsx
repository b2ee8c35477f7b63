import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import {
  Alert,
  Box,
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Typography,
} from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';

/**
 * The new token's secret, shown this once: a warning, the value in a selectable box and a copy button. The
 * secret lives only in this dialog's props; closing it drops the last copy the admin holds.
 */
export function TokenSecretDialog({ name, secret, onClose }: { name: string; secret: string | undefined; onClose: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret ?? '');
      notify('lianxi.token.copied', { type: 'success' });
    } catch {
      notify('lianxi.token.copy_failed', { type: 'warning' });
    }
  };
  return (
    <Dialog open={secret !== undefined} maxWidth="md" fullWidth aria-labelledby="token-secret-title">
      <DialogTitle id="token-secret-title">{translate('lianxi.token.created_title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Alert severity="warning" icon={<WarningAmberIcon />}>
            {translate('lianxi.token.created_warning')}
          </Alert>
          <Typography variant="subtitle2">{name}</Typography>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Box
              component="code"
              data-testid="token-secret"
              sx={{
                flex: 1,
                p: 1.5,
                bgcolor: 'grey.100',
                border: 1,
                borderColor: 'grey.300',
                borderRadius: 1,
                fontFamily: 'monospace',
                fontSize: 15,
                wordBreak: 'break-all',
                userSelect: 'all',
              }}
            >
              {secret}
            </Box>
            <MuiButton variant="contained" startIcon={<ContentCopyIcon />} onClick={() => void copy()}>
              {translate('lianxi.token.copy')}
            </MuiButton>
          </Stack>
          <Typography variant="body2" color="text.secondary">
            {translate('lianxi.token.usage')}
          </Typography>
        </Stack>
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose} variant="outlined">
          {translate('lianxi.token.saved')}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
}
