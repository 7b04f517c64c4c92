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

describe('printedOnce', () => {
  it('is true exactly when indexOf finds the piece at its own place and nowhere after', () => {
    const unit = fc.constantFrom('格', '式', '。', '\n', '格式', 'a');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 80 }), fc.array(fc.tuple(fc.nat(), fc.nat(5)), { maxLength: 12 }), (units, raw) => {
        const f = units.join('');
        const pieces = raw.map(([a, l]) => [a % (f.length + 1), Math.min(f.length, (a % (f.length + 1)) + l)] as [number, number]);
        const got = printedOnce(f, pieces);
        pieces.forEach(([a, b], k) => {
          const s = f.slice(a, b);
          expect(got[k]).toBe(b > a && f.indexOf(s) === a && f.indexOf(s, a + 1) < 0);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('answers the same for pieces longer than the hashed lengths (≥ 256 units)', () => {
    const unit = fc.constantFrom('格式'.repeat(70), '格', '。', 'a');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 250, max: 300 })), { maxLength: 6 }), (units, raw) => {
        const f = units.join('');
        const pieces = raw.map(([a, l]) => [a % (f.length + 1), Math.min(f.length, (a % (f.length + 1)) + l)] as [number, number]);
        const got = printedOnce(f, pieces);
        pieces.forEach(([a, b], k) => {
          const s = f.slice(a, b);
          expect(got[k]).toBe(b > a && f.indexOf(s) === a && f.indexOf(s, a + 1) < 0);
        });
      }),
      { numRuns: 200 },
    );
  });
});
