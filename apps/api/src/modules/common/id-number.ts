import type { Bilingual } from '../../graphql/i18n.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** Checks an 18-character resident ID (GB 11643): format, check digit, and the birth date it carries. */
export function idNumberProblem(id: string, birthDate: string | null): Bilingual | null {
  if (!/^\d{17}[\dX]$/.test(id)) return { zh: '应为 18 位，末位可为 X', en: 'it must be 18 characters, the last may be X' };
  const sum = WEIGHTS.reduce((s, w, i) => s + w * Number(id[i]), 0);
  if (CHECK[sum % 11] !== id[17]) return { zh: '校验位不对', en: 'the check digit is wrong' };
  const born = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (birthDate && born !== birthDate) {
    return { zh: `其中的出生日期 ${born} 与出生日期 ${birthDate} 不符`, en: `the birth date in it, ${born}, differs from ${birthDate}` };
  }
  return null;
}
