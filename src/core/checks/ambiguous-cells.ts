// Cells whose figure is one reading of several (report-json.md, Table: `status: "ambiguous"`
// with `alternatives`), derived from the extractor's ambiguous-split notes: a note lists the
// readings of a glued row (printed figures joined by '/', the one used first); a cell whose
// figure differs between readings is ambiguous, its alternatives are the other readings' figures
// at its place. A note that moves a row's figures a column over (column-shift) leaves each of
// those figures possibly blank. Runs after extraction, before the checks; mutates the cells.
import type { Cell, Table, Tables, TableNote } from '../types';
import { readCell } from '../tables/numbers';

/** amounts are printed in 万元 in these columns (a figure printed in 元 is converted) */
const WAN_COLS = new Set(['amount']);

function readingValues(reading: string, cols: string[]): (number | null)[] | null {
  const parts = reading.split('/');
  if (parts.length !== cols.length) return null;
  const out: (number | null)[] = [];
  for (let i = 0; i < parts.length; i++) {
    const r = readCell(parts[i].trim(), WAN_COLS.has(cols[i]));
    if (r.kind === 'text') return null;
    out.push(r.kind === 'number' ? r.value : null);
  }
  return out;
}

function markNote(table: Table, note: TableNote): void {
  if (note.kind !== 'ambiguous-split' || !note.row) return;
  // the row's printed figures, in table order: the positions the readings fill
  const printed = table.cells.filter((c) => c.row === note.row && c.span !== null);
  if (!printed.length) return;
  // readings of the whole row (a blank printed as 空), when they cover every cell of it
  const whole = table.cells.filter((c) => c.row === note.row);
  if (note.alternatives?.length && note.alternatives.every((a) => a.split('/').length === whole.length) && whole.length !== printed.length) {
    const readings = note.alternatives.map((a) => readingValues(a, whole.map((c) => c.col))).filter((r): r is (number | null)[] => r !== null);
    whole.forEach((cell, i) => {
      const others: (number | null)[] = [];
      for (const r of readings) if (r[i] !== cell.value && !others.includes(r[i]!)) others.push(r[i]!);
      if (others.length) setAmbiguous(cell, others);
    });
  } else if (note.alternatives?.length) {
    const cols = printed.map((c) => c.col);
    const readings = note.alternatives.map((a) => readingValues(a, cols)).filter((r): r is (number | null)[] => r !== null);
    printed.forEach((cell, i) => {
      const others: (number | null)[] = [];
      for (const r of readings) {
        const v = r[i];
        if (v !== cell.value && !others.includes(v)) others.push(v);
      }
      if (others.length) setAmbiguous(cell, others);
    });
  } else if (note.reason === 'column-shift') {
    for (const cell of printed) setAmbiguous(cell, [null]);
  }
}

function setAmbiguous(cell: Cell, alternatives: (number | null)[]): void {
  if (cell.status === 'corrected') return;
  cell.status = 'ambiguous';
  const had = cell.alternatives ?? [];
  cell.alternatives = [...had, ...alternatives.filter((a) => !had.includes(a))];
}

export function markAmbiguousCells(tables: Tables): void {
  for (const table of [tables.proactive, tables.applications, tables.reviewLitigation]) {
    if (!table?.notes) continue;
    for (const note of table.notes) markNote(table, note);
  }
}
