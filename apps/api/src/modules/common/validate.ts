import type { Bilingual } from '../../graphql/i18n.js';
import { badInput, conflict } from '../../graphql/errors.js';
import { isIsoDate } from '../../graphql/scalars.js';

/** A field's label in both languages, used to build messages that name the field. */
export type Label = Bilingual;

/** Trimmed non-empty text of at most `max` characters. */
export function requiredText(field: string, label: Label, value: string, max = 200): string {
  const v = value.trim();
  if (!v) throw badInput(field, { zh: `${label.zh}不能为空`, en: `${label.en} must not be empty` });
  if (v.length > max) {
    throw badInput(field, { zh: `${label.zh}最多 ${max} 个字，现有 ${v.length} 个`, en: `${label.en} takes at most ${max} characters, got ${v.length}` });
  }
  return v;
}

export function optionalText(field: string, label: Label, value: string | null | undefined, max = 500): string | null {
  if (value == null) return null;
  const v = value.trim();
  if (!v) return null;
  if (v.length > max) {
    throw badInput(field, { zh: `${label.zh}最多 ${max} 个字，现有 ${v.length} 个`, en: `${label.en} takes at most ${max} characters, got ${v.length}` });
  }
  return v;
}

export function validDate(field: string, label: Label, value: string): string {
  if (!isIsoDate(value)) {
    throw badInput(field, { zh: `${label.zh}不是有效日期（应为 YYYY-MM-DD）：${value}`, en: `${label.en} is not a valid date (YYYY-MM-DD): ${value}` });
  }
  return value;
}

export function notInFuture(field: string, label: Label, value: string, today: string): string {
  validDate(field, label, value);
  if (value > today) {
    throw badInput(field, { zh: `${label.zh}不能晚于今天（${today}），收到 ${value}`, en: `${label.en} cannot be after today (${today}), got ${value}` });
  }
  return value;
}

/** `to` (inclusive, optional) must not come before `from`. */
export function dateRange(fromField: string, toField: string, from: string, to: string | null | undefined): void {
  if (to != null && to < from) {
    throw badInput(toField, {
      zh: `结束日期（${to}）不能早于开始日期（${from}）`,
      en: `The end date (${to}) cannot be before the start date (${from})`,
    });
  }
  void fromField;
}

/** Mainland mobile (11 digits from 1) or a landline with area code; spaces and dashes are dropped. */
export function phoneNumber(field: string, value: string | null | undefined): string | null {
  if (value == null || !value.trim()) return null;
  const v = value.replace(/[\s-]/g, '');
  if (!/^1\d{10}$/.test(v) && !/^0\d{9,11}$/.test(v)) {
    throw badInput(field, {
      zh: `电话号码格式不对：${value}（手机号 11 位，座机带区号）`,
      en: `Not a phone number: ${value} (11-digit mobile, or a landline with its area code)`,
    });
  }
  return v;
}

export function unique<T>(values: readonly T[] | null | undefined): T[] {
  return [...new Set(values ?? [])];
}

/** Optimistic concurrency for updates: the caller passes the version they read. */
export function expectVersion(entity: { version: number }, expected: number | null | undefined, label: Label): void {
  if (expected != null && expected !== entity.version) {
    throw conflict(
      {
        zh: `${label.zh}已被他人修改（您读取的是第 ${expected} 版，现在是第 ${entity.version} 版），请刷新后重试`,
        en: `${label.en} was changed by someone else (you read version ${expected}, it is now ${entity.version}); reload and try again`,
      },
      { currentVersion: entity.version },
    );
  }
}
