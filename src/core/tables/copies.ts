// The copies of one table, kept light as they are read (memory). A long paste prints a table once
// per report in it: holding every copy's full reading until the best is chosen cost ~25 KB per
// copy (34 MB for a 5 MB paste). Only the best so far is kept whole; of the others, what choosing
// and reporting them needs: span, score, format and their rows as JSON (what pickCopy compares).
// Same result as candidates → pickCopy in index.ts (copies.test.ts compares them).
import { say, type Said } from '../diagnostics';
import type { Table, TableNote, Tables } from '../types';
import { filledCount } from './assemble';
import { ContinuationFold, type Piece } from './continuation';

export interface Candidate<T> {
  read: T;
  table: Table;
  score: number;
}

/** What is kept of a copy: enough to choose the best and to report the others. */
export interface CopyInfo<F> {
  span: [number, number];
  score: number;
  format: F;
  /**
   * JSON.stringify(table.rows), what pickCopy compares: taken when the copy is let go (rows are
   * not changed afterwards), and of the best only at pick when there are others (a table printed
   * once, the common case, is never serialised)
   */
  rows: string | null;
}

export class Copies<T, F> {
  readonly list: CopyInfo<F>[] = [];
  best: Candidate<T> | null = null;
  private bestAt = -1;

  add(read: T, table: Table, score: number, format: F): void {
    const info: CopyInfo<F> = { span: table.span, score, format, rows: null };
    this.list.push(info);
    // the first copy with the highest score, as pickCopy's strict `>`
    if (this.best === null || score > this.best.score) {
      // the best so far is let go
      if (this.best !== null) this.list[this.bestAt]!.rows = JSON.stringify(this.best.table.rows);
      this.best = { read, table, score };
      this.bestAt = this.list.length - 1;
    } else info.rows = JSON.stringify(table.rows);
  }

  /** pickCopy's notes and warnings, in the same order: the best, or null when no copy */
  pick(key: keyof Tables, warnings: Said[]): Candidate<T> | null {
    const best = this.best;
    if (best === null) return null;
    const used = this.list[this.bestAt]!;
    if (this.list.length > 1) used.rows = JSON.stringify(best.table.rows);
    for (let i = 0; i < this.list.length; i++) {
      if (i === this.bestAt) continue;
      const c = this.list[i]!;
      const note: TableNote = {
        kind: 'duplicate-table',
        ...say('note.printedTwice', { at: c.span[0], used: best.table.span[0] }),
        span: c.span,
        usedSpan: best.table.span,
      };
      (best.table.notes ??= []).push(note);
      const differs = c.rows !== used.rows;
      const [usedStart, usedEnd] = best.table.span;
      const [at, atEnd] = c.span;
      warnings.push(say('tables.printedTwice', { table: key, used: usedStart, usedEnd, at, atEnd, differs }));
    }
    return best;
  }
}

type Format = '2019' | '2021' | null;

/**
 * Read each anchor in turn, join continued pieces (joinContinuations) and keep the copies light.
 * Null when the pieces do not come in text order (the caller reads them all and sorts, the plain
 * way).
 */
export function foldCopies<A, P extends Piece & { format: Format }>(anchors: A[], read: (a: A) => P | null, order: (p: P) => string[]): Copies<P, P['format']> | null {
  const copies = new Copies<P, P['format']>();
  const fold = new ContinuationFold<P>(order, (p) => copies.add(p, p.table, p.rowsFound * 1000 + filledCount(p.table), p.format));
  for (const a of anchors) {
    const p = read(a);
    if (p !== null && !fold.add(p)) return null;
  }
  fold.end();
  return copies;
}
