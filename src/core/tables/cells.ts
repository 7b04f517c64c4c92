// Reading the value cells that follow a row label, whatever the layout: one cell a line,
// tab-prefixed cells, `cell |` lines, a row a line with tabs or pipes (merged positions empty),
// space-separated numbers (PDF text), or digits glued together (crawler text).
import type { TextContext } from '../context';
import type { Span } from '../types';
import { isPad, readCell, trimBounds } from './numbers';

/**
 * How a table's cells are separated: pipes, tabs, one cell a line (an empty line a blank cell),
 * one cell a paragraph (web pages copied as text: an empty line after every cell, so an empty
 * line separates and only a line of blanks is a blank cell), or spaces (PDF text).
 */
export type Layout = 'pipe' | 'tab' | 'lines' | 'paras' | 'spaces';

export interface Slot {
  kind: 'number' | 'nullish' | 'blank';
  value: number | null;
  raw: string;
  span: Span | null;
}

/** A run of figures with no certain boundary inside (e.g. `6000017`), to be split by the solver. */
export interface Run {
  start: number;
  end: number;
  /** sign of the first number: `-18538` */
  sign: 1 | -1;
  /** where the digits begin and end (after the sign, before a decimal part) */
  digitsStart: number;
  digitsEnd: number;
  /** `.90` and a unit `元` belong to the last number of the run */
  decimals: string;
  unit: string;
  /** a thousands-separated or otherwise certain single figure */
  atomic: boolean;
}

export const BLANK: Slot = { kind: 'blank', value: null, raw: '', span: null };

// `3/12` only unspaced: `3 / 12` is a row of figures with a `/` for none
const FOOTER = /^[ \t]*(?:-[ \t]*\d+[ \t]*-|第[ \t]*\d+[ \t]*页(?:[ \t]*共[ \t]*\d+[ \t]*页)?|\d+\/\d+)[ \t]*$/;

/** Page footers (`- 3 -`, `第 3 页`) inside a table: their figures are not cells. */
export function isFooterLine(line: string): boolean {
  return FOOTER.test(line);
}

const SINGLE_FIGURE = /^(?:减少?|增加?|[-+])?\s*[\d,]+(?:\.\d+)?\s*(?:万元|元)?$/;
const SPACED_FIGURES = /\d\s+\d/;

/** Decide the layout of a table region from its separators. */
export function detectLayout(folded: string, from: number, to: number): Layout {
  let pipes = 0;
  let tabs = 0;
  let singleLines = 0;
  let multiLines = 0;
  // single figures followed by one empty line (three, five: empty cells), then a cell (one cell a paragraph)
  let paraLines = 0;
  let lineStart = from;
  for (let i = from; i <= to; i++) {
    const c = i < to ? folded.charCodeAt(i) : 0x0a;
    if (c === 0x7c) {
      // eight pipes decide it whatever follows
      if (++pipes >= 8) return 'pipe';
    } else if (c === 0x09) {
      // eight tabs: tab unless eight pipes come; the lines need no reading any more
      if (++tabs >= 8) {
        for (let k = i + 1; k < to; k++) if (folded.charCodeAt(k) === 0x7c && ++pipes >= 8) return 'pipe';
        return 'tab';
      }
    } else if (c === 0x0a) {
      // only lines holding a digit can count: the regular expressions run on those alone
      let digit = false;
      for (let k = lineStart; k < i && !digit; k++) {
        const d = folded.charCodeAt(k);
        digit = d >= 0x30 && d <= 0x39;
      }
      if (digit) {
        const line = folded.slice(lineStart, i).trim();
        if (SINGLE_FIGURE.test(line)) {
          singleLines++;
          if (oddEmptyLinesAfter(folded, i, to)) paraLines++;
        } else if (SPACED_FIGURES.test(line)) multiLines++;
      }
      lineStart = i + 1;
    }
  }
  if (pipes >= 8) return 'pipe';
  if (tabs >= 8) return 'tab';
  if (singleLines >= 4 && singleLines >= multiLines) return paraLines >= 4 && paraLines >= 0.8 * singleLines ? 'paras' : 'lines';
  return 'spaces';
}

