// Table 四 (行政复议、行政诉讼): a header of 行政复议 | 行政诉讼 (未经复议直接起诉, 复议后起诉) over
// 结果维持 结果纠正 其他结果 尚未审结 总计, then one row of 15 figures with no row label.
import type { TextContext } from '../context';
import type { TableNote } from '../types';
import { say, type Said } from '../diagnostics';
import { assemble } from './assemble';
import { BLANK, detectLayout, lineEnd as lineEndWithin, lineStartWithin, readZone, slotOf, type Slot } from './cells';
import { findLabel, labelCore } from './fuzzy';
import { groupTotalsHold, pieceSlot, splitRuns } from './glued';
import type { Region } from './regions';
import { REVIEW_COLS, REVIEW_COL_LABELS, REVIEW_ROWS } from './templates';

export interface ReviewRead {
  table: import('../types').Table;
  complete: boolean;
  warnings: Said[];
}

const N = 15;
const HEADER_WORDS = [...REVIEW_COL_LABELS, '行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉'];

/** Where the header ends: header words follow each other with only padding between. */
function headerEnd(f: string, from: number, to: number): number {
  // no header word stands past a figure (a word cannot hold a digit): search only before it
  let digit = from;
  while (digit < to && !(f.charCodeAt(digit) >= 0x30 && f.charCodeAt(digit) <= 0x39)) digit++;
  let cursor = from;
  // each word's next intact occurrence, found once and reused until the cursor passes it
  const next = HEADER_WORDS.map((w) => ({ core: labelCore(w), at: -2 }));
  for (let guard = 0; guard < 40; guard++) {
    let best: { start: number; end: number } | null = null;
    // empty merged cells and a Markdown rule line (`|---|---|…`) between header lines are no
    // distance: the reach is counted from the first character past them
    let past = cursor;
    while (past < digit && isRuleOrPad(f.charCodeAt(past))) past++;
    const reach = Math.min(digit, past + 40);
    for (const x of next) {
      if (x.at !== -1 && x.at < cursor) {
        const i = f.slice(cursor, digit).indexOf(x.core);
        x.at = i < 0 ? -1 : cursor + i;
      }
      if (x.at >= 0 && x.at + x.core.length <= reach && (!best || x.at < best.start)) best = { start: x.at, end: x.at + x.core.length };
    }
    // words broken by spaces or damaged: the approximate search, only when nothing intact is near
    if (!best) {
      for (const w of HEADER_WORDS) {
        const m = findLabel(f, w, cursor, reach, labelCore(w).length <= 2 ? 0 : 0.7);
        if (m && (!best || m.start < best.start)) best = m;
      }
    }
    if (!best) break;
    cursor = best.end;
  }
  return cursor;
}

function isRuleOrPad(c: number): boolean {
  return c === 0x7c || c === 0x2d || c === 0x3a || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x3000;
}

/** Cases are few: readings with the shortest longest figure, then the smallest, come first. */
function smallness(c: { value: number }[]): number {
  let len = 0;
  let max = 0;
  for (const p of c) {
    const a = Math.abs(p.value) || 0;
    len = Math.max(len, String(Math.trunc(a)).length);
    max = Math.max(max, a);
  }
  return len * 1e12 + max;
}

/** How many complete groups of `size` figures have a last figure that is not the sum of the others. */
function brokenGroups(values: number[], size: number): number {
  let n = 0;
  for (let g = size; g <= values.length; g += size) if (!groupTotalsHold(values.slice(0, g), size)) n++;
  return n;
}

