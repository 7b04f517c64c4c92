import { describe, expect, it } from 'vitest';
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
    expect(p.at[p.text.indexOf('。')]).toBe(s);
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
