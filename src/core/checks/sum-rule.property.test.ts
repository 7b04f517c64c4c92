// evaluateRuleSet (every cell numbered once, rows and columns as flat lists, a row's column map
// looked up once per run of its cells, closures made only for rules that do not hold) against
// the plain evaluateSumRule, rule by rule, on random tables: blanks, non-numbers, missing rows,
// cells without spans, cells out of row order and repeated, rules sharing and repeating cells.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell, Table } from '../types';
import { evaluateRuleSet, evaluateSumRule, ruleSet, type CellRef, type SumRule } from './sum-rule';

const ROWS = ['a', 'b', 'c', 'd'];
const COLS = ['x', 'y', 'z', 'total'];
const ref = fc.tuple(fc.constantFrom(...ROWS), fc.constantFrom(...COLS)) as fc.Arbitrary<CellRef>;
const value = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 20 }), fc.constant(Number.NaN), fc.constant(0.1), fc.constant(0.2), fc.constant(0.3));

const table: fc.Arbitrary<Table> = fc
  .record({
    rows: fc.dictionary(fc.constantFrom(...ROWS), fc.dictionary(fc.constantFrom(...COLS), value)),
    cells: fc.array(fc.record({ at: ref, start: fc.nat(100), spanned: fc.boolean() }), { maxLength: 24 }),
  })
  .map(({ rows, cells }) => ({
    span: [0, 100],
    rows,
    cells: cells.map(({ at, start, spanned }): Cell => ({ row: at[0], col: at[1], value: null, raw: '', span: spanned ? [start, start + 1] : null })),
  }));

const rule = (i: number): fc.Arbitrary<SumRule> =>
  fc.record({ expectedCells: fc.array(ref, { minLength: 1, maxLength: 5 }), actualCells: fc.array(ref, { minLength: 1, maxLength: 3 }) }).map((r) => ({
    id: `rule.${i}`,
    ...r,
    say: (outcome, expected, actual) => ({ code: `check.balance.${outcome === 'skipped' ? 'skipped' : outcome}`, params: { col: 'x', expected, actual } }) as never,
  }));

describe('evaluateRuleSet', () => {
  it('gives what evaluateSumRule gives, rule by rule', () => {
    fc.assert(
      fc.property(
        table,
        fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => rule(i)))),
        (t, rules) => {
          expect(evaluateRuleSet(t, ruleSet(rules))).toEqual(rules.map((r) => evaluateSumRule(t, r)));
        },
      ),
      { numRuns: 1500 },
    );
  });
});