/**
 * Whether the line break at `i` is followed by an odd number of empty lines (a \r allowed) and
 * then a non-empty one: one empty line after the cell, two more for each empty cell after it.
 */
function oddEmptyLinesAfter(f: string, i: number, to: number): boolean {
  let k = i + 1;
  let empty = 0;
  for (;;) {
    if (k < to && f.charCodeAt(k) === 0x0d) k++;
    if (k >= to || f.charCodeAt(k) !== 0x0a) break;
    empty++;
    k++;
  }
  return empty % 2 === 1 && k < to;
}

/** One cell's text [s, e) as a slot; null when it holds words rather than a figure. */
export function slotOf(ctx: TextContext, s: number, e: number, wan: boolean): Slot | null {
  const [a, b] = trimBounds(ctx.folded, s, e);
  const read = readCell(ctx.folded.slice(a, b), wan);
  if (read.kind === 'text') return null;
  if (read.kind === 'blank') return BLANK;
  return { kind: read.kind, value: read.kind === 'number' ? read.value : null, raw: ctx.text.slice(a, b), span: [a, b] };
}

export interface ZoneRead {
  slots: Slot[];
  /** runs to split when the zone holds fewer figures than cells (spaces layout) */
  runs?: Run[];
  /** spaces layout: the figures as printed, each run one figure (blank cells print nothing) */
  figures?: Run[];
  /** how the zone was read, for messages */
  mode: 'row' | 'sequence' | 'spaces';
  /**
   * a row a line with one field more than columns, empty at both ends: the reading from the
   * other end, when nothing in the row decides between them (the table's sums may)
   */
  otherAlignment?: Slot[];
}

function isBlankRange(f: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!isPad(f.charCodeAt(k))) return false;
  return true;
}

/**
 * Nothing but padding and closing punctuation: the rest of a label's line after the match
 * (the match may stop before a closing quote or bracket, `3.危及"三安全一稳定"`).
 */
function restOfLabel(f: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const c = f.charCodeAt(k);
    if (!isPad(c) && c !== 0x22 && c !== 0x27 && c !== 0x29 && c !== 0x5d && c !== 0x201d && c !== 0x2019 && c !== 0x300d && c !== 0x300f && c !== 0x3011 && c !== 0x2a) return false;
  }
  return true;
}

/**
 * The rest of a heading's line after a label matched approximately: a few words and no figure,
 * no sentence (the label's own last characters, with characters injected among them).
 */
function damagedTail(f: string, a: number, b: number): boolean {
  const [s, e] = trimBounds(f, a, b);
  if (e - s > 16) return false;
  for (let k = s; k < e; k++) {
    const c = f.charCodeAt(k);
    if (isDigitCode(c) || c === 0x3002 || c === 0xff0c || c === 0xff1b || c === 0x2c || c === 0x3b || c === 0x7c || c === 0x09) return false;
  }
  return true;
}

/** A Markdown rule cell (`---`, `:--:`). */
function isRuleCell(f: string, a: number, b: number): boolean {
  let dashes = 0;
  for (let k = a; k < b; k++) {
    const c = f.charCodeAt(k);
    if (c === 0x2d) dashes++;
    else if (c !== 0x3a && !isPad(c)) return false;
  }
  return dashes >= 3;
}

/**
 * Words between two pipes that no cell holds: a sentence (a line ending in 。) or three lines
 * of words. The table ended before them: what follows (the next section, the signature, a
 * section published again after it) is not this table's cells.
 */
function holdsProse(f: string, a: number, b: number): boolean {
  let lines = 0;
  let k = a;
  while (k < b) {
    const e = lineEnd(f, k, b);
    const [s, t] = trimBounds(f, k, e);
    if (t > s) {
      if (f.charCodeAt(t - 1) === 0x3002) return true;
      if (++lines >= 3) return true;
    }
    k = e + 1;
  }
  return false;
}

/** End of the first line of [i, to) holding something (padding lines before it skipped). */
function firstLineEnd(f: string, i: number, to: number): number {
  let k = i;
  while (k < to && isPad(f.charCodeAt(k))) k++;
  return lineEnd(f, k, to);
}

