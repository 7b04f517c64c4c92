// Building a contract Table from the cells read: every row and column key present (null for
// blank), one Cell per position, the table's span, notes and label spans.
import type { Cell, Span, Table, TableNote } from '../types';
import { BLANK, type Slot } from './cells';

export interface RowCells {
  key: string;
  slots: Slot[];
  labelSpan?: Span;
}

export function assemble(
  rowKeys: string[],
  colsOf: (row: string) => readonly string[],
  read: RowCells[],
  span: Span,
  notes: TableNote[],
): Table {
  const byKey = new Map(read.map((r) => [r.key, r]));
  const rows: Table['rows'] = {};
  const cells: Cell[] = [];
  const labelSpans: Record<string, Span> = {};
  for (const key of rowKeys) {
    const cols = colsOf(key);
    const r = byKey.get(key);
    if (r?.labelSpan) labelSpans[key] = r.labelSpan;
    const row: Record<string, number | null> = {};
    cols.forEach((col, i) => {
      const s = r?.slots[i] ?? BLANK;
      row[col] = s.value;
      cells.push({ row: key, col, value: s.value, raw: s.raw, span: s.span });
    });
    rows[key] = row;
  }
  const t: Table = { span, rows, cells, labelSpans };
  if (notes.length) t.notes = notes;
  return t;
}

/** How much of a table was actually read: figures and nullish cells found. */
export function filledCount(t: Table): number {
  let n = 0;
  for (const c of t.cells) if (c.span) n++;
  return n;
}
