import HistoryIcon from '@mui/icons-material/History';
import { Button, useCanAccess, useRecordContext } from 'react-admin';
import { Link } from 'react-router-dom';

/** The audit log's address filtered to one record, e.g. every change of one person. */
export function auditLink(entity: string, entityId: string): string {
  return `/auditLogs?filter=${encodeURIComponent(JSON.stringify({ entity, entityId }))}`;
}

/** "操作日志" on a record's page, for those who may read the audit log (ADMIN). */
export function AuditHistoryButton({ entity }: { entity: string }) {
  const record = useRecordContext<{ id: string }>();
  const { canAccess } = useCanAccess({ action: 'list', resource: 'auditLogs' });
  if (!record || !canAccess) return null;
  return (
    <Button component={Link} to={auditLink(entity, record.id)} label="lianxi.audit.history">
      <HistoryIcon />
    </Button>
  );
}