/**
 * When the pipe at `p` stands on a line of nothing but two or more pipes (and padding), the
 * position after that line; otherwise -1.
 */
function pipeOnlyLineEnd(f: string, p: number, to: number): number {
  let a = p;
  while (a > 0 && f.charCodeAt(a - 1) !== 0x0a) {
    const c = f.charCodeAt(a - 1);
    if (c !== 0x7c && c !== 0x20 && c !== 0x09 && c !== 0x0d) return -1;
    a--;
  }
  let pipes = 0;
  let b = a;
  for (; b < to && f.charCodeAt(b) !== 0x0a; b++) {
    const c = f.charCodeAt(b);
    if (c === 0x7c) pipes++;
    else if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return -1;
  }
  return pipes >= 2 ? b : -1;
}

/**
 * The first `code` in [from, to), or -1. Searching only up to the region's end (not the text's,
 * as indexOf does) keeps text without line breaks or separators linear: the k-th label of a
 * flat report would otherwise scan to the text's end each time.
 */
export function indexWithin(s: string, code: number, from: number, to: number): number {
  for (let k = from; k < to; k++) if (s.charCodeAt(k) === code) return k;
  return -1;
}

/** The end of the line at `i`, or `to` if the line runs past it (searching no further). */
export function lineEnd(s: string, i: number, to: number): number {
  const e = indexWithin(s, 0x0a, i, to);
  return e < 0 ? to : e;
}

/** The last `needle` starting in [lo, pos], or -1 (V8 slices a long string without copying it). */
export function lastIndexWithin(s: string, needle: string, pos: number, lo: number): number {
  if (pos < lo) return -1;
  const i = s.slice(lo, pos + needle.length).lastIndexOf(needle);
  return i < 0 ? -1 : lo + i;
}

/** The first `needle` starting in [from, to), or -1. */
export function indexOfWithin(s: string, needle: string, from: number, to: number): number {
  if (to <= from) return -1;
  const i = s.slice(from, to + needle.length - 1).indexOf(needle);
  return i < 0 ? -1 : from + i;
}

/** The start of the line holding `i`, but not before `lo` (searching no further back). */
export function lineStartWithin(s: string, i: number, lo: number): number {
  let k = i;
  while (k > lo && s.charCodeAt(k - 1) !== 0x0a) k--;
  return k;
}

/**
 * Read up to `n` cells after a label ending at `labelEnd`, before `zoneEnd`.
 * `wan[i]` marks a column in 万元; `trailing` is how many empty fields the header prints after
 * its last column (a row a line): they are not cells.
 */
