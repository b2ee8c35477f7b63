import type { Title } from '@lianxi/rules';
import type { FieldDef } from './model';

/** Fields of the step forms; their labels are `lianxi.records.field.<label ?? source>`, so no title is needed. */
const none: Title = { zh: '', en: '' };
type Extra = Partial<FieldDef>;
export const stepDate = (extra: Extra = {}): FieldDef => ({ source: 'date', kind: 'date', title: none, required: true, ...extra });
export const stepText = (source: string, extra: Extra = {}): FieldDef => ({ source, kind: 'text', title: none, ...extra });
export const stepLong = (source: string, extra: Extra = {}): FieldDef => ({ source, kind: 'longText', title: none, ...extra });
export const stepEnum = (source: string, enumName: FieldDef['enumName'], extra: Extra = {}): FieldDef => ({ source, kind: 'enum', enumName, title: none, ...extra });
export const stepRef = (source: string, reference: FieldDef['reference'], extra: Extra = {}): FieldDef => ({ source, kind: 'ref', reference, title: none, ...extra });
export const stepNumber = (source: string, extra: Extra = {}): FieldDef => ({ source, kind: 'number', title: none, ...extra });
