// EquationScorer (rows held by role, changed one at a time) against the plain count over a Map,
// through random sequences of changes: figures with fractions too, so the sums' order matters.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EquationScorer, equationsHeld } from './equations';
import { resultRowKeys } from './templates';

const N = 7;
const figure = fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constantFrom(0.1, 0.2, 0.3, 1e15, 2 ** 53));
const figures = fc.array(figure, { minLength: 0, maxLength: N + 1 });

describe('EquationScorer', () => {
  for (const format of ['2019', '2021'] as const) {
    const keys = ['newReceived', 'carriedOver', 'resultsTotal', 'carriedForward', 'applicants', ...resultRowKeys(format)];
    const key = fc.constantFrom(...keys);
    it(`counts what equationsHeld counts, change after change (${format})`, () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(key, figures), { maxLength: 12 }), fc.array(fc.tuple(key, figures), { maxLength: 20 }), (start, changes) => {
          const vals = new Map(start);
          const scorer = new EquationScorer(vals, resultRowKeys(format), N);
          expect(scorer.score()).toBe(equationsHeld(vals, resultRowKeys(format), N));
          for (const [k, f] of changes) {
            scorer.set(k, f);
            vals.set(k, f);
            expect(scorer.score()).toBe(equationsHeld(vals, resultRowKeys(format), N));
          }
        }),
        { numRuns: 300 },
      );
    });
  }
});