export function readZone(
  ctx: TextContext,
  layout: Layout,
  labelEnd: number,
  zoneEnd: number,
  n: number,
  wan: boolean[] = [],
  trailing = 0,
): ZoneRead {
  if (layout === 'spaces') return readSpaces(ctx, labelEnd, zoneEnd, n, wan);
  const f = ctx.folded;
  const sep = layout === 'pipe' ? '|' : layout === 'tab' ? '\t' : '\n';
  // the rest of the label's own cell
  let pos = labelEnd;
  if (layout === 'lines' || layout === 'paras') pos = lineEnd(f, labelEnd, zoneEnd);
  else {
    const eol = lineEnd(f, labelEnd, zoneEnd);
    const sp = indexWithin(f, sep.charCodeAt(0), labelEnd, zoneEnd);
    if (layout === 'tab') pos = sp >= 0 && sp < eol ? sp : eol;
    else pos = sp >= 0 && sp < zoneEnd ? sp : zoneEnd;
    // a row a line: more separators follow on the label's line
    if (layout !== 'pipe' || pos < eol) {
      let count = 0;
      for (let i = pos; i < eol; i++) if (f[i] === sep) count++;
      if (count >= 2) return readRowLine(ctx, layout, pos, eol, n, wan, trailing);
      // the label alone on its line, its row of figures on the next one
      if (count === 0 && restOfLabel(f, labelEnd, eol) && eol < zoneEnd) {
        const next = nextRowLine(ctx, layout, eol, zoneEnd, n, wan, trailing);
        if (next) return next;
      }
    }
  }
  // a label standing alone (a converter's `### 2.其他法律…` heading) above its one-row table;
  // characters injected into the heading may leave a short tail of words after the match
  if (layout === 'pipe' && pos > lineEnd(f, labelEnd, zoneEnd) && (restOfLabel(f, labelEnd, lineEnd(f, labelEnd, zoneEnd)) || damagedTail(f, labelEnd, lineEnd(f, labelEnd, zoneEnd)))) {
    const next = nextRowLine(ctx, layout, lineEnd(f, labelEnd, zoneEnd), zoneEnd, n, wan, trailing);
    if (next) return next;
  }
  const slots: Slot[] = [];
  if (layout === 'lines' || layout === 'paras') {
    // one cell a line; an empty line is a blank cell (one cell a paragraph: a separator, and
    // only a line of blanks or a longer run of empty lines is a blank cell)
    let i = pos + 1;
    while (i < zoneEnd && slots.length < n) {
      const e = lineEnd(f, i, zoneEnd);
      const line = f.slice(i, e);
      if (layout === 'paras' && isEmptyLine(line)) {
        // every cell prints its text and an empty line, an empty cell (<td></td>) only the
        // empty line: of a run of k empty lines one separates and each two more are a blank cell
        let k = 0;
        let j = i;
        while (j < zoneEnd) {
          const e2 = lineEnd(f, j, zoneEnd);
          if (!isEmptyLine(f.slice(j, e2))) break;
          k++;
          j = e2 + 1;
        }
        for (let b = 0; b < (k - 1) >> 1 && slots.length < n; b++) slots.push(BLANK);
        i = j;
        continue;
      }
      if (!isFooterLine(line)) {
        const s = slotOf(ctx, i, e, wan[slots.length] ?? false);
        if (s) slots.push(s);
      }
      i = e + 1;
    }
  } else if (layout === 'pipe') {
    let i = pos + 1;
    while (i < zoneEnd && slots.length < n) {
      let e = indexWithin(f, 0x7c, i, zoneEnd + 1);
      if (e < 0) {
        // the last cell has no closing pipe: it is its first line, what follows is the next part
        e = firstLineEnd(f, i, zoneEnd);
        const s = slotOf(ctx, i, e, wan[slots.length] ?? false);
        if (s) slots.push(s);
        break;
      }
      const rowEnd = pipeOnlyLineEnd(f, e, zoneEnd);
      if (rowEnd >= 0) {
        // `||` / `|||` on a line of its own ends a row (merged cells), it holds no cells
        if (!isBlankRange(f, i, e)) {
          const s = slotOf(ctx, i, e, wan[slots.length] ?? false);
          if (s) slots.push(s);
        }
        i = rowEnd;
        continue;
      }
      if (!isRuleCell(f, i, e)) {
        const s = slotOf(ctx, i, e, wan[slots.length] ?? false);
        if (s) slots.push(s);
        else {
          // a figure, then lines of words up to the next pipe: the table ended after the figure
          // (a lone `|` between cells, none after the last one)
          const e1 = firstLineEnd(f, i, e);
          const s1 = e1 < e ? slotOf(ctx, i, e1, wan[slots.length] ?? false) : null;
          if (s1 && s1.kind !== 'blank') {
            slots.push(s1);
            break;
          }
          // words no cell holds: the table ended before them
          if (holdsProse(f, i, e)) break;
        }
      }
      i = e + 1;
    }
  } else {
    // tab-prefixed cells: a line starting with a tab is a cell (maybe blank); an empty line is
    // only a row separator
    let i = pos;
    if (f[i] === '\t') i++;
    else i = lineEnd(f, i, zoneEnd) + 1;
    while (i < zoneEnd && slots.length < n) {
      const e = lineEnd(f, i, zoneEnd);
      let fieldStart = i;
      const line = f.slice(i, e);
      if (line.trim() === '' && !line.includes('\t')) {
        i = e + 1;
        continue;
      }
      if (f[fieldStart] === '\t') fieldStart++;
      for (let k = fieldStart; k <= e && slots.length < n; k++) {
        if (k === e || f[k] === '\t') {
          const s = slotOf(ctx, fieldStart, k, wan[slots.length] ?? false);
          if (s) slots.push(s);
          fieldStart = k + 1;
        }
      }
      i = e + 1;
    }
  }
  return { slots, mode: 'sequence' };
}

