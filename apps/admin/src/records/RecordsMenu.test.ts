import { describe, expect, it } from 'vitest';
import { systemHeading } from './RecordsMenu';

describe('the menu’s system headings', () => {
  it('numbers the systems as the policy does, in both languages', () => {
    expect(systemHeading('S1', 'zh')).toBe('一 调查研究制度');
    expect(systemHeading('S10', 'zh')).toBe('十 体验感受群众生活制度');
    expect(systemHeading('S4', 'en')).toBe('4. Regular reception of visitors');
    expect(systemHeading('G', 'zh')).toBe('相关要求');
  });
});
