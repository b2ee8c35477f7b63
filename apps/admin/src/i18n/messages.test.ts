import { buildSchema, GraphQLEnumType } from 'graphql';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDate, todayInChina } from './dates';
import { createI18nProvider, rememberedLocale } from './i18nProvider';
import { messagesFor } from './messages';
import { ENUM_TITLES } from './titles';

type Tree = { [key: string]: string | Tree };
const keys = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));

const schema = buildSchema(readFileSync(resolve(import.meta.dirname, '../../../../packages/schema/schema.graphql'), 'utf8'));

describe('the admin catalogues', () => {
  const zh = messagesFor('zh-CN') as unknown as Tree;
  const en = messagesFor('en') as unknown as Tree;

  it('give Chinese and English the same keys', () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
  });

  it('title every value of every enum the contract defines, in both languages, from the rules vocabulary', () => {
    for (const name of ['OrgUnitKind', 'UnitFlag', 'Sector', 'HouseholdFlag', 'Gender', 'EducationLevel', 'Rank', 'ProfileKey', 'Role'] as const) {
      const type = schema.getType(name);
      expect(type).toBeInstanceOf(GraphQLEnumType);
      const values = (type as GraphQLEnumType).getValues().map((v) => v.name).sort();
      const enumName = name === 'ProfileKey' ? 'Profile' : name;
      expect(Object.keys(ENUM_TITLES[enumName]).sort()).toEqual(values);
      const zhEnum = (zh['enums'] as Tree)[enumName] as Tree;
      const enEnum = (en['enums'] as Tree)[enumName] as Tree;
      for (const v of values) {
        expect(zhEnum[v]).toMatch(/[\u4e00-\u9fff]/);
        expect(enEnum[v]).toMatch(/^[A-Z(]/);
      }
    }
  });

  it('name profiles as the rules do (管理局主要领导, Bureau principal leader)', () => {
    expect(((zh['enums'] as Tree)['Profile'] as Tree)['BUREAU_PRINCIPAL']).toBe('管理局主要领导');
    expect(((en['enums'] as Tree)['Profile'] as Tree)['BUREAU_PRINCIPAL']).toBe('Bureau principal leader');
  });

  it('translate field labels and pluralised resource names per locale', () => {
    const zhProvider = createI18nProvider('zh-CN');
    expect(zhProvider.translate('resources.orgUnits.fields.parentId')).toBe('上级单位');
    expect(zhProvider.translate('resources.people.name', { smart_count: 2 })).toBe('人员');
    const enProvider = createI18nProvider('en');
    expect(enProvider.translate('resources.orgUnits.fields.parentId')).toBe('Parent unit');
    expect(enProvider.translate('resources.people.name', { smart_count: 2 })).toBe('People');
  });
});

describe('locale choice', () => {
  it('defaults to Chinese and remembers English from react-admin’s store', () => {
    expect(rememberedLocale({ getItem: () => null })).toBe('zh-CN');
    expect(rememberedLocale({ getItem: (k) => (k === 'RaStore.lianxi.locale' ? '"en"' : null) })).toBe('en');
    expect(rememberedLocale({ getItem: () => '"fr"' })).toBe('zh-CN');
    expect(rememberedLocale({ getItem: () => 'not json' })).toBe('zh-CN');
  });

  it('offers 简体中文 and English and sets the page language on change', async () => {
    const provider = createI18nProvider('zh-CN');
    expect(provider.getLocales?.().map((l) => l.locale)).toEqual(['zh-CN', 'en']);
    expect(document.documentElement.lang).toBe('zh-CN');
    await provider.changeLocale('en');
    expect(document.documentElement.lang).toBe('en');
  });
});

describe('dates', () => {
  it('show as 2025年3月1日 in Chinese and March 1, 2025 in English, without shifting the day', () => {
    expect(formatDate('2025-03-01', 'zh-CN')).toBe('2025年3月1日');
    expect(formatDate('2025-03-01', 'en')).toBe('March 1, 2025');
    expect(formatDate(null, 'zh-CN')).toBe('');
  });

  it('count today in China Standard Time (UTC+8)', () => {
    expect(todayInChina(new Date('2025-02-28T16:30:00Z'))).toBe('2025-03-01');
    expect(todayInChina(new Date('2025-03-01T15:59:00Z'))).toBe('2025-03-01');
  });
});
