// One additive rule "the cells on the left add up to the cells on the right", evaluated on a
// table: blank addends count as 0, a rule whose cells are all blank is skipped.
import type { Check, Span, Table } from '../types';

export type CellRef = [string, string];

export function cellValue(table: Table, ref: CellRef): number | null {
  const v = table.rows[ref[0]]?.[ref[1]];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** row → col → span, built once per table (a report runs ~60 rules over ~175 cells) */
const spanIndex = new WeakMap<Table, Map<string, Map<string, Span>>>();

function indexOf(table: Table): Map<string, Map<string, Span>> {
  let index = spanIndex.get(table);
  if (index) return index;
  index = new Map();
  for (const c of table.cells) {
    if (!c.span) continue;
    let row = index.get(c.row);
    if (!row) index.set(c.row, (row = new Map()));
    if (!row.has(c.col)) row.set(c.col, c.span);
  }
  spanIndex.set(table, index);
  return index;
}

export function cellSpans(table: Table, refs: readonly CellRef[]): Span[] {
  const index = indexOf(table);
  const spans: Span[] = [];
  for (let i = 0; i < refs.length; i++) {
    const span = index.get(refs[i][0])?.get(refs[i][1]);
    if (span) spans.push(span);
  }
  return spans;
}

/** sum with blanks as 0; null when every cell is blank */
export function sumCells(table: Table, refs: readonly CellRef[]): number | null {
  let sum = 0;
  let any = false;
  for (let i = 0; i < refs.length; i++) {
    const v = cellValue(table, refs[i]);
    if (v !== null) {
      sum += v;
      any = true;
    }
  }
  return any ? round(sum) : null;
}

/** cents are the finest unit printed; avoid 0.1 + 0.2 artefacts */
function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

export interface SumRule {
  id: string;
  /** cells whose sum is `expected` */
  expectedCells: CellRef[];
  /** cells whose sum is `actual` (often the one printed total) */
  actualCells: CellRef[];
  /** builds the Chinese message from the two sides (null = that side is entirely blank) */
  describe: (expected: number | null, actual: number | null, pass: boolean) => string;
  skippedMessage: string;
}

/** both sides in one list, computed once per rule (rules are built once per format) */
const allCells = new WeakMap<SumRule, CellRef[]>();

export function evaluateSumRule(table: Table, rule: SumRule): Check {
  let both = allCells.get(rule);
  if (!both) allCells.set(rule, (both = [...rule.expectedCells, ...rule.actualCells]));
  const cells = both.slice();
  const spans = cellSpans(table, cells);
  const expected = sumCells(table, rule.expectedCells);
  const actual = sumCells(table, rule.actualCells);
  if (expected === null && actual === null) {
    return { id: rule.id, cells, spans, severity: 'error', status: 'skipped', expected: null, actual: null, message: rule.skippedMessage };
  }
  // A side left entirely blank counts as 0; the message still says it was blank.
  const pass = Math.abs((expected ?? 0) - (actual ?? 0)) < 1e-6;
  // same key order as before: the exported JSON stays byte-identical
  return {
    id: rule.id,
    cells,
    spans,
    severity: 'error',
    status: pass ? 'pass' : 'fail',
    expected: expected ?? 0,
    actual: actual ?? 0,
    message: rule.describe(expected, actual, pass),
  };
}

/** "12" or "空白" for a message */
export function shown(n: number | null): string {
  return n === null ? '空白' : String(n);
}
