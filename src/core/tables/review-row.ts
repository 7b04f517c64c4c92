// Table 四 printed with generic column headers (a converter's 数据1 … 数据15) or none at all: no
// header word to anchor it, but the section heading 行政复议、行政诉讼情况 stands above, and the
// table is one row of fifteen figures. The first line under the heading, before the next
// section, that holds exactly fifteen cells of figures (blank or placeholder allowed) is it.
import type { TextContext } from '../context';
import { say } from '../diagnostics';
import type { TableNote } from '../types';
import { assemble } from './assemble';
import { BLANK, lineEnd, lineFields, slotOf, type Slot } from './cells';
import type { ReviewRead } from './review';
import { REVIEW_COLS, REVIEW_ROWS } from './templates';

const N = 15;
const HEADING = '行政复议、行政诉讼情况';
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
  if (fields.length !== N) return null;
  const slots: Slot[] = [];
  let figures = 0;
  for (const [s, e] of fields) {
    const slot = slotOf(ctx, s, e, false);
    if (!slot) return null;
    if (slot.kind === 'number') figures++;
    slots.push(slot);
  }
  return figures > 0 ? slots : null;
}

/** Table 四 read as the row of fifteen figures under its section heading; null when none stands there. */
export function reviewUnderHeading(ctx: TextContext, limit: number): ReviewRead | null {
  const f = ctx.folded;
  const h = f.indexOf(HEADING);
  if (h < 0) return null;
  let a = lineEnd(f, h, f.length) + 1;
  for (let k = 0; k < 40 && a < Math.min(limit, f.length); k++) {
    const b = lineEnd(f, a, f.length);
    const line = f.slice(a, b);
    if (NEXT_SECTION.test(line)) return null;
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
