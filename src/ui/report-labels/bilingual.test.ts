import { describe, expect, it } from 'vitest';
import { inLang, splitGloss } from './bilingual';

describe('bilingual core texts', () => {
  it('picks the half in the UI language', () => {
    expect(inLang('另一副本中没有这些字（absent from the other copy）', 'zh')).toBe('另一副本中没有这些字');
    expect(inLang('另一副本中没有这些字（absent from the other copy）', 'en')).toBe('absent from the other copy');
  });
  it('keeps a Chinese bracket and a bare text whole', () => {
    expect(splitGloss('表二印了两次（位置 1–2 与 3–4），采用读得更完整的一份')).toBeNull();
    expect(inLang('位置（第 3 行）', 'en')).toBe('位置（第 3 行）');
    expect(inLang('U+200B', 'zh')).toBe('U+200B');
  });
});
