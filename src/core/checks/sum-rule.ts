// One additive rule "the cells on the left add up to the cells on the right", evaluated on a
// table: blank addends count as 0, a rule whose cells are all blank is skipped.
import type { Check, Span, Table } from '../types';

export type CellRef = [string, string];

export function cellValue(table: Table, [row, col]: CellRef): number | null {
  const v = table.rows[row]?.[col];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** row → col → span, built once per table (a report runs ~60 rules over ~175 cells) */
const spanIndex = new WeakMap<Table, Map<string, Span>>();

export function cellSpans(table: Table, refs: CellRef[]): Span[] {
  let index = spanIndex.get(table);
  if (!index) {
    index = new Map();
    for (const c of table.cells) if (c.span && !index.has(`${c.row}\u0000${c.col}`)) index.set(`${c.row}\u0000${c.col}`, c.span);
    spanIndex.set(table, index);
  }
  const spans: Span[] = [];
  for (const [row, col] of refs) {
    const span = index.get(`${row}\u0000${col}`);
    if (span) spans.push(span);
  }
  return spans;
}

/** sum with blanks as 0; null when every cell is blank */
export function sumCells(table: Table, refs: CellRef[]): number | null {
  let sum = 0;
  let any = false;
  for (const ref of refs) {
    const v = cellValue(table, ref);
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

export function evaluateSumRule(table: Table, rule: SumRule): Check {
  const cells = [...rule.expectedCells, ...rule.actualCells];
  const expected = sumCells(table, rule.expectedCells);
  const actual = sumCells(table, rule.actualCells);
  const base = { id: rule.id, cells, spans: cellSpans(table, cells), severity: 'error' as const };
  if (expected === null && actual === null) {
    return { ...base, status: 'skipped', expected: null, actual: null, message: rule.skippedMessage };
  }
  // A side left entirely blank counts as 0; the message still says it was blank.
  const pass = Math.abs((expected ?? 0) - (actual ?? 0)) < 1e-6;
  const message = rule.describe(expected, actual, pass);
  return { ...base, status: pass ? 'pass' : 'fail', expected: expected ?? 0, actual: actual ?? 0, message };
}

/** "12" or "空白" for a message */
export function shown(n: number | null): string {
  return n === null ? '空白' : String(n);
}
