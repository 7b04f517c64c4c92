// SpanIndex and printedOnce answer exactly what the plain scans they replaced answer.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printedOnce, SpanIndex } from './span-index';

const span = fc.tuple(fc.nat(60), fc.nat(12)).map(([a, l]) => [a, a + l] as [number, number]);

describe('SpanIndex', () => {
  it('overlaps and holds as a scan of every span would say', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), fc.array(span, { maxLength: 30 }), (spans, questions) => {
        const index = new SpanIndex(spans);
        for (const [a, b] of questions) {
          expect(index.overlaps(a, b)).toBe(spans.some((o) => o[0] < b && a < o[1]));
          expect(index.holds(a, b)).toBe(spans.some((o) => o[0] <= a && b <= o[1]));
        }
      }),
      { numRuns: 500 },
    );
  });
});

/** printedOnce over texts joined from `unit`s, against indexOf, for pieces of `length` units */
function againstIndexOf(unit: fc.Arbitrary<string>, maxUnits: number, length: fc.Arbitrary<number>, maxPieces: number, numRuns: number): void {
  fc.assert(
    fc.property(fc.array(unit, { maxLength: maxUnits }), fc.array(fc.tuple(fc.nat(), length), { maxLength: maxPieces }), (units, raw) => {
      const f = units.join('');
      const pieces = raw.map(([a, l]) => [a % (f.length + 1), Math.min(f.length, (a % (f.length + 1)) + l)] as [number, number]);
      const got = printedOnce(f, pieces);
      pieces.forEach(([a, b], k) => {
        const s = f.slice(a, b);
        expect(got[k]).toBe(b > a && f.indexOf(s) === a && f.indexOf(s, a + 1) < 0);
      });
    }),
    { numRuns },
  );
}

describe('printedOnce', () => {
  it('is true exactly when indexOf finds the piece at its own place and nowhere after', () => {
    againstIndexOf(fc.constantFrom('格', '式', '。', '\n', '格式', 'a'), 80, fc.nat(5), 12, 500);
  });

  it('answers the same for pieces longer than the hashed lengths (≥ 256 units)', () => {
    againstIndexOf(fc.constantFrom('格式'.repeat(70), '格', '。', 'a'), 12, fc.integer({ min: 250, max: 300 }), 6, 200);
  });
});
