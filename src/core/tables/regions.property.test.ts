// findClusterSets counts a distance in content characters between two positions only when
// asked (contentBeyond), not from a prefix array of the whole text: the same answer as the
// prefix array's difference, on text of content, pipes, rules and padding.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentBeyond, contentPrefix } from './regions';

const piece = fc.constantFrom('申', '请', '|', '-', ':', ' ', '\n', '\u3000', '\u00a0', 'a', '1', '、');

describe('contentBeyond', () => {
  it('equals the prefix counts difference compared with the gap', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 120 }).map((a) => a.join('')), fc.nat(130), fc.nat(130), fc.nat(60), (s, a, b, gap) => {
        const from = Math.min(a, s.length);
        const to = Math.min(b, s.length);
        const p = contentPrefix(s);
        expect(contentBeyond(s, from, to, gap)).toBe(p[to]! - p[from]! > gap);
      }),
      { numRuns: 2000 },
    );
  });
});
