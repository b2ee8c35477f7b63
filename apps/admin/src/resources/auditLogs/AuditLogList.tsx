import ArrowRightAltIcon from '@mui/icons-material/ArrowRightAlt';
import { Box, Chip, Link as MuiLink, Stack, Typography } from '@mui/material';
import {
  DataTable,
  DateTimeInput,
  FilterButton,
  List,
  SelectInput,
  TextInput,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { DateTimeField } from '../../common/fields';
import { LoadError } from '../../common/LoadError';
import type { AuditLogRecord } from '../../dataProvider/resources';
import { ENUM_TITLES } from '../../i18n/titles';
import { changesOf, ENTITY_RESOURCES, enumOfField, FIELD_ALIASES, formatValue } from './changes';

const choices = (name: 'AuditEntity' | 'AuditAction') =>
  Object.keys(ENUM_TITLES[name]).map((id) => ({ id, name: `enums.${name}.${id}` }));

const filters = [
  <SelectInput key="entity" source="entity" choices={choices('AuditEntity')} alwaysOn />,
  <SelectInput key="action" source="action" choices={choices('AuditAction')} alwaysOn />,
  <TextInput key="actor" source="actor" alwaysOn />,
  <DateTimeInput key="from" source="from" alwaysOn />,
  <DateTimeInput key="to" source="to" alwaysOn />,
  <TextInput key="entityId" source="entityId" />,
];

const ACTION_COLORS = { CREATE: 'success', UPDATE: 'info', DELETE: 'error', READ_PERSONAL_DATA: 'warning' } as const;

function ActionField() {
  const record = useRecordContext<AuditLogRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const color = ACTION_COLORS[record.action as keyof typeof ACTION_COLORS] ?? 'default';
  return <Chip size="small" color={color} variant="outlined" label={translate(`enums.AuditAction.${record.action}`, { _: record.action })} />;
}

/** "人员 · 丁刚峰的编号", linked to the record's page where the admin has one. */
function EntityField() {
  const record = useRecordContext<AuditLogRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const resource = ENTITY_RESOURCES[record.entity];
  const label = translate(`enums.AuditEntity.${record.entity}`, { _: record.entity });
  const id = <Typography component="span" variant="caption" sx={{ fontFamily: 'monospace' }}>{record.entityId.slice(0, 8)}</Typography>;
  return (
    <Stack>
      <Typography variant="body2">{label}</Typography>
      {resource && record.action !== 'DELETE' ? (
        <MuiLink component={Link} to={`/${resource}/${record.entityId}/show`} title={translate('lianxi.audit.open_entity')} onClick={(e) => e.stopPropagation()}>
          {id}
        </MuiLink>
      ) : (
        id
      )}
    </Stack>
  );
}

/** Each changed field as 字段: before → after; a personal-data read names the fields read. */
function ChangesField() {
  const record = useRecordContext<AuditLogRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const resource = ENTITY_RESOURCES[record.entity] ?? (record.entity === 'Position' ? 'positions' : undefined);
  const fieldName = (f: string) => {
    const name = FIELD_ALIASES[f] ?? f;
    return resource ? translate(`resources.${resource}.fields.${name}`, { _: translate(`lianxi.audit.fields.${name}`, { _: f }) }) : f;
  };
  const t = (key: string) => translate(key);
  const show = (field: string, value: unknown) => {
    const enumName = enumOfField(record.entity, field);
    const titled = (v: unknown) => (enumName && typeof v === 'string' ? translate(`enums.${enumName}.${v}`, { _: v }) : v);
    return formatValue(Array.isArray(value) ? value.map(titled) : titled(value), t);
  };
  const changes = changesOf(record.changes);
  if (changes.length === 0) return <Typography variant="body2" color="text.secondary">{translate('lianxi.audit.no_changes')}</Typography>;
  if (record.action === 'READ_PERSONAL_DATA') {
    return <Typography variant="body2">{`${translate('lianxi.audit.read')}：${changes.map((c) => fieldName(c.field)).join('、')}`}</Typography>;
  }
  return (
    <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 1.5, rowGap: 0.25 }}>
      {changes.map((c) => (
        <Box key={c.field} sx={{ display: 'contents' }} data-field={c.field}>
          <Typography component="dt" variant="body2" color="text.secondary">{fieldName(c.field)}</Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0, display: 'flex', alignItems: 'center', gap: 0.5, flexWrap: 'wrap' }}>
            {record.action !== 'CREATE' ? (
              <>
                <Box component="span" sx={{ textDecoration: 'line-through', color: 'text.secondary' }}>{show(c.field, c.before)}</Box>
                <ArrowRightAltIcon fontSize="small" color="action" />
              </>
            ) : null}
            <Box component="span" sx={{ fontWeight: 500 }}>{show(c.field, record.action === 'DELETE' ? c.before : c.after)}</Box>
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

function Actions() {
  return (
    <TopToolbar>
      <FilterButton />
    </TopToolbar>
  );
}

/** The append-only history of the admin's part of the tree, newest first; read-only by design. */
export function AuditLogList() {
  return (
    <List filters={filters} actions={<Actions />} sort={{ field: 'at', order: 'DESC' }} exporter={false} error={<LoadError />} perPage={25}>
      <DataTable rowClick={false} bulkActionButtons={false}>
        <DataTable.Col source="at" field={DateTimeField} />
        <DataTable.Col source="actorName" disableSort />
        <DataTable.Col source="action" field={ActionField} sx={{ whiteSpace: 'nowrap' }} />
        <DataTable.Col source="entity" field={EntityField} sx={{ whiteSpace: 'nowrap' }} />
        <DataTable.Col source="changes" disableSort field={ChangesField} />
      </DataTable>
    </List>
  );
}
