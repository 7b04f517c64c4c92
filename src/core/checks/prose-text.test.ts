import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from '../types';
import { proseText, SENTENCE_MAX, sentenceEnd, sentenceStart, sourceSpan } from './prose-text';

describe('proseText', () => {
  it('drops whitespace inside words, keeps it between two figures, maps back to the source', () => {
    const src = '答\n复 3,050 件，共 12 34件';
    const p = proseText(src);
    expect(p.text).toBe('答复3,050件，共12 34件');
    const i = p.text.indexOf('3,050');
    expect(sourceSpan(p, i, 5)).toEqual([src.indexOf('3,050'), src.indexOf('3,050') + 5]);
  });

  it('cuts each table out as one full stop', () => {
    const src = '收到申请5件 | 1 | 2 | 答复4件';
    const s = src.indexOf('|');
    const e = src.lastIndexOf('|') + 1;
    const p = proseText(src, [[s, e]]);
    expect(p.text).toBe('收到申请5件。答复4件');
    expect(p.at.at(p.text.indexOf('。'))).toBe(s);
    expect(sourceSpan(p, p.text.indexOf('答'), 2)).toEqual([src.indexOf('答'), src.indexOf('答') + 2]);
  });
});

describe('sentenceStart / sentenceEnd', () => {
  it('find the 。 on either side, within SENTENCE_MAX', () => {
    const t = '上一句。本机关免费提供政府信息。下一句';
    const at = t.indexOf('免费');
    expect(t.slice(sentenceStart(t, at), sentenceEnd(t, at))).toBe('本机关免费提供政府信息');
    expect(sentenceEnd('没有句号的文字', 2)).toBe(7);
  });

  it('stop SENTENCE_MAX away in text without a 。 (a run-on paste: every match would scan to the end)', () => {
    const t = '免费，'.repeat(SENTENCE_MAX * 2);
    const at = 3 * 1000;
    expect(sentenceEnd(t, at)).toBe(at + SENTENCE_MAX);
    expect(sentenceStart(t, at)).toBe(at - SENTENCE_MAX);
  });
});

/** proseText as it was first written: one array entry per kept unit, a test per unit */
function proseTextPlain(folded: string, cut: Span[]): { text: string; at: number[] } {
  const spans = cut.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const space = /[ \n\r\t\f\v\u00a0\u3000]/;
  const digit = /[0-9]/;
  let text = '';
  const at: number[] = [];
  let i = 0;
  let k = 0;
  while (i < folded.length) {
    while (k < spans.length && spans[k]![1] <= i) k++;
    const next = k < spans.length ? spans[k]![0] : folded.length;
    if (i >= next) {
      text += '。';
      at.push(i);
      i = spans[k]![1];
      continue;
    }
    if (space.test(folded[i]!)) {
      let j = i + 1;
      while (j < next && space.test(folded[j]!)) j++;
      if (digit.test(text.at(-1) ?? '') && j < next && digit.test(folded[j]!)) {
        text += ' ';
        at.push(i);
      }
      i = j;
      continue;
    }
    text += folded[i];
    at.push(i);
    i++;
  }
  return { text, at };
}

describe('proseText against the plain per-unit loop', () => {
  it('gives the same text and the same way back', () => {
    const unit = fc.constantFrom('答', '复', '3', '0', ' ', '\n', '\u3000', '|', '件', '。', 'a', '\ufeff', '😀', '\ud83d', '\ufffd');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), fc.array(fc.tuple(fc.nat(45), fc.nat(8)), { maxLength: 3 }), (parts, cuts) => {
        const folded = parts.join('');
        // (tables stand inside the text)
        const cut: Span[] = cuts.map(([s, len]) => [Math.min(s, folded.length), Math.min(s + len, folded.length)]);
        const p = proseText(folded, cut);
        const ref = proseTextPlain(folded, cut);
        expect(p.text).toBe(ref.text);
        expect([...p.at.toArray()]).toEqual(ref.at);
        for (let i = 0; i < ref.at.length; i++) expect(sourceSpan(p, i, 1)).toEqual([ref.at[i], ref.at[i]! + 1]);
      }),
      { numRuns: 2000 },
    );
  });
});
