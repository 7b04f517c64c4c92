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

/**
 * Whether the line [a, b) is a row of figures: after any leading fields of words (a label, or a
 * merged label's spilled tail), two fields or more with a figure among them and no more words.
 */
function figureLine(f: string, a: number, b: number, sep: '|' | '\t'): boolean {
  const fields = lineFields(f, a, b, sep);
  let k = 0;
  const kind = (i: number) => {
    const [x, y] = trimBounds(f, fields[i]![0], fields[i]![1]);
    return x === y ? 'blank' : readCell(f.slice(x, y), false).kind;
  };
  while (k < fields.length && kind(k) !== 'number' && kind(k) !== 'nullish') k++;
  // the leading words end at the last field of words before the figures
  let figures = 0;
  let cells = 0;
  for (let i = 0; i < fields.length; i++) {
    const c = kind(i);
    if (i < k) continue;
    if (c === 'text') return false;
    cells++;
    if (c === 'number') figures++;
  }
  return figures > 0 && cells >= 2;
}

/** The start of each row-of-figures line in [from, to). */
function figureLines(f: string, from: number, to: number, sep: '|' | '\t'): number[] {
  const out: number[] = [];
  let a = from;
  while (a < to) {
    const b = lineEnd(f, a, to);
    if (figureLine(f, a, b, sep)) out.push(a);
    a = b + 1;
  }
  return out;
}

/**
 * The rows found, with rows of figures that carry no label placed into the template rows missing
 * between two found rows. A found row's own figures are the first row line at or after its label
 * (on its line, or under it when it stands as a heading); further row lines before the next
 * found row are the missing rows, taken only when they are exactly as many.
 */
export function placeUnlabeled(f: string, sep: '|' | '\t', specs: RowSpec[], found: FoundRow[], to: number): PlacedRow[] {
  const index = new Map(specs.map((s, i) => [s.key, i]));
  const out: PlacedRow[] = [];
  for (let i = 0; i < found.length; i++) {
    const row = found[i]!;
    out.push(row);
    const next = found[i + 1];
    if (!next) continue;
    const a = index.get(row.key)!;
    const b = index.get(next.key)!;
    if (b - a < 2) continue;
    const missing = specs.slice(a + 1, b);
    // the label's own line: from its start, so figures on it count as its own
    const ls = f.lastIndexOf('\n', row.start - 1) + 1;
    const lines = figureLines(f, ls, Math.min(next.start, to), sep);
    const extra = lines.slice(1);
    if (extra.length !== missing.length) continue;
    extra.forEach((p, k) => out.push({ key: missing[k]!.key, start: p, end: p, cost: 0, byPlace: true }));
  }
  return out;
}