export function extractReview(ctx: TextContext, region: Region, limit: number, headed = false): ReviewRead | null {
  const f = ctx.folded;
  // the header begins with 行政复议 shortly before the first key phrase (under a found header,
  // the region starts there already: prose just before may quote 行政复议 too)
  const back = Math.max(0, region.start - 80);
  const head = headed ? null : findLabel(f, '行政复议', back, region.start + 10, 0);
  const start = head ? head.start : region.start;
  const dataStart = headerEnd(f, start, Math.min(limit, region.end + 200));
  const to = Math.min(limit, dataStart + 1200);
  const layout = detectLayout(f, start, to);
  const warnings: Said[] = [];
  const notes: TableNote[] = [];
  let slots: Slot[] = [];
  const aligned = layout === 'tab' ? alignedTabRow(ctx, start, dataStart, to) : null;
  if (aligned) slots = aligned;
  else {
    // read a little more than a row: in `cell |` text, merged header cells leave empty cells
    // (`|||||`) between the header and the figures
    // space-separated figures: exactly one row's worth (more would read the next part)
    const z = readZone(ctx, layout, dataStart, to, layout === 'spaces' ? N : N + 20);
    slots = z.slots;
    // lone `|` lines: the header's last cell ends its line and the row's first cell stands on
    // the next line(s), before any pipe (`总计` / `` / `|` / `0`): reading from the first pipe
    // would lose it
    if (layout === 'pipe' && z.mode === 'sequence') {
      const eol = lineEndWithin(f, dataStart, to);
      const pipe = f.indexOf('|', dataStart);
      if (pipe > eol && eol < to && /^[ \t]*$/.test(f.slice(dataStart, eol)) && /^[ \t]*\|/.test(f.slice(lineStartWithin(f, pipe, eol + 1), pipe + 1))) {
        const first = slotOf(ctx, eol + 1, lineStartWithin(f, pipe, eol + 1), false);
        if (first) slots = [first, ...slots];
      }
    }
    let lead = 0;
    if (layout === 'pipe') while (lead < slots.length && slots[lead]!.kind === 'blank' && slots.length - lead > N) lead++;
    slots = slots.slice(lead, lead + N);
    if (z.runs && z.runs.length) {
      let cands = splitRuns(f, z.runs, N, { partial: (v) => groupTotalsHold(v, 5), maxSolutions: 64 });
      // a printed total that is not the sum of its parts (a real mistake): the readings with the
      // fewest broken totals, each such row said so (its check then fails or stays uncertain)
      let broken = 0;
      for (let k = 1; cands.length === 0 && k <= REVIEW_ROWS.length; k++) {
        cands = splitRuns(f, z.runs, N, { partial: (v) => brokenGroups(v, 5) <= k, maxSolutions: 64 });
        broken = k;
      }
      cands.sort((a, b) => smallness(a) - smallness(b));
      if (cands.length === 0) {
        warnings.push(say('tables.reviewCannotSplit', { table: 'reviewLitigation', n: N }));
        notes.push({ kind: 'unreadable-row', ...say('note.cannotSplit', { n: N }), span: [dataStart, z.runs[z.runs.length - 1]!.end], figures: { got: 0, expected: N } });
      } else {
        const c = cands[0]!;
        slots = c.map((p) => pieceSlot(ctx.text, p));
        if (broken) {
          REVIEW_ROWS.forEach((row, r) => {
            if (groupTotalsHold(c.slice(r * 5, r * 5 + 5).map((p) => p.value), 5)) return;
            warnings.push(say('tables.noSplitAddsUp', { table: 'reviewLitigation', row }));
            notes.push({ kind: 'ambiguous-split', row, ...say('note.noSplitAddsUp', {}), span: [c[r * 5]!.start, c[r * 5 + 4]!.end], reason: 'no-split-adds-up' });
          });
        }
        // each row whose five figures differ between the readings is reported with its own options
        REVIEW_ROWS.forEach((row, r) => {
          const seen = new Set(cands.map((x) => x.slice(r * 5, r * 5 + 5).map((p) => p.value).join('/')));
          if (seen.size < 2) return;
          const altList = [...seen].slice(0, 6);
          const rowSpan: [number, number] = [c[r * 5]!.start, c[r * 5 + 4]!.end];
          // the first reading is the one with the shortest figures (sorted above)
          warnings.push(say('tables.splitChosen', { table: 'reviewLitigation', row, alts: altList, chosen: [...seen][0]! }));
          notes.push({ kind: 'ambiguous-split', row, ...say('note.splits', { alts: altList }), span: rowSpan, alternatives: altList });
        });
      }
    } else if (z.slots.length > 0 && z.slots.length < N && z.mode === 'spaces') {
      warnings.push(say('tables.reviewShort', { table: 'reviewLitigation', got: z.slots.length, n: N }));
      notes.push({ kind: 'unreadable-row', ...say('note.onlyFigures', { got: z.slots.length, n: N }), span: [dataStart, to], figures: { got: z.slots.length, expected: N } });
    }
  }
  const read = REVIEW_ROWS.map((key, r) => ({ key, slots: slots.slice(r * 5, r * 5 + 5) }));
  let end = dataStart;
  for (const s of slots) if (s.span) end = Math.max(end, s.span[1]);
  const table = assemble([...REVIEW_ROWS], () => REVIEW_COLS, read, [start, end], notes);
  const complete = slots.filter((s) => s !== BLANK).length;
  return { table, complete: complete >= N, warnings };
}

/**
 * A row a line with tabs (Word or HTML export): the header lines tell which fields hold the
 * 15 columns, since merged header cells leave extra empty fields.
 */
function alignedTabRow(ctx: TextContext, start: number, dataStart: number, to: number): Slot[] | null {
  const f = ctx.folded;
  // the data line: the first line after the header holding a figure (scans bounded by the
  // table's [start, to], not the text's: linear on text without line breaks)
  let lineStart = lineStartWithin(f, dataStart, start);
  let lineEnd = lineEndWithin(f, dataStart, to);
  for (let guard = 0; guard < 5 && !/\d/.test(f.slice(lineStart, lineEnd)); guard++) {
    lineStart = lineEnd + 1;
    lineEnd = lineEndWithin(f, lineStart, to);
    if (lineStart >= to) return null;
  }
  const fields = splitTabs(lineStart, lineEnd, f);
  if (fields.length < N) return null;
  let positions: number[] | null = null;
  if (fields.length > N) {
    const union = new Set<number>();
    const headerLines = f.slice(start, lineStart).split('\n');
    for (const line of headerLines) {
      const pos: number[] = [];
      line.split('\t').forEach((cell, i) => {
        if (REVIEW_COL_LABELS.includes(cell.replace(/\s+/g, ''))) pos.push(i);
      });
      if (pos.length === N) positions = pos;
      pos.forEach((p) => union.add(p));
    }
    if (!positions && union.size === N) positions = [...union].sort((a, b) => a - b);
    if (!positions) return null;
  } else positions = fields.map((_, i) => i);
  return positions.map((p) => {
    const fld = fields[p];
    if (!fld) return BLANK;
    return slotOf(ctx, fld[0], fld[1], false) ?? BLANK;
  });
}

function splitTabs(a: number, b: number, f: string): [number, number][] {
  const out: [number, number][] = [];
  let s = a;
  for (let i = a; i <= b; i++) {
    if (i === b || f[i] === '\t') {
      out.push([s, i]);
      s = i + 1;
    }
  }
  return out;
}
