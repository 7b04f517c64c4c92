// splitRuns' speed tricks (digit-count bounds, values built digit by digit, the SumBound pruning
// of one plain run whose last figure is the total, the caller's partial checks) against brute
// force on small rows: every way of cutting the runs into figures, kept when it obeys the rules.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Run } from './cells';
import { groupTotalsHold, splitRuns } from './glued';

/**
 * brute force: every way of cutting the runs into figures (no superfluous leading 0, at most
 * maxLen digits, a run's figures stay in it), in reading order (shorter first figure first),
 * kept when there are n figures and each group of `size` adds up to its last one
 */
function bruteForce(runs: string[], n: number, size: number, maxLen: number, maxSolutions: number): number[][] {
  const all: number[][] = [];
  const go = (r: number, at: number, acc: number[]) => {
    if (acc.length > n) return; // too many figures already (the only pruning here)
    if (r === runs.length) {
      all.push(acc);
      return;
    }
    const run = runs[r]!;
    for (let len = 1; len <= Math.min(maxLen, run.length - at); len++) {
      if (len > 1 && run[at] === '0') break;
      const next = [...acc, Number(run.slice(at, at + len))];
      if (at + len === run.length) go(r + 1, 0, next);
      else go(r, at + len, next);
    }
  };
  go(0, 0, []);
  const ok = all.filter((v) => {
    if (v.length !== n) return false;
    for (let g = 0; g + size <= v.length; g += size) {
      const group = v.slice(g, g + size);
      if (group.slice(0, -1).reduce((a, b) => a + b, 0) !== group[size - 1]) return false;
    }
    return true;
  });
  return ok.slice(0, maxSolutions);
}

function asRuns(runs: string[]): { folded: string; runs: Run[] } {
  let folded = '';
  const out: Run[] = [];
  for (const r of runs) {
    if (folded) folded += ' ';
    const start = folded.length;
    folded += r;
    out.push({ start, end: folded.length, sign: 1, digitsStart: start, digitsEnd: folded.length, decimals: '', unit: '', atomic: false });
  }
  return { folded, runs: out };
}

// digits skewed to 0 and 1 so that rows adding up are common
const digits = (max: number) => fc.string({ unit: fc.constantFrom('0', '0', '1', '1', '2', '3', '5', '9'), minLength: 1, maxLength: max });

describe('splitRuns equals brute force on small rows', () => {
  it('one group whose last figure is its total (the SumBound path for one run)', () => {
    fc.assert(
      fc.property(fc.array(digits(6), { minLength: 1, maxLength: 3 }), fc.integer({ min: 2, max: 7 }), fc.integer({ min: 1, max: 9 }), (parts, n, maxLen) => {
        const { folded, runs } = asRuns(parts);
        const got = splitRuns(folded, runs, n, { maxLen, partial: (v) => groupTotalsHold(v, n), lastIsSum: true }).map((s) => s.map((p) => p.value));
        expect(got).toEqual(bruteForce(parts, n, n, maxLen, 64));
      }),
      { numRuns: 2000 },
    );
  });

  it('rows built to add up, glued into one run', () => {
    const row = fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 1, maxLength: 4 }).map((a) => [...a, a.reduce((x, y) => x + y, 0)]);
    fc.assert(
      fc.property(row, (values) => {
        const glued = values.join('');
        const { folded, runs } = asRuns([glued]);
        const n = values.length;
        const got = splitRuns(folded, runs, n, { partial: (v) => groupTotalsHold(v, n), lastIsSum: true }).map((s) => s.map((p) => p.value));
        expect(got).toEqual(bruteForce([glued], n, n, 9, 64));
        expect(got).toContainEqual(values);
      }),
      { numRuns: 1000 },
    );
  });

  it('groups of figures with their totals (the review table), spans pointing at the digits', () => {
    fc.assert(
      fc.property(fc.array(digits(5), { minLength: 1, maxLength: 3 }), fc.constantFrom(2, 3), fc.constantFrom(2, 3), (parts, groups, size) => {
        const { folded, runs } = asRuns(parts);
        const n = groups * size;
        const sols = splitRuns(folded, runs, n, { partial: (v) => groupTotalsHold(v, size), maxSolutions: 24 });
        expect(sols.map((s) => s.map((p) => p.value))).toEqual(bruteForce(parts, n, size, 9, 24));
        for (const s of sols) for (const p of s) expect(Number(folded.slice(p.start, p.end))).toBe(p.value);
      }),
      { numRuns: 2000 },
    );
  });
});
