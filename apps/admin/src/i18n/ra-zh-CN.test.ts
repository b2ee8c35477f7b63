import englishMessages from 'ra-language-english';
import { describe, expect, it } from 'vitest';
import { raChineseMessages } from './ra-zh-CN';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the zh-CN catalogue of react-admin messages', () => {
  const en = leaves(englishMessages as unknown as Tree);
  const zh = leaves(raChineseMessages as unknown as Tree);

  it('has exactly the keys of ra-language-english, so no screen falls back to a raw key', () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('keeps every placeholder of the English message, so counts and names still show', () => {
    for (const [key, text] of en) expect({ key, p: placeholders(zh.get(key) ?? '') }).toEqual({ key, p: placeholders(text) });
  });

  it('keeps the plural separator where English has one', () => {
    for (const [key, text] of en) {
      expect({ key, plural: (zh.get(key) ?? '').includes('||||') }).toEqual({ key, plural: text.includes('||||') });
    }
  });

  it('is written in Chinese (every message but the blank null label carries Han characters)', () => {
    for (const [key, text] of zh) if (text.replace(/%\{\w+\}/g, '').trim()) expect({ key, han: /[\u4e00-\u9fff]/.test(text) }).toEqual({ key, han: true });
  });
});
