// Rows printed without their label (a PDF→Markdown converter drops a merged label cell, OCR
// loses a line's words): in a row-a-line layout, the lines of figures between two rows that were
// found stand for the template's rows missing between them, in order, when they are as many.
import { lineEnd, lineFields } from './cells';
import { readCell, trimBounds } from './numbers';
import type { RowSpec } from './templates';
import type { FoundRow } from './walk';

export interface PlacedRow extends FoundRow {
  /** read by its place between the rows around it: no label was printed */
  byPlace?: boolean;
}

/** How the line [a, b) reads: a row of figures (and how many cells it has), or not. */
interface LineRead {
  figures: boolean;
  cells: number;
}

const RULE = /^:?-{3,}:?$/;

/**
 * Whether the line [a, b) is a row of figures: after any leading fields of words (a label, or a
 * merged label's spilled tail), two fields or more with a figure or a placeholder (`-`) among
 * them and no more words. A Markdown rule line (`| --- |`) is not one.
 */
function readLine(f: string, a: number, b: number, sep: '|' | '\t'): LineRead {
  const fields = lineFields(f, a, b, sep);
  const no = { figures: false, cells: 0 };
  const kinds = fields.map(([p, q]) => {
    const [x, y] = trimBounds(f, p, q);
    if (x === y) return 'blank';
    const t = f.slice(x, y);
    return RULE.test(t) ? 'rule' : readCell(t, false).kind;
  });
  if (kinds.includes('rule')) return no;
  let k = 0;
  while (k < kinds.length && kinds[k] !== 'number' && kinds[k] !== 'nullish') k++;
  // the leading words end at the last field of words before the figures
  let printed = 0;
  let cells = 0;
  for (let i = k; i < kinds.length; i++) {
    const c = kinds[i];
    if (c === 'text') return no;
    cells++;
    if (c === 'number' || c === 'nullish') printed++;
  }
  return { figures: printed > 0 && cells >= 2, cells };
}

/** The start of each row-of-figures line in [from, to). */
function figureLines(f: string, from: number, to: number, sep: '|' | '\t'): number[] {
  const out: number[] = [];
  let a = from;
  while (a < to) {
    const b = lineEnd(f, a, to);
    if (readLine(f, a, b, sep).figures) out.push(a);
    a = b + 1;
  }
  return out;
}

/**
 * The rows of figures after the last row found, up to the first line with no separator (a
 * heading, prose: the table ended) and only as long as they have a row's number of cells (`n`,
 * or one more: a converter's trailing empty cell).
 */
function tailLines(f: string, from: number, to: number, sep: '|' | '\t', n: number): number[] {
  const out: number[] = [];
  let a = from;
  while (a < to) {
    const b = lineEnd(f, a, to);
    const [x, y] = trimBounds(f, a, b);
    if (x < y && f.slice(x, y).indexOf(sep) < 0) break;
    const r = readLine(f, a, b, sep);
    if (r.figures) {
      if (r.cells < n || r.cells > n + 1) break;
      out.push(a);
    }
    a = b + 1;
  }
  return out;
}

/**
 * The rows found, with rows of figures that carry no label placed into the template rows missing
 * between two found rows, or after the last one. A found row's own figures are the first row
 * line at or after its label (on its line, or under it when it stands as a heading); further row
 * lines before the next found row (or, after the last, before the table ends) are the missing
 * rows, taken only when they are exactly as many.
 */
export function placeUnlabeled(f: string, sep: '|' | '\t', specs: RowSpec[], found: FoundRow[], to: number, n = 7): PlacedRow[] {
  const index = new Map(specs.map((s, i) => [s.key, i]));
  const out: PlacedRow[] = [];
  for (let i = 0; i < found.length; i++) {
    const row = found[i]!;
    out.push(row);
    const next = found[i + 1];
    const a = index.get(row.key)!;
    const b = next ? index.get(next.key)! : specs.length;
    if (b - a < 2) continue;
    const missing = specs.slice(a + 1, b);
    // the label's own line: from its start, so figures on it count as its own
    const ls = f.lastIndexOf('\n', row.start - 1) + 1;
    let extra: number[];
    if (next) extra = figureLines(f, ls, Math.min(next.start, to), sep).slice(1);
    else {
      // the label's own row: the first row line at or after it; the rows after it follow
      const own = figureLines(f, ls, to, sep)[0];
      if (own === undefined) continue;
      extra = tailLines(f, lineEnd(f, own, to) + 1, to, sep, n);
    }
    if (extra.length !== missing.length) continue;
    extra.forEach((p, k) => out.push({ key: missing[k]!.key, start: p, end: p, cost: 0, byPlace: true }));
  }
  return out;
}