function isEmptyLine(line: string): boolean {
  return line === '' || line === '\r';
}

/** The fields of the line [a, b) split by `sep`; a Markdown row's piece after its last pipe dropped. */
export function lineFields(f: string, a: number, b: number, sep: string): [number, number][] {
  const bounds: [number, number][] = [];
  let s = a;
  for (let k = a; k <= b; k++) {
    if (k === b || f[k] === sep) {
      bounds.push([s, k]);
      s = k + 1;
    }
  }
  if (sep === '|' && bounds.length > 0) {
    const [x, y] = bounds[bounds.length - 1]!;
    if (isBlankRange(f, x, y)) bounds.pop();
  }
  return bounds;
}

/**
 * How many empty fields a header line prints after its last column header (`总计`): an extra
 * blank column at the table's right edge, present in every row.
 */
export function trailingColumns(f: string, from: number, to: number, sep: '|' | '\t', lastHeader: string): number {
  let at = lastIndexWithin(f, lastHeader, to, from);
  while (at >= from) {
    const ls = lineStartWithin(f, at, from);
    const le = lineEnd(f, at, to);
    const fields = lineFields(f, ls, le, sep);
    if (fields.length >= 3) {
      let k = fields.length;
      while (k > 0 && isBlankRange(f, fields[k - 1]![0], fields[k - 1]![1])) k--;
      if (k > 0 && f.slice(fields[k - 1]![0], fields[k - 1]![1]).includes(lastHeader)) return fields.length - k;
    }
    at = lastIndexWithin(f, lastHeader, ls - 1, from);
  }
  return 0;
}

/**
 * The row of figures on the lines after a label that stands alone on its line: past blank lines,
 * a header of generic words (数据1 … 数据7) and its `| --- |` line. Null when none follows.
 */
function nextRowLine(ctx: TextContext, layout: Layout, eol: number, zoneEnd: number, n: number, wan: boolean[], trailing: number): ZoneRead | null {
  const f = ctx.folded;
  const sep = layout === 'pipe' ? '|' : '\t';
  // the next line with figures: past a header of generic words (数据1 … 数据7) and its
  // `| --- |` line, which a converter prints above a one-row table
  let ls = eol;
  for (let k = 0; k < 4 && ls < zoneEnd; k++) {
    const ne = lineEnd(f, ls + 1, zoneEnd);
    let next = 0;
    let digit = false;
    for (let i = ls + 1; i < ne; i++) {
      if (f[i] === sep) next++;
      else if (isDigitCode(f.charCodeAt(i))) digit = true;
    }
    if (next >= 2 && digit && !genericHeader(ctx, ls + 1, ne, sep)) {
      // a pipe row's fields begin after its opening pipe (nothing stands before it)
      const open = layout === 'pipe' ? indexWithin(f, 0x7c, ls + 1, ne) : -1;
      return readRowLine(ctx, layout, open >= 0 && isBlankRange(f, ls + 1, open) ? open : ls, ne, n, wan, trailing);
    }
    if (!(next >= 2 || isBlankRange(f, ls + 1, ne))) break;
    ls = ne;
  }
  return null;
}

/** A line whose fields are all words (数据1, 项目), no figure: a header, not a row. */
function genericHeader(ctx: TextContext, from: number, to: number, sep: string): boolean {
  const fields = lineFields(ctx.folded, from, to, sep === '|' ? '|' : '\t');
  let words = 0;
  for (const [a, b] of fields) {
    if (isBlankRange(ctx.folded, a, b)) continue;
    const s = slotOf(ctx, a, b, false);
    if (s && s.kind === 'number') return false;
    words++;
  }
  return words > 0;
}

