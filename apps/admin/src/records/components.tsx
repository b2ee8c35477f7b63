import { Box, Chip, Stack, Tooltip, Typography } from '@mui/material';
import type { MouseEvent, ReactElement, ReactNode } from 'react';
import {
  ArrayInput,
  AutocompleteArrayInput,
  AutocompleteInput,
  BooleanInput,
  Create,
  CreateButton,
  DataTable,
  DateInput,
  Edit,
  EditButton,
  ExportButton,
  FilterButton,
  Labeled,
  Link,
  List,
  NullableBooleanInput,
  NumberInput,
  ReferenceArrayField,
  ReferenceArrayInput,
  ReferenceField,
  ReferenceInput,
  SaveButton,
  SearchInput,
  SelectArrayInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleFormIterator,
  SimpleShowLayout,
  TextInput,
  Toolbar,
  TopToolbar,
  required,
  useRecordContext,
  useTranslate,
  type Validator,
} from 'react-admin';
import { csvExporter } from '../common/csv';
import { DateOnlyField, DateTimeField, enumChoices, useLocale } from '../common/fields';
import { LoadError } from '../common/LoadError';
import { todayInChina } from '../i18n/dates';
import { i18nProvider } from '../providers';
import type { EnumName } from '../i18n/titles';
import { ENUM_TITLES } from '../i18n/titles';
import {
  createDefaults,
  csvColumns,
  formFields,
  formRecord,
  halfDaysError,
  inputOf,
  listFields,
  refLabel,
  type FieldDef,
  type FilterDef,
  type RecordDef,
  type RefTarget,
} from './model';
import { RECORD_SPECS } from './specs';
import { RecordDeleteButton } from '../recycleBin/RecordDeleteButton';
import { AttachmentsPanel } from './AttachmentsPanel';

type Rec = Record<string, unknown>;

const enumValuesOf = (name: EnumName): readonly string[] => Object.keys(ENUM_TITLES[name]);

/** How a referenced record is named in a picker, and whether the API searches it with `q`. */
const REF_TARGETS: Record<RefTarget, { optionText: string | ((r: Rec) => string); search: boolean }> = {
  people: { optionText: 'name', search: true },
  orgUnits: { optionText: 'name', search: true },
  households: { optionText: (r) => `${String(r['headName'] ?? '')} · ${String(r['address'] ?? '')}`, search: true },
  contactLinks: { optionText: (r) => `${refLabel(r['targetUnit'] ?? r['targetHousehold'])} · ${refLabel(r['person'])} · ${String(r['occurredOn'] ?? '')}`, search: false },
  researchTopics: { optionText: 'title', search: false },
  secondments: { optionText: (r) => `${refLabel(r['person'])} · ${String(r['toPost'] ?? '')}`, search: false },
  opinionChannels: { optionText: 'name', search: false },
  decisions: { optionText: 'title', search: true },
};

const toQuery = (target: RefTarget) => (q: string) => (REF_TARGETS[target].search && q ? { q } : {});

function specOf(def: RecordDef) {
  return RECORD_SPECS[def.name as keyof typeof RECORD_SPECS];
}

/** Labels: react-admin reads `resources.<name>.fields.<source>` itself; rows' sub-fields carry theirs. */
const rowLabel = (def: RecordDef, rows: string, sub: string) => `resources.${def.name}.fields.${rows}_${sub}`;

function validators(field: FieldDef): Validator[] {
  const out: Validator[] = [];
  if (field.required) out.push(required());
  if (field.kind === 'days') out.push((value: unknown) => halfDaysError(value));
  return out;
}

/** Comma-separated text ↔ a list of strings (departments, participants). */
const joinList = (v: unknown) => (Array.isArray(v) ? v.join('、') : (v ?? ''));
const splitList = (v: unknown) =>
  typeof v === 'string'
    ? v
        .split(/[,，、;；\n]/)
        .map((s) => s.trim())
        .filter(Boolean)
    : v;

