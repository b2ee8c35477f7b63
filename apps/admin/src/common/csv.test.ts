import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

const t = (key: string) => ({ 'f.name': '姓名', 'f.flags': '家庭类别', 'f.note': '备注' })[key] ?? key;

describe('CSV export', () => {
  it('starts with a UTF-8 byte-order mark and Chinese headers so Excel opens it in the right encoding', () => {
    const csv = toCsv([{ name: '丁刚峰' }], [{ header: 'f.name', value: (r: { name: string }) => r.name }], t);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('姓名\r\n丁刚峰\r\n');
  });

  it('quotes separators, quotes and line breaks, joins lists with 、 and defuses formulas', () => {
    type R = { flags: string[]; note: string };
    const csv = toCsv<R>(
      [{ flags: ['贫困户', '五保户'], note: '说"好",\n再见' }, { flags: [], note: '=1+1' }],
      [
        { header: 'f.flags', value: (r) => r.flags },
        { header: 'f.note', value: (r) => r.note },
      ],
      t,
    );
    expect(csv.slice(1).split('\r\n')).toEqual(['家庭类别,备注', '贫困户、五保户,"说""好"",\n再见"', ",'=1+1", '']);
  });
});
