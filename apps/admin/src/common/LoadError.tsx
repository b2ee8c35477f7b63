import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import RefreshIcon from '@mui/icons-material/Refresh';
import { Alert, AlertTitle, Box, Button } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';

/**
 * What a page shows when its data did not load (server down, network gone): the reason and a retry button,
 * never a blank page. Retrying refetches every query on screen.
 */
export function LoadError({ error, onRetry }: { error?: unknown; onRetry?: () => void }) {
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const message = error instanceof Error ? error.message : 'lianxi.error.network';
  const retry = onRetry ?? (() => void queryClient.refetchQueries({ type: 'active' }));
  return (
    <Box sx={{ p: 2 }}>
      <Alert
        severity="error"
        icon={<ErrorOutlineIcon />}
        action={
          <Button color="inherit" size="small" startIcon={<RefreshIcon />} onClick={retry}>
            {translate('lianxi.error.retry')}
          </Button>
        }
      >
        <AlertTitle>{translate('lianxi.error.load_failed')}</AlertTitle>
        {translate(message, { _: message })}
      </Alert>
    </Box>
  );
}
