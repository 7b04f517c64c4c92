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