/** One input of a record form, as the field's kind decides (see `inputOf`). */
export function RecordInput({ def, field, label, helper }: { def?: RecordDef; field: FieldDef; label?: string; helper?: string }) {
  const d = inputOf(field, enumValuesOf);
  const validate = validators(field);
  const helperText = helper ?? (field.helper && def ? `resources.${def.name}.helpers.${field.source}` : undefined);
  const common = { source: field.source, validate, ...(label ? { label } : {}), ...(helperText ? { helperText } : {}) };
  switch (d.input) {
    case 'text':
      return d.multiline ? <TextInput {...common} multiline minRows={3} fullWidth /> : <TextInput {...common} sx={{ minWidth: 260 }} />;
    case 'date':
      return <DateInput {...common} />;
    case 'number':
      return <NumberInput {...common} step={d.step} {...(d.min !== undefined ? { min: d.min } : {})} {...(d.max !== undefined ? { max: d.max } : {})} />;
    case 'select':
      return <SelectInput {...common} choices={enumChoices(d.enumName, d.values)} emptyText=" " sx={{ minWidth: 220 }} />;
    case 'selectMany':
      return <SelectArrayInput {...common} choices={enumChoices(d.enumName, d.values)} sx={{ minWidth: 220 }} />;
    case 'boolean':
      return <BooleanInput {...common} />;
    case 'strings':
      return <TextInput {...common} format={joinList} parse={splitList} sx={{ minWidth: 320 }} />;
    case 'reference': {
      const target = REF_TARGETS[d.reference];
      const filter = field.refFilter ?? {};
      return d.many ? (
        <ReferenceArrayInput source={field.source} reference={d.reference} filter={filter} perPage={50}>
          <AutocompleteArrayInput
            optionText={target.optionText}
            filterToQuery={toQuery(d.reference)}
            validate={validate}
            sx={{ minWidth: 320 }}
            {...(label ? { label } : {})}
            {...(helperText ? { helperText } : {})}
          />
        </ReferenceArrayInput>
      ) : (
        <ReferenceInput source={field.source} reference={d.reference} filter={filter} perPage={50}>
          <AutocompleteInput
            optionText={target.optionText}
            filterToQuery={toQuery(d.reference)}
            validate={validate}
            sx={{ minWidth: 320 }}
            {...(label ? { label } : {})}
            {...(helperText ? { helperText } : {})}
          />
        </ReferenceInput>
      );
    }
    case 'rows':
      return (
        <ArrayInput source={field.source}>
          <SimpleFormIterator inline disableReordering>
            {d.rows.map((sub) => (
              <RecordInput key={sub.source} field={sub} label={def ? rowLabel(def, field.source, sub.source) : `lianxi.records.field.${sub.source}`} />
            ))}
          </SimpleFormIterator>
        </ArrayInput>
      );
    case 'none':
      return null;
  }
}

