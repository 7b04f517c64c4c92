// A table broken over pages, its header printed again on each (a PDF→Markdown converter writes
// one table per page): each piece is found as a copy of its own, with the rows before or after
// it missing. Pieces whose rows follow one another in template order, none in common, are one
// table: they are joined, not reported as copies printed twice.
import type { Said } from '../diagnostics';
import type { Table } from '../types';

export interface Piece {
  table: Table;
  rowsFound: number;
  warnings: Said[];
}

/** The template positions of the rows a piece found (its label was seen, or placed). */
function foundRows(t: Table, order: string[]): number[] {
  const missing = new Set((t.notes ?? []).filter((n) => n.kind === 'missing-row').map((n) => n.row));
  return order.map((k, i) => (missing.has(k) ? -1 : i)).filter((i) => i >= 0);
}

/** `b` continues `a`: it starts after `a` in the text and every row of it comes after a's rows. */
function continues(a: Table, b: Table, order: string[]): boolean {
  if (b.span[0] < a.span[1]) return false;
  const ra = foundRows(a, order);
  const rb = foundRows(b, order);
  return ra.length > 0 && rb.length > 0 && ra[ra.length - 1]! < rb[0]!;
}

const rowOf = (w: Said) => ('row' in w.params ? String(w.params.row) : null);

function join<P extends Piece>(a: P, b: P, order: string[]): P {
  const mine = new Set(foundRows(b.table, order).map((i) => order[i]!));
  const t = a.table;
  const rows = { ...t.rows };
  for (const k of mine) rows[k] = b.table.rows[k]!;
  const cells = t.cells.filter((c) => !mine.has(c.row)).concat(b.table.cells.filter((c) => mine.has(c.row)));
  cells.sort((x, y) => order.indexOf(x.row) - order.indexOf(y.row));
  const labelSpans = { ...t.labelSpans };
  for (const k of mine) if (b.table.labelSpans?.[k]) labelSpans[k] = b.table.labelSpans[k]!;
  const notes = (t.notes ?? [])
    .filter((n) => !(n.kind === 'missing-row' && n.row && mine.has(n.row)))
    .concat((b.table.notes ?? []).filter((n) => n.kind !== 'missing-row' && (!n.row || mine.has(n.row))));
  const stillMissing = new Set(notes.filter((n) => n.kind === 'missing-row').map((n) => n.row));
  const keep = (w: Said) => w.code !== 'tables.rowMissing' || stillMissing.has(rowOf(w) ?? '');
  const warnings = a.warnings.filter(keep).concat(b.warnings.filter((w) => w.code !== 'tables.rowMissing' && (rowOf(w) === null || mine.has(rowOf(w)!))));
  const table: Table = { span: [t.span[0], Math.max(t.span[1], b.table.span[1])], rows, cells, labelSpans };
  if (notes.length) table.notes = notes;
  return { ...a, table, rowsFound: a.rowsFound + b.rowsFound, warnings };
}

/** Join pieces of one table printed in turn; `order` is the template's row keys. */
export function joinContinuations<P extends Piece>(pieces: P[], order: (p: P) => string[]): P[] {
  const sorted = [...pieces].sort((x, y) => x.table.span[0] - y.table.span[0]);
  const out: P[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && continues(last.table, p.table, order(last))) out[out.length - 1] = join(last, p, order(last));
    else out.push(p);
  }
  return out;
}

/**
 * joinContinuations one piece at a time, for pieces that arrive in text order (memory: a copy is
 * handed to `settled` as soon as no later piece can join it, so the caller need not hold them
 * all). `add` returns false, and does nothing, for a piece that starts before the previous one:
 * the stable sort of joinContinuations would move it, so the caller falls back to it.
 */
export class ContinuationFold<P extends Piece> {
  private last: P | null = null;
  private lastStart = -Infinity; // the previous piece's start (not the joined one's)
  constructor(
    private readonly order: (p: P) => string[],
    private readonly settled: (p: P) => void,
  ) {}

  add(p: P): boolean {
    if (p.table.span[0] < this.lastStart) return false;
    this.lastStart = p.table.span[0];
    const last = this.last;
    if (last && continues(last.table, p.table, this.order(last))) this.last = join(last, p, this.order(last));
    else {
      if (last) this.settled(last);
      this.last = p;
    }
    return true;
  }

  /** the last piece: no more will come */
  end(): void {
    if (this.last) this.settled(this.last);
    this.last = null;
  }
}