/** A whole row on one line: merged label positions are empty fields before the figures. */
function readRowLine(ctx: TextContext, layout: Layout, pos: number, eol: number, n: number, wan: boolean[], trailing: number): ZoneRead {
  const f = ctx.folded;
  const bounds = lineFields(f, pos + 1, eol, layout === 'pipe' ? '|' : '\t');
  // the header's extra empty columns at the right edge
  for (let t = 0; t < trailing && bounds.length > n && isBlankRange(f, bounds[bounds.length - 1]![0], bounds[bounds.length - 1]![1]); t++) bounds.pop();
  const undecided: [number, number][][] = [];
  const fields = bounds.length > n ? alignFields(ctx, bounds, n, wan, undecided) : bounds;
  const read = (list: [number, number][]) => list.map(([a, b], i) => slotOf(ctx, a, b, wan[i] ?? false) ?? BLANK);
  const slots = read(fields);
  const other = undecided[0];
  return other ? { slots, mode: 'row', otherAlignment: read(other) } : { slots, mode: 'row' };
}

/**
 * More fields than columns: the figures are the first n (a converter's trailing empty cell,
 * `| 4 | 0 | … | 4 |  |`) or the last n (merged label positions left empty before them). The
 * fields dropped must be empty; when both ways drop only empty fields, a row of seven whose
 * total is the sum of the six before it decides, else the last n as before.
 */
function alignFields(ctx: TextContext, all: [number, number][], n: number, wan: boolean[], undecided: [number, number][][]): [number, number][] {
  const f = ctx.folded;
  let bounds = all;
  // label text spilled into the row's first fields (a shortened label, a merged label's tail)
  let lead = 0;
  while (bounds.length - lead > n && !isBlankRange(f, bounds[lead]![0], bounds[lead]![1]) && slotOf(ctx, bounds[lead]![0], bounds[lead]![1], false) === null) lead++;
  bounds = bounds.slice(lead);
  if (bounds.length <= n) return bounds;
  const extra = bounds.length - n;
  const blank = (list: [number, number][]) => list.every(([a, b]) => isBlankRange(f, a, b));
  // empty label positions before the figures and a trailing empty cell after them, exactly as
  // many as the extra fields: the figures stand between (`|  |  | - | 0 | … | 0 |  |`)
  let lb = 0;
  while (lb < bounds.length && isBlankRange(f, bounds[lb]![0], bounds[lb]![1])) lb++;
  let tb = 0;
  while (tb < bounds.length - lb && isBlankRange(f, bounds[bounds.length - 1 - tb]![0], bounds[bounds.length - 1 - tb]![1])) tb++;
  if (lb > 0 && tb > 0 && lb + tb === extra) return bounds.slice(lb, lb + n);
  const left = bounds.slice(0, n);
  const right = bounds.slice(extra);
  // leading fields may hold label text (a merged label spilled over), never a figure
  const figure = (list: [number, number][]) => list.some(([a, b]) => slotOf(ctx, a, b, false)?.kind === 'number');
  const trailingBlank = blank(bounds.slice(n));
  // a printed placeholder (`-`) is a cell as much as a figure: it is never the dropped field
  if (trailingBlank && (figure(bounds.slice(0, extra)) || !blank(bounds.slice(0, extra)))) return left;
  if (trailingBlank && blank(bounds.slice(0, extra)) && n === 7) {
    const holds = (list: [number, number][]) => {
      const v = list.map(([a, b], i) => slotOf(ctx, a, b, wan[i] ?? false)?.value ?? null);
      // a total of 0 over blanks and zeros proves nothing
      if (v[6] === null || v[6] === 0) return false;
      return v.slice(0, 6).reduce<number>((acc, x) => acc + (x ?? 0), 0) === v[6];
    };
    if (holds(left) && !holds(right)) return left;
    // the row's own sum cannot tell which end the extra empty field belongs to: say so
    if (!(holds(right) && !holds(left)) && differ(ctx, left, right)) undecided.push(left);
  }
  return right;
}

