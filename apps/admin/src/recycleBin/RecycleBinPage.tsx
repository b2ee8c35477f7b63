import RestoreFromTrashIcon from '@mui/icons-material/RestoreFromTrash';
import {
  Alert,
  Button,
  Card,
  CardContent,
  FormControl,
  InputLabel,
  MenuItem,
  Pagination,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Confirm, Title, useNotify, useTranslate } from 'react-admin';
import { runMutation, runQuery } from '../records/steps';
import { DeletedRecordsDocument, RestoreRecordDocument } from './documents';
import { RECORD_TYPES, RESOURCE_OF_TYPE } from './types';

const PER_PAGE = 25;

interface Pending {
  recordType: string;
  id: string;
}

/**
 * 回收站 (ADMIN): the deleted records of the administrator's part of the tree, newest deletion first, with
 * who deleted each. Restoring asks for confirmation; the API refuses in Chinese when the record cannot come
 * back yet (what it belongs to is deleted, or a newer record took its place), and that message is shown as is.
 */
export function RecycleBinPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const [recordType, setRecordType] = useState<string>('');
  const [page, setPage] = useState(1);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const typeName = (type: string) => {
    const resource = RESOURCE_OF_TYPE[type];
    return resource ? translate(`resources.${resource}.name`, { smart_count: 1 }) : type;
  };

  const bin = useQuery({
    queryKey: ['deletedRecords', recordType, page],
    queryFn: async () =>
      (await runQuery(DeletedRecordsDocument, { filter: recordType ? { recordType } : null, page, perPage: PER_PAGE })).deletedRecords,
    staleTime: 0,
  });

  const restore = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      await runMutation(RestoreRecordDocument, pending);
      notify('lianxi.recycle.restored', { type: 'success', messageArgs: { type: typeName(pending.recordType) } });
      await bin.refetch();
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), { type: 'error' });
    } finally {
      setBusy(false);
      setPending(null);
    }
  };

  const total = bin.data?.total ?? 0;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('lianxi.recycle.title')} />
      <CardContent>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('lianxi.recycle.hint')}
        </Typography>
        <FormControl size="small" sx={{ minWidth: 220, mb: 2 }}>
          <InputLabel id="recycle-type-label">{translate('lianxi.recycle.type')}</InputLabel>
          <Select
            labelId="recycle-type-label"
            label={translate('lianxi.recycle.type')}
            value={recordType}
            onChange={(e) => {
              setRecordType(e.target.value);
              setPage(1);
            }}
            data-testid="recycle-type"
          >
            <MenuItem value="">{translate('lianxi.recycle.all_types')}</MenuItem>
            {RECORD_TYPES.map((t) => (
              <MenuItem key={t} value={t}>
                {typeName(t)}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
        {bin.error ? <Alert severity="error">{bin.error.message}</Alert> : null}
        {bin.data && total === 0 ? <Alert severity="info">{translate('lianxi.recycle.empty')}</Alert> : null}
        {bin.data && total > 0 ? (
          <>
            <Table size="small" data-testid="recycle-table">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('lianxi.recycle.type')}</TableCell>
                  <TableCell>{translate('lianxi.recycle.summary')}</TableCell>
                  <TableCell>{translate('lianxi.recycle.person')}</TableCell>
                  <TableCell>{translate('lianxi.recycle.unit')}</TableCell>
                  <TableCell>{translate('lianxi.recycle.occurred_on')}</TableCell>
                  <TableCell>{translate('lianxi.recycle.deleted_at')}</TableCell>
                  <TableCell>{translate('lianxi.recycle.deleted_by')}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {bin.data.items.map((r) => (
                  <TableRow key={`${r.recordType}:${r.id}`} data-record-id={r.id}>
                    <TableCell>{typeName(r.recordType)}</TableCell>
                    <TableCell sx={{ maxWidth: 360 }}>{r.summary ?? '—'}</TableCell>
                    <TableCell>{r.person?.name ?? '—'}</TableCell>
                    <TableCell>{r.unitName}</TableCell>
                    <TableCell>{r.occurredOn}</TableCell>
                    <TableCell>{new Date(r.deletedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}</TableCell>
                    <TableCell>{r.deletedBy ?? '—'}</TableCell>
                    <TableCell>
                      <Button
                        size="small"
                        startIcon={<RestoreFromTrashIcon />}
                        disabled={busy}
                        onClick={() => setPending({ recordType: r.recordType, id: r.id })}
                      >
                        {translate('lianxi.recycle.restore')}
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Typography variant="body2" sx={{ mt: 1 }}>
              {translate('lianxi.recycle.total', { total })}
            </Typography>
            {total > PER_PAGE ? <Pagination sx={{ mt: 1 }} count={Math.ceil(total / PER_PAGE)} page={page} onChange={(_e, p) => setPage(p)} /> : null}
          </>
        ) : null}
        <Confirm
          isOpen={pending !== null}
          loading={busy}
          title={translate('lianxi.recycle.confirm_title', { type: pending ? typeName(pending.recordType) : '' })}
          content={translate('lianxi.recycle.confirm_body')}
          confirm={translate('lianxi.recycle.restore')}
          onConfirm={restore}
          onClose={() => setPending(null)}
        />
      </CardContent>
    </Card>
  );
}