/** The inputs of a form: the fields the API's input type takes, in the definition's order. */
export function RecordInputs({ def, keys }: { def: RecordDef; keys: readonly string[] }) {
  return (
    <Box sx={{ width: '100%', maxWidth: 960, display: 'flex', flexWrap: 'wrap', columnGap: 2, alignItems: 'flex-start' }}>
      {formFields(def, keys).map((field) => (
        <Box key={field.source} sx={field.kind === 'longText' || field.kind === 'rows' ? { width: '100%' } : {}}>
          <RecordInput def={def} field={field} />
        </Box>
      ))}
    </Box>
  );
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** A field's value for people: dates in the locale, enums in words, references by name with a link. */
export function RecordValue({ field, short = false }: { field: FieldDef; short?: boolean }) {
  const record = useRecordContext<Rec>();
  const translate = useTranslate();
  useLocale();
  if (!record) return null;
  const value = record[field.source];
  switch (field.kind) {
    case 'date':
      return <DateOnlyField source={field.source} />;
    case 'dateTime':
      return <DateTimeField source={field.source} />;
    case 'enum':
      return typeof value === 'string' ? <span>{translate(`enums.${field.enumName}.${value}`)}</span> : null;
    case 'enums':
      return Array.isArray(value) ? <span>{value.map((v) => translate(`enums.${field.enumName}.${String(v)}`)).join('、')}</span> : null;
    case 'boolean':
      return value === null || value === undefined ? null : <span>{translate(value ? 'lianxi.filter.yes' : 'lianxi.filter.no')}</span>;
    case 'strings':
      return Array.isArray(value) ? <span>{value.join('、')}</span> : null;
    case 'ref': {
      if (typeof value !== 'string') return null;
      const nested = field.via ? record[field.via] : undefined;
      if (nested && field.reference) {
        return (
          <Link to={`/${field.reference}/${value}/show`} onClick={(e: MouseEvent) => e.stopPropagation()}>
            {refLabel(nested)}
          </Link>
        );
      }
      return field.reference ? <ReferenceField source={field.source} reference={field.reference} link="show" /> : <span>{value}</span>;
    }
    case 'refs': {
      const nested = field.via ? record[field.via] : undefined;
      if (Array.isArray(nested) && field.reference) {
        return (
          <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {nested.map((n: Rec) => (
              <Chip key={String(n['id'])} size="small" variant="outlined" label={refLabel(n)} component={Link} to={`/${field.reference}/${String(n['id'])}/show`} clickable onClick={(e: MouseEvent) => e.stopPropagation()} />
            ))}
          </Stack>
        );
      }
      return field.reference ? <ReferenceArrayField source={field.source} reference={field.reference} /> : null;
    }
    case 'rows':
      return Array.isArray(value) ? (
        <Stack spacing={0.5}>
          {value.map((row: Rec, i) => (
            <Typography key={i} variant="body2">
              {(field.rows ?? [])
                .map((sub) => {
                  const v = row[sub.source];
                  if (v === null || v === undefined || v === '') return '';
                  return sub.kind === 'enum' ? translate(`enums.${sub.enumName}.${String(v)}`) : String(v);
                })
                .filter(Boolean)
                .join(' · ')}
            </Typography>
          ))}
        </Stack>
      ) : null;
    default:
      if (value === null || value === undefined || value === '') return null;
      return (
        <Typography component="span" variant="body2" sx={{ whiteSpace: short ? 'normal' : 'pre-wrap' }}>
          {short && field.kind === 'longText' ? truncate(String(value), 40) : String(value)}
        </Typography>
      );
  }
}

interface RuleViolationLike {
  code: string;
  message: string;
  severity: string;
}

/** The API's rule warnings (`warnings: [RuleViolation!]!`) as chips; the message is in the user's language. */
export function WarningChips() {
  const record = useRecordContext<Rec>();
  const translate = useTranslate();
  const warnings = (record?.['warnings'] ?? []) as RuleViolationLike[];
  if (!Array.isArray(record?.['warnings'])) return null;
  return (
    <Box data-testid="rule-warnings" sx={{ mb: 1 }}>
      {warnings.length === 0 ? (
        <Chip size="small" color="success" variant="outlined" label={translate('lianxi.records.no_warnings')} />
      ) : (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {warnings.map((w) => (
            <Tooltip key={w.code} title={w.code}>
              <Chip size="small" color={w.severity === 'error' ? 'error' : 'warning'} label={w.message} data-code={w.code} />
            </Tooltip>
          ))}
        </Stack>
      )}
    </Box>
  );
}

// ── filters ───────────────────────────────────────────────────────────────────────────────────────────────
function filterInput(f: FilterDef): ReactElement {
  const common = { source: f.source, ...(f.alwaysOn ? { alwaysOn: true } : {}) };
  switch (f.kind) {
    case 'search':
      return <SearchInput key={f.source} {...common} />;
    case 'mine':
      return <BooleanInput key={f.source} {...common} label="lianxi.records.mine" parse={(v: unknown) => (v ? true : undefined)} />;
    case 'boolean':
      return <NullableBooleanInput key={f.source} {...common} />;
    case 'date':
      return <DateInput key={f.source} {...common} />;
    case 'year':
      return <NumberInput key={f.source} {...common} step={1} sx={{ maxWidth: 120 }} />;
    case 'enum':
      return <SelectInput key={f.source} {...common} choices={enumChoices(f.enumName as EnumName, enumValuesOf(f.enumName as EnumName))} sx={{ minWidth: 180 }} />;
    case 'enums':
      return <SelectArrayInput key={f.source} {...common} choices={enumChoices(f.enumName as EnumName, enumValuesOf(f.enumName as EnumName))} sx={{ minWidth: 200 }} />;
    case 'ref': {
      const target = f.reference ?? 'orgUnits';
      return (
        <ReferenceInput key={f.source} {...common} reference={target} filter={f.refFilter ?? {}}>
          <AutocompleteInput optionText={REF_TARGETS[target].optionText} filterToQuery={toQuery(target)} sx={{ minWidth: 240 }} />
        </ReferenceInput>
      );
    }
  }
}

export const recordFilters = (def: RecordDef): ReactElement[] => def.filters.map(filterInput);

// ── pages ─────────────────────────────────────────────────────────────────────────────────────────────────
export interface RecordPageOptions {
  /** Extra buttons on the show page (workflow steps). */
  showActions?: ReactNode;
  /** Sections after the fields of the show page. */
  showExtra?: ReactNode;
  /** No create button (visit cases open their own registration form; it still is `create`). */
  noDelete?: boolean;
}

export function makeRecordList(def: RecordDef) {
  const spec = specOf(def);
  const exporter = csvExporter<Rec>(i18nProvider, `resources.${def.name}.name`, csvColumns(def));
  const filters = recordFilters(def);
  function Actions() {
    return (
      <TopToolbar>
        <FilterButton />
        <CreateButton />
        <ExportButton maxResults={5000} />
      </TopToolbar>
    );
  }
  function RecordList() {
    return (
      <List
        filters={filters}
        {...(def.permanentFilter ? { filter: def.permanentFilter } : {})}
        actions={<Actions />}
        sort={def.sort}
        exporter={exporter}
        error={<LoadError />}
      >
        <DataTable rowClick="show" bulkActionButtons={false}>
          {listFields(def).map((field) => (
            <DataTable.Col key={field.source} source={field.source} disableSort={!spec.sortable.includes(field.source)}>
              <RecordValue field={field} short />
            </DataTable.Col>
          ))}
        </DataTable>
      </List>
    );
  }
  RecordList.displayName = `${def.name}List`;
  return RecordList;
}

/** Fields shown on the show page: all but the form-only aliases (`date` of a record read back as `occurredOn`). */
const showFields = (def: RecordDef) => def.fields.filter((f) => !def.aliases || !(f.source in def.aliases));

export function RecordShowFields({ def }: { def: RecordDef }) {
  return (
    <SimpleShowLayout>
      {def.warnings ? <WarningChips /> : null}
      {showFields(def).map((field) => (
        <Labeled key={field.source} source={field.source}>
          <RecordValue field={field} />
        </Labeled>
      ))}
    </SimpleShowLayout>
  );
}

function RecordTitle({ def }: { def: RecordDef }) {
  const record = useRecordContext<Rec>();
  const translate = useTranslate();
  if (!record) return null;
  const field = def.fields.find((f) => f.source === def.representation);
  const raw = record[def.representation];
  const value = field?.via ? refLabel(record[field.via]) : typeof raw === 'string' || typeof raw === 'number' ? String(raw) : '';
  return <span>{`${translate(`resources.${def.name}.name`, { smart_count: 1 })} · ${truncate(value, 30)}`}</span>;
}

export function makeRecordShow(def: RecordDef, options: RecordPageOptions = {}) {
  const spec = specOf(def);
  function RecordShow() {
    return (
      <Show
        title={<RecordTitle def={def} />}
        error={<LoadError />}
        actions={
          <TopToolbar>
            {options.showActions}
            <EditButton />
            {spec.deleteDocument && !options.noDelete ? <RecordDeleteButton /> : null}
          </TopToolbar>
        }
      >
        <RecordShowFields def={def} />
        {options.showExtra}
        <AttachmentsPanel />
      </Show>
    );
  }
  RecordShow.displayName = `${def.name}Show`;
  return RecordShow;
}

function EditForm({ def }: { def: RecordDef }) {
  const record = useRecordContext<Rec>();
  const spec = specOf(def);
  if (!record) return null;
  return (
    <SimpleForm
      record={formRecord(def, record)}
      toolbar={
        <Toolbar sx={{ justifyContent: 'space-between' }}>
          <SaveButton />
          {spec.deleteDocument ? <RecordDeleteButton /> : null}
        </Toolbar>
      }
    >
      <RecordInputs def={def} keys={spec.updateKeys} />
    </SimpleForm>
  );
}

export function makeRecordEdit(def: RecordDef) {
  function RecordEdit() {
    return (
      <Edit mutationMode="pessimistic" redirect="show" error={<LoadError />} title={<RecordTitle def={def} />}>
        <EditForm def={def} />
      </Edit>
    );
  }
  RecordEdit.displayName = `${def.name}Edit`;
  return RecordEdit;
}

export function makeRecordCreate(def: RecordDef, extraDefaults: () => Record<string, unknown> = () => ({})) {
  const spec = specOf(def);
  function RecordCreate() {
    return (
      <Create redirect="show">
        <SimpleForm defaultValues={() => ({ ...createDefaults(def, todayInChina()), ...extraDefaults() })}>
          <RecordInputs def={def} keys={spec.createKeys} />
        </SimpleForm>
      </Create>
    );
  }
  RecordCreate.displayName = `${def.name}Create`;
  return RecordCreate;
}

/** The Resource props of a simple record type: its list, show, edit and create drawn from the definition. */
export function recordResource(def: RecordDef, options: RecordPageOptions = {}) {
  const field = def.fields.find((f) => f.source === def.representation);
  return {
    list: makeRecordList(def),
    show: makeRecordShow(def, options),
    edit: makeRecordEdit(def),
    create: makeRecordCreate(def),
    recordRepresentation: (record: Rec) => {
      const raw = record[def.representation];
      return field?.via ? refLabel(record[field.via]) : typeof raw === 'string' ? truncate(raw, 30) : String(raw ?? '');
    },
  };
}
