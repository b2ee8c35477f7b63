import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import { AuditLogList } from './AuditLogList';

export const auditLogs = {
  list: AuditLogList,
  icon: ManageSearchIcon,
};
