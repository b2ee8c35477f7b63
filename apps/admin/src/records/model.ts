import type { SystemId, Title } from '@lianxi/rules';
import type { CsvColumn } from '../common/csv';
import type { EnumName } from '../i18n/titles';

/**
 * The generic layer of the simple record screens: a record type is a short definition (its fields with their
 * kinds, list filters, sort) and List, Show, Edit and Create are drawn from it. This file is pure: what each
 * kind of field becomes (input, column, CSV cell, validation) is decided here and unit-tested; the React side
 * (`components.tsx`) only renders those decisions.
 */
export type FieldKind =
  | 'text'
  | 'longText'
  | 'date'
  /** Days worked, in halves: 0.5, 1, 1.5 … */
  | 'days'
  | 'number'
  | 'year'
  | 'enum'
  | 'enums'
  | 'boolean'
  /** A reference to one person, unit, household or record, picked with an autocomplete. */
  | 'ref'
  | 'refs'
  /** A list of short texts (departments, participants). */
  | 'strings'
  /** A date and time (shown only). */
  | 'dateTime'
  /** Rows of small sub-records edited inline (a decision's consultations). */
  | 'rows';

/** What a reference points at: the react-admin resource and how one of its records is named. */
export type RefTarget =
  | 'people'
  | 'orgUnits'
  | 'households'
  | 'contactLinks'
  | 'researchTopics'
  | 'secondments'
  | 'opinionChannels'
  | 'decisions';

export interface FieldDef {
  source: string;
  kind: FieldKind;
  title: Title;
  enumName?: EnumName;
  reference?: RefTarget;
  /** The nested object the record carries for a reference (`person` for `personId`): its name is shown. */
  via?: string;
  /** Extra filter for the reference picker (only residents' groups, only parties' branches …). */
  refFilter?: Record<string, unknown>;
  required?: boolean;
  helper?: Title;
  /** A column of the list (and of the CSV export); everything is on the show page. */
  list?: boolean;
  /** Only on the show page, never in a form (status, computed values). */
  readOnly?: boolean;
  /** In a step form: the key under `lianxi.records.field.*` naming the input, when not the source. */
  label?: string;
  /** The sub-fields of a `rows` field. */
  rows?: FieldDef[];
}

export type FilterKind = 'ref' | 'enum' | 'enums' | 'boolean' | 'date' | 'search' | 'year' | 'mine';

export interface FilterDef {
  source: string;
  kind: FilterKind;
  /** Defaults to the field of the same source, else the shared filter titles. */
  title?: Title;
  enumName?: EnumName;
  reference?: RefTarget;
  refFilter?: Record<string, unknown>;
  alwaysOn?: boolean;
}

export interface RecordDef {
  /** The react-admin resource, also the key of its spec in RECORD_SPECS. */
  name: string;
  system: SystemId;
  /** Singular |||| plural, as react-admin's `resources.<name>.name`. */
  title: Title;
  fields: FieldDef[];
  filters: FilterDef[];
  sort: { field: string; order: 'ASC' | 'DESC' };
  /** A filter the list always applies (stationed stays are research trips with `stationed: true`). */
  permanentFilter?: Record<string, unknown>;
  /** Values a new record starts with, beyond today's date in its date field. */
  defaults?: Record<string, unknown>;
  /** The date field a new record starts at today. */
  dateField?: string;
  /**
   * Form fields the API names differently from the record (a reception day is created with `date` and read
   * back as `occurredOn`): the edit form starts from the record's value.
   */
  aliases?: Record<string, string>;
  /** Field whose value names a record (titles, references). */
  representation: string;
  /** The records carry `warnings: [RuleViolation!]!`, shown as chips on the show page. */
  warnings?: boolean;
}

/** The input a field kind becomes; `components.tsx` maps each to a react-admin input. */
export type InputDescriptor =
  | { input: 'text'; multiline: boolean }
  | { input: 'date' }
  | { input: 'number'; step: number; min?: number; max?: number }
  | { input: 'select'; enumName: EnumName; values: readonly string[] }
  | { input: 'selectMany'; enumName: EnumName; values: readonly string[] }
  | { input: 'boolean' }
  | { input: 'reference'; reference: RefTarget; many: boolean }
  | { input: 'strings' }
  | { input: 'rows'; rows: FieldDef[] }
  | { input: 'none' };