/** Whether two alignments of a row give different figures somewhere. */
function differ(ctx: TextContext, a: [number, number][], b: [number, number][]): boolean {
  return a.some(([x, y], i) => slotOf(ctx, x, y, false)?.value !== slotOf(ctx, b[i]![0], b[i]![1], false)?.value);
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** What `\s` matches, by code. */
function isSpaceCode(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

// a sign word may stand apart from its figure (`减 17`); `-`/`+` only directly before it: a lone
// `-` or `—` then a space is a placeholder for none followed by the next figure
const RUN = /^(减少[ \t]*|减[ \t]*|增加[ \t]*|增[ \t]*|[-+])?(\d[\d,]*)(\.\d+)?[ \t]*(万元|元)?/;
const SIGN_WORDS = new Set(['减', '减少', '增', '增加', '-', '+']);

/**
 * Figures separated by spaces (PDF text) or glued (crawler text). Text before the first
 * figure (a wrapped label's end) is skipped; text after a figure ends the zone.
 */
function readSpaces(ctx: TextContext, labelEnd: number, zoneEnd: number, n: number, wan: boolean[]): ZoneRead {
  const f = ctx.folded;
  const runs: Run[] = [];
  const slots: Slot[] = [];
  let i = labelEnd;
  let stop = false;
  while (i < zoneEnd && !stop) {
    const e = lineEnd(f, i, zoneEnd);
    // the rest of the label's line is never a footer: only whole lines are
    if (!((i === 0 || f.charCodeAt(i - 1) === 0x0a) && isFooterLine(f.slice(i, e)))) {
      let k = i;
      while (k < e) {
        const c = f.charCodeAt(k);
        if (c === 0x20 || c === 0x09 || c === 0x0d) {
          k++;
          continue;
        }
        // bounded by the line and the zone: the next label's numbering must not join the run
        const m = RUN.exec(f.slice(k, Math.min(e, k + 64)));
        if (m) {
          const digitsStart = k + m[0].indexOf(m[2]!, (m[1] ?? '').length);
          const digitsEnd = digitsStart + m[2]!.length;
          const end = k + m[0].length;
          const commas = m[2]!.includes(',');
          runs.push({
            start: m[1] ? k : digitsStart,
            end: m[4] ? end : digitsEnd + (m[3]?.length ?? 0),
            sign: m[1] !== undefined && (m[1] === '-' || m[1].startsWith('减')) ? -1 : 1,
            digitsStart,
            digitsEnd,
            decimals: m[3] ?? '',
            unit: m[4] ?? '',
            atomic: commas && /^\d{1,3}(,\d{3})+$/.test(m[2]!),
          });
          k = end;
          continue;
        }
        // a lone placeholder
        let w = k;
        while (w < e && !isSpaceCode(f.charCodeAt(w))) w++;
        const word = f.slice(k, w);
        if (word === '/' || word === '-' || word === '—' || word === '--') {
          runs.push({ start: k, end: w, sign: 1, digitsStart: k, digitsEnd: k, decimals: '', unit: '', atomic: true });
          k = w;
          continue;
        }
        if (SIGN_WORDS.has(word)) {
          k = w;
          continue;
        }
        if (runs.length > 0) {
          stop = true;
          break;
        }
        // text before the figures: skip up to the next digit or space
        k++;
        while (k < e && !isSpaceCode(f.charCodeAt(k)) && !isDigitCode(f.charCodeAt(k)) && !(f[k] === '-' && isDigitCode(f.charCodeAt(k + 1)))) k++;
      }
    }
    i = e + 1;
  }
  if (runs.length >= n || runs.every((r) => r.atomic || r.digitsEnd - r.digitsStart <= 1)) {
    for (const r of runs.slice(0, n)) slots.push(runSlot(ctx, r, wan[slots.length] ?? false));
    return { slots, figures: runs, mode: 'spaces' };
  }
  return { slots: [], runs, figures: runs, mode: 'spaces' };
}

/** A run read as one figure. */
export function runSlot(ctx: TextContext, r: Run, wan: boolean): Slot {
  const s = slotOf(ctx, r.start, r.end, wan);
  return s ?? { kind: 'nullish', value: null, raw: ctx.text.slice(r.start, r.end), span: [r.start, r.end] };
}
