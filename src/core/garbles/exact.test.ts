import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import type { Garble } from '../types';
import { fold } from '../normalize/fold';
import { findCharGarbles, findFixedMojibake, findMarkup } from './exact';
import { cleanText, mergeGarbles } from './index';

const all = (text: string): Garble[] => {
  const out: Garble[] = [];
  findCharGarbles(text, out);
  findMarkup(text, out);
  findFixedMojibake(text, fold(text), out);
  return mergeGarbles(text, out);
};

describe('exact garbles', () => {
  it('finds U+FFFD runs with their spans', () => {
    const t = '政府\uFFFD\uFFFD信息';
    expect(all(t)).toEqual([{ kind: 'replacement', span: [2, 4], text: '\uFFFD\uFFFD', suggestion: '', code: 'garble.replacement', params: {}, reason: 'U+FFFD' }]);
  });
  it('finds invisible characters but not NBSP or U+3000', () => {
    const t = '政\u200b府\u00a0信\u3000息\ufeff公\u0007开\ue000\tX\r\n';
    const g = all(t);
    expect(g.map((x) => x.kind)).toEqual(['invisible', 'invisible', 'invisible', 'invisible']);
    expect(g.map((x) => x.span)).toEqual([[1, 2], [7, 8], [9, 10], [11, 12]]);
    expect(cleanText(t, g)).toBe('政府\u00a0信\u3000息公开\tX\r\n');
  });
  it('flags supplementary private use and lone surrogates, keeps real astral characters', () => {
    const t = 'a\udb80\udc00b\ud800c𠀀d';
    expect(all(t).map((x) => x.span)).toEqual([[1, 3], [4, 5]]);
  });
  it('finds converter markup of several shapes', () => {
    const t = '情况[bookmark: _GoBack]说明<!--[if !supportLists]-->1.<![endif]-->内容<o:p></o:p><span style="x">A</span>&nbsp;B';
    const g = all(t);
    expect(g.every((x) => x.kind === 'markup')).toBe(true);
    expect(cleanText(t, g)).toBe('情况说明1.内容A B');
  });
  it('leaves comparison signs and plain brackets alone', () => {
    expect(all('若 a<b 且 c>d，[注]见附件，x < 5')).toEqual([]);
  });
  it('finds 锟斤拷 / 烫烫烫 / 屯屯 runs in either script', () => {
    const t = '信息锟斤拷锟斤拷公开燙燙燙燙說明屯屯屯';
    const g = all(t);
    expect(g.map((x) => x.text)).toEqual(['锟斤拷锟斤拷', '燙燙燙燙', '屯屯屯']);
    expect(g.every((x) => x.kind === 'mojibake')).toBe(true);
  });
  it('flags nothing in the clean samples except their known markup', () => {
    const dir = new URL('../../../fixtures/samples/', import.meta.url);
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const g = all(readFileSync(new URL(f, dir), 'utf8'));
      for (const x of g) expect([f, x.kind, x.text]).toEqual([f, 'markup', '[bookmark: _GoBack]']);
    }
  });
});

describe('mergeGarbles / cleanText', () => {
  it('unites overlapping garbles of one kind and lets exact kinds win', () => {
    const t = 'abcdefgh';
    const g = mergeGarbles(t, [
      { kind: 'injected', span: [1, 3], text: 'bc', suggestion: '' },
      { kind: 'injected', span: [2, 5], text: 'cde', suggestion: '' },
      { kind: 'invisible', span: [6, 7], text: 'g', suggestion: '' },
      { kind: 'injected', span: [6, 8], text: 'gh', suggestion: '' },
    ]);
    expect(g.map((x) => [x.kind, x.span])).toEqual([['injected', [1, 5]], ['invisible', [6, 7]], ['injected', [7, 8]]]);
    expect(cleanText(t, g)).toBe('af');
  });
});
