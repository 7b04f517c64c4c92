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
  /** the leading fields of words (a label too damaged to match, a spilled label's tail), if any */
  words?: [number, number];
}

const RULE = /^:?-{3,}:?$/;

/**
 * Whether the line [a, b) is a row of figures: after any leading fields of words (a label, or a
 * merged label's spilled tail), two fields or more with a figure or a placeholder (`-`) among
 * them and no more words. A Markdown rule line (`| --- |`) is not one.
 */
function readLine(f: string, a: number, b: number, sep: '|' | '\t', minCells = 2): LineRead {
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
  let words: [number, number] | undefined;
  while (k < kinds.length && kinds[k] !== 'number' && kinds[k] !== 'nullish') {
    if (kinds[k] === 'text') {
      const [x, y] = trimBounds(f, fields[k]![0], fields[k]![1]);
      words = words ? [words[0], y] : [x, y];
    }
    k++;
  }
  // the leading words end at the last field of words before the figures
  let printed = 0;
  let cells = 0;
  for (let i = k; i < kinds.length; i++) {
    const c = kinds[i];
    if (c === 'text') return no;
    cells++;
    if (c === 'number' || c === 'nullish') printed++;
  }
  // a row of one figure (table 二's 2021 blocks) counts when it carries words before it
  return { figures: printed > 0 && (cells >= 2 || (minCells === 1 && words !== undefined)), cells, ...(words ? { words } : {}) };
}

/** Each row-of-figures line in [from, to): its start and its leading words. */
function figureLines(f: string, from: number, to: number, sep: '|' | '\t', minCells = 2): Line[] {
  const out: Line[] = [];
  let a = from;
  while (a < to) {
    const b = lineEnd(f, a, to);
    const r = readLine(f, a, b, sep, minCells);
    if (r.figures) out.push({ at: a, words: r.words });
    a = b + 1;
  }
  return out;
}

interface Line {
  at: number;
  words: [number, number] | undefined;
}

/**
 * The rows of figures after the last row found, up to the first line with no separator (a
 * heading, prose: the table ended) and only as long as they have a row's number of cells (`n`,
 * or one more: a converter's trailing empty cell).
 */
function tailLines(f: string, from: number, to: number, sep: '|' | '\t', n: number): Line[] {
  const out: Line[] = [];
  let a = from;
  while (a < to) {
    const b = lineEnd(f, a, to);
    const [x, y] = trimBounds(f, a, b);
    if (x < y && f.slice(x, y).indexOf(sep) < 0) break;
    const r = readLine(f, a, b, sep, n);
    if (r.figures) {
      if (r.cells < n || r.cells > n + 1) break;
      out.push({ at: a, words: r.words });
    }
    a = b + 1;
  }
  return out;
}

/**
 * The rows found, with rows of figures that carry no label placed into the template rows missing
 * between two found rows, or after the last one, or (from `from` on) before the first. A found
 * row's own figures are the first row line at or after its label (on its line, or under it when
 * it stands as a heading); further row lines before the next found row (or, after the last,
 * before the table ends) are the missing rows, taken only when they are exactly as many. A row
 * line whose label is words that matched no row (damaged past matching) is placed the same way,
 * its words as its label's span.
 */
export function placeUnlabeled(f: string, sep: '|' | '\t', specs: RowSpec[], found: FoundRow[], to: number, n = 7, from?: number): PlacedRow[] {
  const index = new Map(specs.map((s, i) => [s.key, i]));
  const out: PlacedRow[] = [];
  // rows with as few as one figure (table 二) count only with words before them
  const minCells = Math.min(n, 2);
  const place = (lines: Line[], missing: RowSpec[]) =>
    lines.forEach((l, k) => out.push({ key: missing[k]!.key, start: l.words ? l.words[0] : l.at, end: l.words ? l.words[1] : l.at, cost: 0, byPlace: true }));
  const first = found[0];
  if (first && from !== undefined && index.get(first.key)! > 0) {
    const missing = specs.slice(0, index.get(first.key)!);
    const ls = f.lastIndexOf('\n', first.start - 1) + 1;
    const lines = ls > from ? figureLines(f, from, ls, sep, minCells) : [];
    if (lines.length === missing.length) place(lines, missing);
  }
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
    let extra: Line[];
    if (next) extra = figureLines(f, ls, Math.min(next.start, to), sep, minCells).slice(1);
    else {
      // the label's own row: the first row line at or after it; the rows after it follow
      const own = figureLines(f, ls, to, sep, minCells)[0];
      if (own === undefined) continue;
      extra = tailLines(f, lineEnd(f, own.at, to) + 1, to, sep, n);
    }
    if (extra.length !== missing.length) continue;
    place(extra, missing);
  }
  return out;
}
