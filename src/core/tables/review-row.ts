// Table 四 printed with generic column headers (a converter's 数据1 … 数据15) or none at all: no
// header word to anchor it, but the section heading 行政复议、行政诉讼情况 stands above, and the
// table is one row of fifteen figures. The first line under the heading, before the next
// section, that holds exactly fifteen cells of figures (blank or placeholder allowed) is it.
import type { TextContext } from '../context';
import { say } from '../diagnostics';
import type { TableNote } from '../types';
import { assemble } from './assemble';
import { BLANK, isFooterLine, lineEnd, lineFields, slotOf, type Slot } from './cells';
import type { ReviewRead } from './review';
import { REVIEW_COLS, REVIEW_COL_LABELS, REVIEW_ROWS } from './templates';

const N = 15;
// 行政复议、行政诉讼情况, also worded 被申请行政复议、提起行政诉讼情况; an invisible character or a
// run of up to five injected characters may stand inside the words (行政[钱刘]诉讼), a run may be
// injected before 情况: the two words on one line decide
const INV = '[^\\n]{0,5}?';
const HEADING = new RegExp(`行${INV}政${INV}复${INV}议[^\\n]{0,8}?行${INV}政${INV}诉${INV}讼`, 'g');
// the next section's heading (五、…), a Markdown heading included
const NEXT_SECTION = /^[ \t#*]*(?:五|六)[、.．]/;

/** The fifteen cells of a line split by `sep`, or null when it is not such a row. */
function rowOf(ctx: TextContext, a: number, b: number, sep: '|' | '\t' | ' '): Slot[] | null {
  const f = ctx.folded;
  let fields: [number, number][];
  if (sep === ' ') {
    fields = [];
    const re = /\S+/g;
    const line = f.slice(a, b);
    for (let m = re.exec(line); m; m = re.exec(line)) fields.push([a + m.index, a + m.index + m[0].length]);
  } else {
    fields = lineFields(f, a, b, sep);
    // a Markdown row's opening pipe leaves an empty field before the first cell
    if (sep === '|' && fields.length > 0 && f.slice(fields[0]![0], fields[0]![1]).trim() === '' && f.slice(a, fields[0]![1] + 1).trim() === '|') fields.shift();
  }
  // a converter's trailing empty cell (`| 0 | … | 0 |  |`)
  if (sep === '|' && fields.length === N + 1 && f.slice(fields[N]![0], fields[N]![1]).trim() === '') fields.pop();
  if (fields.length !== N) return null;
  const slots: Slot[] = [];
  let figures = 0;
  for (const [s, e] of fields) {
    // a Markdown rule line (`| --- | --- |`) is no row
    if (/^\s*:?-{3,}:?\s*$/.test(f.slice(s, e))) return null;
    const slot = slotOf(ctx, s, e, false);
    if (!slot) return null;
    if (slot.kind === 'number') figures++;
    slots.push(slot);
  }
  // a table left blank prints a placeholder (`-`, `/`) in every cell: still the row
  return figures > 0 || slots.every((x) => x.kind === 'nullish') ? slots : null;
}

/** Table 四 read as the row of fifteen figures under its section heading; null when none stands there. */
export function reviewUnderHeading(ctx: TextContext, limit: number): ReviewRead | null {
  const f = ctx.folded;
  HEADING.lastIndex = 0;
  for (let hm = HEADING.exec(f); hm; hm = HEADING.exec(f)) {
    const read = rowUnder(ctx, hm.index, limit);
    if (read) return read;
  }
  return null;
}

function rowUnder(ctx: TextContext, h: number, limit: number): ReviewRead | null {
  const f = ctx.folded;
  let a = lineEnd(f, h, f.length) + 1;
  const first = a;
  for (let k = 0; k < 40 && a < Math.min(limit, f.length); k++) {
    const b = lineEnd(f, a, f.length);
    const line = f.slice(a, b);
    if (NEXT_SECTION.test(line)) return blankUnder(ctx, h, first, a);
    const sep = (line.match(/\|/g)?.length ?? 0) >= N - 1 ? '|' : (line.match(/\t/g)?.length ?? 0) >= N - 1 ? '\t' : ' ';
    const slots = rowOf(ctx, a, b, sep);
    if (slots) {
      const notes: TableNote[] = [];
      const read = REVIEW_ROWS.map((key, r) => ({ key, slots: slots.slice(r * 5, r * 5 + 5) }));
      const table = assemble([...REVIEW_ROWS], () => REVIEW_COLS, read, [a, b], notes);
      return { table, complete: slots.every((s) => s !== BLANK), warnings: [say('tables.reviewByPlace', { table: 'reviewLitigation', at: a })] };
    }
    a = b + 1;
  }
  return null;
}

/**
 * The table's column words stand under the heading but no row of figures does (PDF text drops
 * blank cells: a table left blank prints nothing): every cell blank, said so, never null.
 */
function blankUnder(ctx: TextContext, h: number, a: number, b: number): ReviewRead | null {
  const region = ctx.folded.slice(a, b);
  // a line of figures alone (not a page footer) is a row this reader could not place: not blank
  if (region.split('\n').some((line) => /\d/.test(line) && /^[\d\s,.|\-/]+$/.test(line) && !isFooterLine(line))) return null;
  const words = region.replace(/\s+/g, '');
  const seen = REVIEW_COL_LABELS.filter((w) => words.includes(w)).length;
  if (seen < 3 || !words.includes('总计')) return null;
  const notes: TableNote[] = [{ kind: 'unreadable-row', ...say('note.onlyFigures', { got: 0, n: N }), span: [h, b], figures: { got: 0, expected: N } }];
  const read = REVIEW_ROWS.map((key) => ({ key, slots: [BLANK, BLANK, BLANK, BLANK, BLANK] }));
  const table = assemble([...REVIEW_ROWS], () => REVIEW_COLS, read, [h, b], notes);
  return { table, complete: false, warnings: [say('tables.reviewShort', { table: 'reviewLitigation', got: 0, n: N })] };
}
