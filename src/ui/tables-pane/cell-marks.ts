// Which cells to mark: cells feeding a failing check, and the cells the current selection
// points at (a cell, a check's cells, or the cell under a span selected in the source).
import type { Check, ReportDocument, Span, TableKey } from '../../core/types';
import type { Selection } from '../store/store';
import { checkTable, TABLE_KEYS } from '../report-labels/labels';

export const cellId = (table: string, row: string, col: string) => `${table}:${row}:${col}`;

/** "table:row:col" → the failing checks that cell takes part in. */
export function failingByCell(doc: ReportDocument): Map<string, Check[]> {
  const out = new Map<string, Check[]>();
  for (const c of doc.checks) {
    if (c.status !== 'fail') continue;
    const t = checkTable(c.id);
    if (!t) continue;
    for (const [row, col] of c.cells) {
      const k = cellId(t, row, col);
      const list = out.get(k);
      if (list) list.push(c);
      else out.set(k, [c]);
    }
  }
  return out;
}

/** Is this cell the figure a failing check compares against (a 总计), rather than an addend? */
export function isCheckedTotal(check: Check, row: string, col: string): boolean {
  if (check.id.startsWith('applications.rowTotal.') || check.id.startsWith('reviewLitigation.total.')) return col === 'total';
  if (check.id.startsWith('applications.resultsTotal.')) return row === 'resultsTotal';
  return true; // balance and other rules: every cell is a side of the comparison
}

/** "table:row:col" of the totals that fail (flagged strongly; their addends are only tinted). */
export function failingTotals(doc: ReportDocument): Set<string> {
  const out = new Set<string>();
  for (const c of doc.checks) {
    const t = c.status === 'fail' ? checkTable(c.id) : null;
    if (!t) continue;
    for (const [row, col] of c.cells) if (isCheckedTotal(c, row, col)) out.add(cellId(t, row, col));
  }
  return out;
}

/** "table:row:col" → the uncertain rules whose blank cell it is (a figure the report left out). */
export function blankByCell(doc: ReportDocument): Map<string, Check[]> {
  const out = new Map<string, Check[]>();
  for (const c of doc.checks) {
    const t = c.status === 'uncertain' ? checkTable(c.id) : null;
    if (!t) continue;
    for (const [row, col] of c.blankCells ?? []) {
      const k = cellId(t, row, col);
      const list = out.get(k);
      if (list) list.push(c);
      else out.set(k, [c]);
    }
  }
  return out;
}

/** Does a cell's span meet the selection? An empty selection (a caret) meets the cell it stands in. */
export const overlaps = (cell: Span, sel: Span) =>
  sel[0] === sel[1] ? cell[0] <= sel[0] && sel[0] < cell[1] : cell[0] < sel[1] && sel[0] < cell[1];

/** The cell whose printed figure overlaps a span of the text (the first, in table order). */
export function cellAtSpan(doc: ReportDocument, span: Span): { table: TableKey; row: string; col: string } | null {
  for (const t of TABLE_KEYS) {
    const table = doc.tables[t];
    if (!table) continue;
    for (const c of table.cells) if (c.span && overlaps(c.span, span)) return { table: t, row: c.row, col: c.col };
  }
  return null;
}

/** Cells the selection designates, and the one to scroll to. */
export function selectedCells(doc: ReportDocument, sel: Selection): { ids: Set<string>; focus: string | null } {
  const ids = new Set<string>();
  if (!sel) return { ids, focus: null };
  if (sel.kind === 'cell') {
    const id = cellId(sel.table, sel.row, sel.col);
    return { ids: new Set([id]), focus: id };
  }
  if (sel.kind === 'cells') {
    for (const [row, col] of sel.cells) ids.add(cellId(sel.table, row, col));
    return { ids, focus: ids.values().next().value ?? null };
  }
  if (sel.kind === 'check') {
    const check = doc.checks.find((c) => c.id === sel.id);
    const t = check && checkTable(check.id);
    if (!check || !t) return { ids, focus: null };
    for (const [row, col] of check.cells) ids.add(cellId(t, row, col));
    return { ids, focus: ids.values().next().value ?? null };
  }
  // a span from the source (or a garble, a duplicated block): every cell printed inside it
  for (const t of TABLE_KEYS) {
    for (const c of doc.tables[t]?.cells ?? []) if (c.span && overlaps(c.span, sel.span)) ids.add(cellId(t, c.row, c.col));
  }
  return { ids, focus: ids.values().next().value ?? null };
}
