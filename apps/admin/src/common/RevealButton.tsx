import VisibilityIcon from '@mui/icons-material/Visibility';
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, Button as MuiButton, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, useCanAccess, useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { LianxiDataProvider, PersonalData } from '../dataProvider/dataProvider';

/**
 * For an ADMIN: the full phone (and ID number) behind the masked ones, fetched only on click; the API writes
 * each read to the audit log, and the dialog says so. Nothing is kept after the dialog closes.
 */
export function RevealButton({ resource }: { resource: 'people' | 'households' }) {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<LianxiDataProvider>();
  const { canAccess } = useCanAccess({ action: 'reveal', resource });
  const [data, setData] = useState<PersonalData | undefined>();
  const [busy, setBusy] = useState(false);
  if (!record || !canAccess) return null;
  const reveal = async () => {
    setBusy(true);
    try {
      setData(await dataProvider.personalData(resource, record.id));
    } catch (e) {
      notify(e instanceof Error ? e.message : 'lianxi.error.unexpected', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const row = (label: string, value: string | null | undefined, testId: string) => (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline' }}>
      <Typography variant="body2" color="text.secondary" sx={{ minWidth: 90 }}>{translate(label)}</Typography>
      <Typography variant="h6" component="span" data-testid={testId} sx={{ fontFamily: 'monospace', letterSpacing: 1 }}>
        {value || translate('lianxi.reveal.none')}
      </Typography>
    </Stack>
  );
  return (
    <>
      <Button label="lianxi.reveal.button" onClick={() => void reveal()} disabled={busy}>
        <VisibilityIcon />
      </Button>
      <Dialog open={data !== undefined} onClose={() => setData(undefined)} maxWidth="xs" fullWidth>
        <DialogTitle>{translate('lianxi.reveal.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={1.5}>
            {row(`resources.${resource}.fields.phone`, data?.phone, 'full-phone')}
            {resource === 'people' ? row('resources.people.fields.idNumber', data?.idNumber, 'full-id-number') : null}
            <Alert severity="info" variant="outlined">{translate('lianxi.reveal.logged')}</Alert>
          </Stack>
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setData(undefined)}>{translate('ra.action.close')}</MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
}
