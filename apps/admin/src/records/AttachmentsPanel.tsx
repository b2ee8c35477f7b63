import AttachFileIcon from '@mui/icons-material/AttachFile';
import DeleteIcon from '@mui/icons-material/Delete';
import DownloadIcon from '@mui/icons-material/Download';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  LinearProgress,
  Link,
  List,
  ListItem,
  ListItemAvatar,
  ListItemText,
  Tooltip,
  Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type ChangeEvent } from 'react';
import { useCanAccess, useNotify, useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import { useLocale } from '../common/fields';
import type { AttachmentsQuery } from '../gql/graphql';
import { formatDateTime } from '../i18n/dates';
import { ACCEPT, MAX_FILES, MAX_MB, RECORD_TYPE_OF, UploadError, formatSize, isImage, uploadAttachment } from './attachments';
import { AttachmentsDocument, DeleteAttachmentDocument } from './attachments.documents';
import { runMutation, runQuery } from './steps';

type Item = AttachmentsQuery['attachments'][number];

/**
 * A record's evidence files on its show page: thumbnails of images, links to open or download, an upload
 * button for those who may change the record, and deletion (withdrawal) with a confirmation where the API
 * says the user may. The record type comes from the page's resource, so one panel serves every record kind.
 */
export function AttachmentsPanel({ recordType }: { recordType?: string }) {
  const record = useRecordContext<{ id: string; personId?: string | null }>();
  const resource = useResourceContext() ?? '';
  const type = recordType ?? RECORD_TYPE_OF[resource];
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<Item | null>(null);
  const { canAccess: mayWrite } = useCanAccess({ action: 'edit', resource, record: record ?? undefined });
  const key = ['attachments', type, record?.id];
  const { data, isPending, error: loadError } = useQuery({
    queryKey: key,
    enabled: Boolean(type && record?.id),
    queryFn: async () => (await runQuery(AttachmentsDocument, { recordType: type ?? '', recordId: String(record?.id) })).attachments,
  });
  if (!record || !type) return null;
  const items = data ?? [];

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setError(null);
    setUploading(file.name);
    try {
      await uploadAttachment({ recordType: type, recordId: String(record.id), file, locale });
      notify('lianxi.attachments.uploaded', { type: 'success', messageArgs: { name: file.name } });
      await queryClient.invalidateQueries({ queryKey: key });
    } catch (err) {
      const message = err instanceof UploadError ? err.message : translate('lianxi.attachments.network');
      setError(translate('lianxi.attachments.failed', { message }));
    } finally {
      setUploading(null);
    }
  };

  const onDelete = async (item: Item) => {
    setConfirm(null);
    try {
      await runMutation(DeleteAttachmentDocument, { id: item.id });
      notify('lianxi.attachments.deleted', { type: 'info' });
      await queryClient.invalidateQueries({ queryKey: key });
    } catch (err) {
      notify(err instanceof Error ? err.message : 'ra.notification.http_error', { type: 'error' });
    }
  };

  return (
    <Box sx={{ p: 2 }} data-testid="attachments-panel">
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
        {translate('lianxi.attachments.title')}
      </Typography>
      {isPending && type ? <LinearProgress sx={{ my: 1 }} /> : null}
      {loadError ? <Alert severity="error">{loadError.message}</Alert> : null}
      {!isPending && !loadError && items.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ my: 1 }}>
          {translate('lianxi.attachments.empty')}
        </Typography>
      ) : null}
      <List dense>
        {items.map((a) => (
          <ListItem
            key={a.id}
            data-testid="attachment-item"
            secondaryAction={
              <Box>
                <Tooltip title={translate('lianxi.attachments.download')}>
                  <IconButton component="a" href={a.url} download={a.fileName} aria-label={translate('lianxi.attachments.download')}>
                    <DownloadIcon />
                  </IconButton>
                </Tooltip>
                {a.mayDelete ? (
                  <Tooltip title={translate('lianxi.attachments.delete')}>
                    <IconButton onClick={() => setConfirm(a)} aria-label={`${translate('lianxi.attachments.delete')} ${a.fileName}`}>
                      <DeleteIcon />
                    </IconButton>
                  </Tooltip>
                ) : null}
              </Box>
            }
          >
            <ListItemAvatar sx={{ minWidth: 72 }}>
              {isImage(a.mimeType) ? (
                <Box component="img" src={`${a.url}?inline=1`} alt={a.fileName} loading="lazy" sx={{ width: 56, height: 56, objectFit: 'cover', borderRadius: 1 }} />
              ) : a.mimeType === 'application/pdf' ? (
                <PictureAsPdfIcon fontSize="large" color="error" />
              ) : (
                <AttachFileIcon fontSize="large" />
              )}
            </ListItemAvatar>
            <ListItemText
              primary={
                <Link href={`${a.url}?inline=1`} target="_blank" rel="noopener">
                  {a.fileName}
                </Link>
              }
              secondary={`${formatSize(a.size)} · ${translate('lianxi.attachments.uploaded_by', { name: a.uploadedByName, at: formatDateTime(a.createdAt, locale) })}`}
            />
          </ListItem>
        ))}
      </List>
      {uploading ? (
        <Box sx={{ my: 1 }} role="status">
          <Typography variant="body2">{translate('lianxi.attachments.uploading', { name: uploading })}</Typography>
          <LinearProgress />
        </Box>
      ) : null}
      {error ? (
        <Alert severity="error" sx={{ my: 1 }} onClose={() => setError(null)}>
          {error}
        </Alert>
      ) : null}
      {mayWrite ? (
        <Box sx={{ mt: 1 }}>
          <input ref={input} type="file" accept={ACCEPT} hidden onChange={onFile} data-testid="attachment-input" />
          <Button variant="outlined" startIcon={<UploadFileIcon />} disabled={Boolean(uploading)} onClick={() => input.current?.click()}>
            {translate('lianxi.attachments.upload')}
          </Button>
          <Typography variant="caption" color="text.secondary" sx={{ ml: 1 }}>
            {translate('lianxi.attachments.hint', { mb: MAX_MB, max: MAX_FILES })}
          </Typography>
        </Box>
      ) : null}
      <Dialog open={Boolean(confirm)} onClose={() => setConfirm(null)}>
        <DialogTitle>{translate('lianxi.attachments.confirm_title', { name: confirm?.fileName ?? '' })}</DialogTitle>
        <DialogContent>{translate('lianxi.attachments.confirm_body')}</DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirm(null)}>{translate('lianxi.attachments.cancel')}</Button>
          <Button color="error" variant="contained" onClick={() => confirm && void onDelete(confirm)}>
            {translate('lianxi.attachments.delete')}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
