import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zh } from './zh';
import { translate } from './i18n';

const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();

describe('i18n', () => {
  it('English has exactly the Chinese keys, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const v of [...Object.values(en), ...Object.values(zh)]) expect(v.trim()).not.toBe('');
  });
  it('placeholders are the same in both languages', () => {
    for (const k of Object.keys(zh) as (keyof typeof zh)[]) expect(ph(en[k])).toBe(ph(zh[k]));
  });
  it('fills placeholders', () => {
    expect(translate('zh', 'doneIn', { name: 'a.txt', ms: 12 })).toBe('a.txt · 用时 12 毫秒');
  });
});
