import { describe, expect, it } from 'vitest';
import { ENUM_TITLES, type EnumName } from '../i18n/titles';
import { messagesFor } from '../i18n/messages';
import { RECORD_DEFS, experiences, receptionDays, researchTrips, stationedStays, visitCases } from './definitions';
import { createDefaults, csvColumns, csvValue, formFields, formRecord, halfDaysError, inputOf, type FieldDef } from './model';
import { RECORD_SPECS } from './specs';

const valuesOf = (name: EnumName) => Object.keys(ENUM_TITLES[name]);
const field = (def: { fields: FieldDef[] }, source: string): FieldDef => {
  const f = def.fields.find((x) => x.source === source);
  if (!f) throw new Error(`no field ${source}`);
  return f;
};
const specOf = (name: string) => RECORD_SPECS[name as keyof typeof RECORD_SPECS];

describe('field kinds map to inputs', () => {
  it('takes days in halves from 0.5 up', () => {
    expect(inputOf(field(researchTrips, 'days'), valuesOf)).toEqual({ input: 'number', step: 0.5, min: 0.5 });
  });

  it('gives long text a multiline input and short text a single line', () => {
    expect(inputOf(field(experiences, 'diary'), valuesOf)).toEqual({ input: 'text', multiline: true });
    expect(inputOf(field(experiences, 'place'), valuesOf)).toEqual({ input: 'text', multiline: false });
  });

  it('offers every value of an enum, and references as an autocomplete of the right resource', () => {
    const kind = inputOf(field(experiences, 'kind'), valuesOf);
    expect(kind).toMatchObject({ input: 'select', enumName: 'ExperienceKind' });
    expect(kind.input === 'select' && kind.values).toContain('FARMER_DAY');
    expect(inputOf(field(researchTrips, 'unitsVisitedIds'), valuesOf)).toEqual({ input: 'reference', reference: 'orgUnits', many: true });
    expect(inputOf(field(researchTrips, 'personId'), valuesOf)).toEqual({ input: 'reference', reference: 'people', many: false });
  });

  it('edits a visit case’s visitors as rows of name and phone', () => {
    const d = inputOf(field(visitCases, 'visitors'), valuesOf);
    expect(d.input).toBe('rows');
    expect(d.input === 'rows' && d.rows.map((r) => r.source)).toEqual(['name', 'phone']);
  });
});

describe('days with halves', () => {
  it('accepts whole and half days', () => {
    expect(halfDaysError(1.5)).toBeUndefined();
    expect(halfDaysError(0.5)).toBeUndefined();
    expect(halfDaysError(3)).toBeUndefined();
    expect(halfDaysError('')).toBeUndefined();
  });

  it('refuses other fractions and anything not above zero', () => {
    expect(halfDaysError(1.3)).toBe('lianxi.records.days_halves');
    expect(halfDaysError(0)).toBe('lianxi.records.days_positive');
    expect(halfDaysError(-1)).toBe('lianxi.records.days_positive');
  });
});

describe('forms follow the API’s input types', () => {
  it('lets a research trip be recorded for someone on create but not moved to another person on edit', () => {
    const create = formFields(researchTrips, specOf('researchTrips').createKeys).map((f) => f.source);
    const edit = formFields(researchTrips, specOf('researchTrips').updateKeys).map((f) => f.source);
    expect(create).toEqual(expect.arrayContaining(['personId', 'occurredOn', 'days', 'unitsVisitedIds', 'stationed']));
    expect(edit).not.toContain('personId');
    expect(edit).toContain('days');
    expect(create).not.toContain('unitId');
  });

  it('lets only the category, matter and note of a registered visit case be corrected', () => {
    expect(formFields(visitCases, specOf('visitCases').updateKeys).map((f) => f.source).sort()).toEqual(['category', 'matter', 'note']);
  });

  it('names in every definition only fields the API reads or writes', () => {
    for (const def of RECORD_DEFS) {
      const spec = specOf(def.name);
      expect(spec, def.name).toBeDefined();
      const writable = new Set<string>([...spec.createKeys, ...spec.updateKeys]);
      for (const f of def.fields) {
        if (f.readOnly || f.kind === 'dateTime') continue;
        expect(writable.has(f.source), `${def.name}.${f.source}`).toBe(true);
      }
      for (const f of def.fields) {
        if (f.kind === 'enum' || f.kind === 'enums') expect(ENUM_TITLES[f.enumName as EnumName], `${def.name}.${f.source}`).toBeDefined();
        if (f.kind === 'ref' || f.kind === 'refs') expect(f.reference, `${def.name}.${f.source}`).toBeDefined();
      }
      for (const flt of def.filters) expect((spec.filterKeys as readonly string[]).includes(flt.source), `${def.name} filter ${flt.source}`).toBe(true);
    }
  });

  it('starts a new record today, and a stationed stay as stationed', () => {
    expect(createDefaults(stationedStays, '2026-03-02')).toEqual({ occurredOn: '2026-03-02', stationed: true });
    expect(createDefaults(receptionDays, '2026-03-02')).toMatchObject({ date: '2026-03-02', span: 'WHOLE_DAY' });
  });

  it('starts the edit form of a reception day from the date it was read back under', () => {
    expect(formRecord(receptionDays, { id: '1', occurredOn: '2026-03-02' })).toEqual({ id: '1', occurredOn: '2026-03-02', date: '2026-03-02' });
  });
});

describe('CSV export', () => {
  const t = (key: string) => `«${key}»`;
  const trip = {
    id: 't1',
    personId: 'p1',
    person: { id: 'p1', name: '王立新' },
    occurredOn: '2026-03-02',
    days: 1.5,
    stationed: false,
    unitsVisitedIds: ['u1', 'u2'],
    unitsVisited: [
      { id: 'u1', name: '第一管理区' },
      { id: 'u2', name: '第二管理区' },
    ],
  };

  it('heads each column with the field’s title key and fills references by name', () => {
    const columns = csvColumns(researchTrips);
    expect(columns.map((c) => c.header)).toContain('resources.researchTrips.fields.days');
    const byHeader = Object.fromEntries(columns.map((c) => [c.header, c.value(trip, t)]));
    expect(byHeader['resources.researchTrips.fields.personId']).toBe('王立新');
    expect(byHeader['resources.researchTrips.fields.unitsVisitedIds']).toEqual(['第一管理区', '第二管理区']);
    expect(byHeader['resources.researchTrips.fields.days']).toBe(1.5);
    expect(byHeader['resources.researchTrips.fields.stationed']).toBe('«lianxi.csv.no»');
  });

  it('writes enums in words', () => {
    expect(csvValue(field(experiences, 'kind'), { kind: 'MARKET' }, t)).toBe('«enums.ExperienceKind.MARKET»');
  });
});

describe('titles', () => {
  it('has every record field and enum value in Chinese and English', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const messages = messagesFor(locale) as unknown as { resources: Record<string, { name: string; fields: Record<string, string> }>; enums: Record<string, Record<string, string>> };
      for (const def of RECORD_DEFS) {
        expect(messages.resources[def.name]?.name, `${locale} ${def.name}`).toMatch(/\S/);
        for (const f of def.fields) expect(messages.resources[def.name]?.fields[f.source], `${locale} ${def.name}.${f.source}`).toMatch(/\S/);
      }
      expect(messages.enums['VisitCaseState']?.['REGISTERED']).toBe(locale === 'en' ? 'Registered' : '已登记');
    }
  });
});