export function inputOf(field: FieldDef, enumValuesOf: (name: EnumName) => readonly string[]): InputDescriptor {
  switch (field.kind) {
    case 'text':
      return { input: 'text', multiline: false };
    case 'longText':
      return { input: 'text', multiline: true };
    case 'date':
      return { input: 'date' };
    case 'days':
      return { input: 'number', step: 0.5, min: 0.5 };
    case 'number':
      return { input: 'number', step: 1, min: 0 };
    case 'year':
      return { input: 'number', step: 1, min: 2000, max: 2100 };
    case 'enum':
    case 'enums': {
      if (!field.enumName) throw new Error(`Field ${field.source} of kind ${field.kind} needs an enumName`);
      const values = enumValuesOf(field.enumName);
      return field.kind === 'enum'
        ? { input: 'select', enumName: field.enumName, values }
        : { input: 'selectMany', enumName: field.enumName, values };
    }
    case 'boolean':
      return { input: 'boolean' };
    case 'ref':
    case 'refs':
      if (!field.reference) throw new Error(`Field ${field.source} of kind ${field.kind} needs a reference`);
      return { input: 'reference', reference: field.reference, many: field.kind === 'refs' };
    case 'strings':
      return { input: 'strings' };
    case 'rows':
      return { input: 'rows', rows: field.rows ?? [] };
    case 'dateTime':
      return { input: 'none' };
  }
}

/** The message key of a days value that is not a positive whole or half number, else undefined. */
export function halfDaysError(value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n) || n <= 0) return 'lianxi.records.days_positive';
  if (Math.round(n * 2) !== n * 2) return 'lianxi.records.days_halves';
  return undefined;
}

/**
 * The fields of a form: those the API's input type accepts (the spec's key lists), in the definition's
 * order. So the create form offers `personId` while the edit form does not, without saying it twice.
 */
export function formFields(def: RecordDef, inputKeys: readonly string[]): FieldDef[] {
  const keys = new Set(inputKeys);
  return def.fields.filter((f) => !f.readOnly && f.kind !== 'dateTime' && keys.has(f.source));
}

export const listFields = (def: RecordDef): FieldDef[] => def.fields.filter((f) => f.list);

/** A referenced object's name, whichever kind it is (person, unit, household, topic, link …). */
export function refLabel(value: unknown): string {
  if (!value || typeof value !== 'object') return '';
  const o = value as Record<string, unknown>;
  for (const key of ['name', 'headName', 'title', 'toPost']) if (typeof o[key] === 'string') return o[key] as string;
  if (o['targetUnit'] || o['targetHousehold']) return refLabel(o['targetUnit'] ?? o['targetHousehold']);
  return typeof o['id'] === 'string' ? o['id'] : '';
}

type Rec = Record<string, unknown>;
type Translate = (key: string) => string;

/** One field's value as a CSV cell: enums in words, references by name, yes/no, lists joined. */
export function csvValue(field: FieldDef, record: Rec, t: Translate): unknown {
  const value = record[field.source];
  switch (field.kind) {
    case 'enum':
      return typeof value === 'string' ? t(`enums.${field.enumName}.${value}`) : '';
    case 'enums':
      return Array.isArray(value) ? value.map((v) => t(`enums.${field.enumName}.${String(v)}`)) : '';
    case 'boolean':
      return value === null || value === undefined ? '' : value ? t('lianxi.csv.yes') : t('lianxi.csv.no');
    case 'ref':
      return field.via ? refLabel(record[field.via]) : value;
    case 'refs': {
      const nested = field.via ? record[field.via] : undefined;
      return Array.isArray(nested) ? nested.map(refLabel) : value;
    }
    case 'rows':
      return Array.isArray(value) ? value.length : '';
    default:
      return value;
  }
}

/** The record as an edit form starts from it: aliased form fields take the record's value. */
export function formRecord<R extends Record<string, unknown>>(def: RecordDef, record: R): R {
  if (!def.aliases) return record;
  const out: Record<string, unknown> = { ...record };
  for (const [formKey, recordKey] of Object.entries(def.aliases)) if (out[formKey] === undefined) out[formKey] = record[recordKey];
  return out as R;
}

/** The CSV columns of a list: the list's columns, headed by the field titles in the user's language. */
export function csvColumns(def: RecordDef): CsvColumn<Rec>[] {
  return listFields(def).map((field) => ({
    header: `resources.${def.name}.fields.${field.source}`,
    value: (record, t) => csvValue(field, record, t),
  }));
}

/** The values a new record starts with: today in its date field, then the definition's own defaults. */
export function createDefaults(def: RecordDef, today: string): Record<string, unknown> {
  return { ...(def.dateField ? { [def.dateField]: today } : {}), ...def.permanentFilter, ...def.defaults };
}
