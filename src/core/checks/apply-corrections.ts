// A person's corrections of cells, applied to a copy of the tables. Light and pure (no parsing,
// no checks): the page applies them at once; the checks run again in the worker (corrections.ts).
import type { TableKey, Tables } from '../types';

export interface CellCorrection {
  table: TableKey;
  row: string;
  col: string;
  /** the figure the person set (null: the cell is blank) */
  value: number | null;
  /** ISO time of the correction */
  at: string;
}

/**
 * The tables with every correction applied: the cell keeps `raw` and `span` (what the report
 * printed) and records what was read in `corrected.from`; `rows` follows the new figure.
 * Tables without a correction are shared, not copied. A correction back to the figure read
 * removes itself.
 */
export function applyCorrections(tables: Tables, corrections: readonly CellCorrection[]): Tables {
  const out: Tables = { ...tables };
  for (const key of ['proactive', 'applications', 'reviewLitigation'] as const) {
    const mine = corrections.filter((c) => c.table === key);
    const table = tables[key];
    if (!table || !mine.length) continue;
    const rows: Record<string, Record<string, number | null>> = {};
    for (const [r, cols] of Object.entries(table.rows)) rows[r] = { ...cols };
    const cells = table.cells.map((cell) => {
      // the latest correction of this cell wins
      let fix: CellCorrection | undefined;
      for (const c of mine) if (c.row === cell.row && c.col === cell.col) fix = c;
      if (!fix || (fix.value === cell.value && cell.status !== 'corrected')) return cell;
      rows[cell.row] = { ...rows[cell.row], [cell.col]: fix.value };
      return { ...cell, value: fix.value, status: 'corrected' as const, corrected: { from: cell.value, at: fix.at } };
    });
    out[key] = { ...table, rows, cells };
  }
  return out;
}
