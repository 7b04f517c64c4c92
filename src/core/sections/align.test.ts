import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignTitle, lcsLength } from './align';

describe('lcsLength', () => {
  it('counts what alignTitle matches, on any title and window', () => {
    // a small alphabet, so titles and windows share characters and repeat them
    const str = (max: number) => fc.string({ unit: fc.constantFrom(...'情况总体公开政府信息a \n'), maxLength: max });
    fc.assert(
      fc.property(str(34), str(50), fc.nat(50), fc.nat(60), (title, text, from, maxLen) => {
        fc.pre(from <= text.length);
        expect(lcsLength(title, text, from, maxLen)).toBe(alignTitle(title, text, from, maxLen).matched);
      }),
      { numRuns: 5000 },
    );
  });
  it('counts a heading with injected characters', () => {
    expect(lcsLength('总体情况', 'x总体情况再谜局', 1, 8)).toBe(4);
    expect(lcsLength('主动公开政府信息情况', '主动公开政府信微束姜息情况', 0, 15)).toBe(10);
  });
});

/** plain LCS length of a and b (the whole table) */
function lcs(a: string, b: string): number {
  const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) t[i]![j] = a[i - 1] === b[j - 1] ? t[i - 1]![j - 1]! + 1 : Math.max(t[i - 1]![j]!, t[i]![j - 1]!);
  return t[a.length]![b.length]!;
}

describe('alignTitle', () => {
  it('equals a plain LCS: the best count, the shortest window reaching it, a first match inside it', () => {
    const str = (max: number) => fc.string({ unit: fc.constantFrom(...'情况总体公开政府信息a \n'), maxLength: max });
    fc.assert(
      fc.property(str(20), str(40), fc.nat(40), fc.nat(50), (title, text, from, maxLen) => {
        fc.pre(from <= text.length);
        const window = text.slice(from, from + maxLen);
        const best = lcs(title, window);
        const a = alignTitle(title, text, from, maxLen);
        expect(a.matched).toBe(best);
        if (best === 0) {
          expect([a.first, a.end]).toEqual([from, from]);
          return;
        }
        // the end: the shortest prefix of the window that reaches the best count
        let end = 0;
        while (lcs(title, window.slice(0, end)) < best) end++;
        expect(a.end).toBe(from + end);
        // the first match starts the alignment: the window from it still reaches the best count
        expect(a.first).toBeGreaterThanOrEqual(from);
        expect(title.includes(text[a.first]!)).toBe(true);
        expect(lcs(title, text.slice(a.first, a.end))).toBe(best);
      }),
      { numRuns: 2000 },
    );
  });
});
