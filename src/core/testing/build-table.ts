// Build a contract-shaped Table from plain rows, for tests and generated truth: every key of
// the format present, cells in row order, and (optionally) fake spans so highlights are testable.
import type { Cell, Table } from '../types';
import { APPLICATION_COLS, REVIEW_COLS, REVIEW_ROWS, applicationRows, proactiveLayout, type TableFormat } from '../checks/keys';

export type Rows = Record<string, Record<string, number | null>>;

/** the key layout of one table: [row, its columns][] */
export function layoutOf(table: 'proactive' | 'applications' | 'reviewLitigation', format: TableFormat): [string, string[]][] {
  if (table === 'proactive') return proactiveLayout(format);
  if (table === 'applications') return applicationRows(format).map((r) => [r, [...APPLICATION_COLS]]);
  return REVIEW_ROWS.map((r) => [r, [...REVIEW_COLS]]);
}

/** every cell null */
export function blankRows(layout: [string, string[]][]): Rows {
  const rows: Rows = {};
  for (const [row, cols] of layout) rows[row] = Object.fromEntries(cols.map((c) => [c, null]));
  return rows;
}

/**
 * A Table from `partial` (missing cells are null). Each non-null cell gets the span
 * [10·i, 10·i + 1) by its position, so a test can tell which cells a check points at.
 */
export function makeTable(layout: [string, string[]][], partial: Rows = {}): Table {
  const rows = blankRows(layout);
  const cells: Cell[] = [];
  let i = 0;
  for (const [row, cols] of layout) {
    for (const col of cols) {
      const v = partial[row]?.[col] ?? null;
      rows[row][col] = v;
      cells.push({ row, col, value: v, raw: v === null ? '' : String(v), span: v === null ? null : [10 * i, 10 * i + 1] });
      i++;
    }
  }
  return { span: [0, 10 * i], rows, cells };
}
