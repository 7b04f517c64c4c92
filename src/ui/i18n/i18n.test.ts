import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zh } from './zh';
import { translate } from './i18n';
import { enSingular } from './plural-en';

const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();

describe('i18n', () => {
  it('English has exactly the Chinese keys, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const v of [...Object.values(en), ...Object.values(zh)]) expect(v.trim()).not.toBe('');
  });
  it('placeholders are the same in both languages', () => {
    for (const k of Object.keys(zh) as (keyof typeof zh)[]) expect(ph(en[k])).toBe(ph(zh[k]));
  });
  it('a singular form keeps its message\'s placeholders and differs from the plural', () => {
    for (const [k, one] of Object.entries(enSingular) as [keyof typeof en, string][]) {
      expect(ph(one), k).toBe(ph(en[k]));
      expect(one, k).not.toBe(en[k]);
    }
  });
  it('counts take their plural form: 1 warning, 2 warnings, 0 warnings; Chinese unchanged', () => {
    expect(translate('en', 'countWarnings', { n: 1 })).toBe('1 warning');
    expect(translate('en', 'countWarnings', { n: 2 })).toBe('2 warnings');
    expect(translate('en', 'countWarnings', { n: 0 })).toBe('0 warnings');
    expect(translate('en', 'batchDone', { total: 1, time: '2 s' })).toBe('Done: 1 report in 2 s.');
    expect(translate('en', 'batchRows', { shown: 0, total: 1 })).toBe('0 / 1 report');
    expect(translate('zh', 'countWarnings', { n: 1 })).toBe(translate('zh', 'countWarnings', { n: 2 }).replace('2', '1'));
  });
  it('fills placeholders', () => {
    expect(translate('zh', 'doneIn', { name: 'a.txt', ms: 12 })).toBe('a.txt · 用时 12 毫秒');
  });
});
