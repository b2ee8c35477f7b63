import { describe, expect, it } from 'vitest';
import { changesOf, formatValue } from './changes';

const t = (key: string) => ({ 'lianxi.audit.empty': '（空）', 'lianxi.filter.yes': '是', 'lianxi.filter.no': '否' })[key] ?? key;

describe('audit log changes', () => {
  it('list each changed field with its before and after value', () => {
    expect(changesOf({ name: ['第一管理区', '第一区'], flags: [[], ['LAGGING']] })).toEqual([
      { field: 'name', before: '第一管理区', after: '第一区' },
      { field: 'flags', before: [], after: ['LAGGING'] },
    ]);
    expect(changesOf(null)).toEqual([]);
    expect(changesOf({ odd: 'not a pair' })).toEqual([]);
  });

  it('show empty, booleans, lists and objects in words', () => {
    expect(formatValue(null, t)).toBe('（空）');
    expect(formatValue('', t)).toBe('（空）');
    expect(formatValue(true, t)).toBe('是');
    expect(formatValue(['贫困户', '五保户'], t)).toBe('贫困户、五保户');
    expect(formatValue({ a: 1 }, t)).toBe('{"a":1}');
    expect(formatValue(3, t)).toBe('3');
  });
});
