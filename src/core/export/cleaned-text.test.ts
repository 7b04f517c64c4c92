import { describe, expect, it } from 'vitest';
import { cleanText } from '../garbles';
import { cleanedText } from './cleaned-text';

describe('cleaned text', () => {
  const text = '甲乙丙。重复的段落。丁戊X己。重复的段落。完';
  const first = text.indexOf('重复的段落。');
  const second = text.indexOf('重复的段落。', first + 1);
  const dup = { span: [second, second + 6] as [number, number], of: [first, first + 6] as [number, number] };
  const x = text.indexOf('X');

  it('drops the second copy of a duplicated block and records each change', () => {
    const r = cleanedText(text, [{ kind: 'injected', span: [x, x + 1], text: 'X', suggestion: '' }], [dup]);
    expect(r.text).toBe('甲乙丙。重复的段落。丁戊己。完');
    expect(r.removals).toEqual([
      { span: [x, x + 1], kind: 'garble', replacement: '' },
      { span: dup.span, kind: 'duplicate', replacement: '', of: dup.of },
    ]);
  });

  it('a garble inside the dropped copy goes with it; without duplicates it equals the garble cleaning', () => {
    const g = { kind: 'injected' as const, span: [second + 1, second + 2] as [number, number], text: '复', suggestion: '' };
    expect(cleanedText(text, [g], [dup]).removals.map((r) => r.kind)).toEqual(['duplicate']);
    expect(cleanedText(text, [g], []).text).toBe(cleanText(text, [g]));
  });
});
