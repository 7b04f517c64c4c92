// Table 二 (主动公开政府信息情况): blocks headed 第二十条第(…)项, each with its column headers and
// one or two rows. Glued rows have no sum rule: weak priors choose, and ambiguity is reported.
import type { TextContext } from '../context';
import type { Table, TableNote } from '../types';
import { say, type Said } from '../diagnostics';
import { assemble, type RowCells } from './assemble';
import { BLANK, detectLayout, lineEnd, lineStartWithin, readZone, slotOf, type Layout, type Slot } from './cells';
import { findLabel } from './fuzzy';
import { articleHeading, earlierBlock } from './anchors';
import { cellStart, findGapLabel } from './gap';
import { pieceSlot, splitRuns, type Piece } from './glued';
import type { Region } from './regions';
import { PROACTIVE_FORMAT_MARKS, PROACTIVE_ROWS, type ProactiveRowSpec } from './templates';
import { placeUnlabeled, type PlacedRow } from './unlabeled';
import { walkRows } from './walk';

export interface ProactiveRead {
  table: Table;
  format: '2019' | '2021' | null;
  rowsFound: number;
  warnings: Said[];
}

/** Which template's column headers the region prints; null when neither. */
export function detectProactiveFormat(folded: string, from: number, to: number): '2019' | '2021' | null {
  // most copies print the column headers intact: decisive plain matches settle it at once
  const region = folded.slice(from, to);
  const exact = { '2019': 0, '2021': 0 };
  for (const fmt of ['2019', '2021'] as const) for (const mark of PROACTIVE_FORMAT_MARKS[fmt]) if (region.includes(mark)) exact[fmt]++;
  if (exact['2019'] >= 3 && exact['2021'] === 0) return '2019';
  if (exact['2021'] >= 3 && exact['2019'] === 0) return '2021';
  const votes = { '2019': 0, '2021': 0 };
  for (const fmt of ['2019', '2021'] as const) {
    for (const mark of PROACTIVE_FORMAT_MARKS[fmt]) if (findLabel(folded, mark, from, to, 1)) votes[fmt]++;
  }
  if (votes['2019'] === votes['2021']) return null;
  return votes['2019'] > votes['2021'] ? '2019' : '2021';
}

// rows that only the 2019 template prints (its 2021 successor dropped them)
const ROWS_2019_ONLY = ['其他对外管理服务事项', '政府集中采购'];

/**
 * 2019 when a row only the 2019 template prints stands at a cell's start in [from, to): the
 * rows outweigh column headers, which damage or another wording may have made unreadable or
 * look like the other template's.
 */
export function proactiveRowFormat(folded: string, from: number, to: number): '2019' | null {
  for (const label of ROWS_2019_ONLY) {
    const m = findLabel(folded, label, from, to) ?? findGapLabel(folded, label, from, to);
    if (m && cellStart(folded, m.start, from)) return '2019';
  }
  return null;
}

/** The block heading's end, then within 200 characters its column header, then the first row. */
function underOwnHeader(f: string, headingEnd: number, rowStart: number): boolean {
  if (rowStart < headingEnd || rowStart - headingEnd > 200) return false;
  return findLabel(f, '信息内容', headingEnd, rowStart) !== null;
}

export function extractProactive(
  ctx: TextContext,
  region: Region,
  limit: number,
  hint: '2019' | '2021' | null,
  force?: '2019' | '2021',
): ProactiveRead | null {
  const f = ctx.folded;
  const art = articleHeading(f, Math.max(0, region.start - 20), region.end);
  // from the first block heading; when that heading was damaged past matching, from the first
  // block's column header just before the heading found (inside the region)
  const early = art ? earlierBlock(f, art.start) : null;
  const from = art ? (early !== null && early >= region.start - 20 ? early : art.start) : region.start;
  const to = Math.min(limit, region.end + 400);
  const detected = proactiveRowFormat(f, from, to) ?? detectProactiveFormat(f, from, to);
  const format = force ?? detected ?? hint ?? '2019';
  const specs = PROACTIVE_ROWS[format];
  let found: PlacedRow[] = walkRows(f, specs, from, to);
  // three rows make a table; fewer only under the table's own block heading and column header
  // (第二十条第(一)项, 信息内容 …): a page excerpt that stops after the first rows
  if (found.length < 3 && !(found.length > 0 && art && underOwnHeader(f, art.end, found[0]!.start))) return null;
  const layout = detectLayout(f, from, to);
  const warnings: Said[] = [];
  const notes: TableNote[] = [];
  if (layout === 'pipe' || layout === 'tab') {
    // a row a line: a line of figures whose label matched no row stands for the row missing there
    found = placeUnlabeled(f, layout === 'pipe' ? '|' : '\t', specs, found, to, specs[specs.length - 1]!.cols.length, from);
    for (const r of found) {
      if (!r.byPlace) continue;
      const label = specs.find((s) => s.key === r.key)!.label;
      notes.push({ kind: 'other', row: r.key, ...say('note.rowByPlace', { row: r.key, label }), span: [r.start, lineEnd(f, r.start, to)] });
    }
  }
  const read: RowCells[] = [];
  let end = found[found.length - 1]!.end;
  found.forEach((row, i) => {
    const spec = specs.find((s) => s.key === row.key)!;
    const n = spec.cols.length;
    const wan = spec.cols.map((c) => spec.wan?.includes(c) ?? false);
    const zoneEnd = i + 1 < found.length ? found[i + 1]!.start : to;
    const aligned = layout === 'tab' || layout === 'pipe' ? headerAligned(ctx, layout, row.start, row.end, n, wan, from, to) : null;
    const z = aligned ? { slots: aligned } : readZone(ctx, layout, row.end, zoneEnd, n, wan);
    let slots = z.slots;
    if ('runs' in z && z.runs && z.runs.length) {
      slots = splitProactive(ctx, spec, format, z.runs, wan, notes, warnings, [row.start, zoneEnd]);
    }
    for (const s of slots) if (s.span) end = Math.max(end, s.span[1]);
    read.push({ key: row.key, slots, labelSpan: [row.start, row.end] });
  });
  for (const s of specs) {
    if (!found.some((r) => r.key === s.key)) {
      warnings.push(say('tables.rowMissing', { table: 'proactive', row: s.key, label: s.label }));
      notes.push({ kind: 'missing-row', row: s.key, ...say('note.rowMissing', { row: s.key, label: s.label }), span: null });
    }
  }
  const colsOf = (key: string) => specs.find((s) => s.key === key)!.cols;
  const table = assemble(
    specs.map((s) => s.key),
    colsOf,
    read,
    [from, end],
    notes,
  );
  return { table, format: detected, rowsFound: found.length, warnings };
}

/**
 * How implausible a split is under what real reports show, as a weighted count of broken
 * expectations (0 = nothing unusual). Only facts that hold for the template's meaning are used:
 * a count is never negative and never falls below zero; this year's 新公开 is part of 对外公开总数;
 * this year's 制发 is part of 现行有效 (2021). 新制作 ≤ 新公开 is NOT assumed (made late in the
 * year, published the next).
 */
function implausibility(spec: ProactiveRowSpec, format: '2019' | '2021', v: number[]): number {
  let bad = 0;
  for (let i = 0; i < spec.cols.length; i++) if (spec.cols[i] !== 'change' && v[i]! < 0) bad += 10;
  if (format === '2019' && spec.cols[0] === 'made' && v[1]! > v[2]!) bad += 2;
  if (format === '2021' && spec.cols[0] === 'issued' && v[0]! > v[2]!) bad += 1;
  if (spec.cols[1] === 'change') {
    // the count after the change cannot be negative; more than doubling in a year is unusual
    if (v[0]! + v[1]! < 0) bad += 3;
    else if (v[0]! > 0 && Math.abs(v[1]!) > v[0]!) bad += 0.5;
  }
  // government procurement: an average project between 0.5 万元 and 5000 万元
  if (spec.cols[0] === 'projects' && v[0]! > 0) {
    const avg = v[1]! / v[0]!;
    if (avg < 0.5 || avg > 5000) bad += 1;
  }
  return bad;
}

/**
 * How unlikely a split's figures are, as −log10 of their probability under what real reports
 * show (fixtures/golden): in the blocks after the first, every count spread evenly over orders
 * of magnitude (项目数量 from 2 to 2,648, 处理决定数量 from 8 to 3,985,758), so a figure of value
 * v weighs log10(v + 1); 本年增/减 is 0 about half the time; counts other than 处理决定 stay
 * below 10,000. Figures glued together only say which digits they hold, so the most probable
 * split is the one these weights make cheapest.
 */
function unlikeliness(spec: ProactiveRowSpec, format: '2019' | '2021', v: number[]): number {
  // the first block's 文件 counts: tens in a year and hundreds in all (77/77/166, 13/13/524,
  // 69/36/65, 61/59/422), not spread over orders of magnitude; 新公开 is most often 新制作;
  // then the most even digit lengths decide
  if (spec.cols[0] === 'made' || spec.cols[0] === 'issued') {
    let cost = format === '2019' && spec.cols[0] === 'made' && v[1] !== v[0] ? 1 : 0;
    for (let i = 0; i < 3; i++) if (Math.abs(v[i]!) >= (i === 2 ? 1000 : 100)) cost += 1;
    return cost;
  }
  let cost = 0;
  for (let i = 0; i < spec.cols.length; i++) {
    const col = spec.cols[i]!;
    const x = Math.abs(v[i]!);
    // a change is a part of the count it changes (the samples: 1 of 6 … 44 of 396, 18 of 2,648);
    // a few items more than there were is not unusual
    if (col === 'change') cost += x === 0 ? HALF : HALF + Math.log10(x + 1) + (x > Math.max(Math.abs(v[0]!), 9) ? UNUSUAL : 0);
    else cost += Math.log10(x + 1);
    // a count of 文件 or of 项目 (a catalogue's items) runs to thousands, not tens of thousands
    if (col !== 'decisions' && col !== 'amount' && col !== 'change' && x >= 10_000) cost += 2;
  }
  return cost;
}

// −log10 of 1/2 and 1/5
const HALF = Math.log10(2);
const UNUSUAL = Math.log10(5);

function plausibility(spec: ProactiveRowSpec, format: '2019' | '2021', p: Piece[], wan: boolean[], text: string): number[] {
  const v: number[] = [];
  // amounts are long by nature: they do not count in the digit-length measure
  let longest = -Infinity;
  let largest = -Infinity;
  for (let i = 0; i < p.length; i++) {
    const x = p[i]!;
    const value = wanValue(x, wan[i]!, text);
    v.push(value);
    if (!wan[i]) longest = Math.max(longest, String(Math.trunc(Math.abs(x.value))).length);
    // as Math.max over all: one NaN makes it NaN
    const a = Math.abs(value);
    largest = Number.isNaN(largest) || Number.isNaN(a) ? NaN : Math.max(largest, a);
  }
  // fewer broken expectations; then the most probable figures; then the most even digit lengths
  return [implausibility(spec, format, v), unlikeliness(spec, format, v), longest, largest];
}

function cmp(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

function splitProactive(
  ctx: TextContext,
  spec: ProactiveRowSpec,
  format: '2019' | '2021',
  runs: import('./cells').Run[],
  wan: boolean[],
  notes: TableNote[],
  warnings: Said[],
  span: [number, number],
): Slot[] {
  const n = spec.cols.length;
  const cands = splitRuns(ctx.folded, runs, n, { maxSolutions: 200 });
  if (cands.length === 0) {
    const printed = ctx.text.slice(runs[0]!.start, runs[runs.length - 1]!.end);
    warnings.push(say('tables.cannotSplit', { table: 'proactive', row: spec.key, label: spec.label, printed, n }));
    notes.push({ kind: 'unreadable-row', row: spec.key, ...say('note.cannotSplit', { n }), span, figures: { got: 0, expected: n } });
    return [];
  }
  const scored = cands.map((c) => ({ c, s: plausibility(spec, format, c, wan, ctx.text) }));
  scored.sort((a, b) => cmp(a.s, b.s));
  const best = scored[0]!;
  // every other reading is reported, most plausible first: the priors are only weak
  const plausible = scored;
  if (plausible.length > 1) {
    const show = (c: Piece[]) => c.map((p) => ctx.text.slice(p.start, p.end)).join('/');
    const altList = plausible.slice(0, 6).map((x) => show(x.c));
    const printed = ctx.text.slice(runs[0]!.start, runs[runs.length - 1]!.end);
    warnings.push(
      say('tables.proactiveAmbiguous', { table: 'proactive', row: spec.key, label: spec.label, printed, alts: altList, more: plausible.length > 6, chosen: show(best.c) }),
    );
    notes.push({ kind: 'ambiguous-split', row: spec.key, ...say('note.splits', { alts: altList }), span, alternatives: altList });
  }
  return best.c.map((p, i) => pieceSlot(ctx.text, p, wanValue(p, wan[i]!, ctx.text)));
}

/** A figure in a 万元 column: one printed in 元 is converted. */
function wanValue(p: Piece, wan: boolean, text: string): number {
  if (!wan) return p.value;
  const raw = text.slice(p.start, p.end);
  if (raw.endsWith('元') && !raw.endsWith('万元')) return Number((p.value / 10000).toPrecision(12));
  return p.value;
}

/** Fields of one line split by `sep`, as absolute [start, end) bounds; a Markdown row's outer pipes dropped. */
function fieldsOf(f: string, a: number, b: number, sep: string): [number, number][] {
  const out: [number, number][] = [];
  let s = a;
  for (let i = a; i <= b; i++) {
    if (i === b || f[i] === sep) {
      out.push([s, i]);
      s = i + 1;
    }
  }
  if (sep === '|' && f.slice(a, b).trimStart().startsWith('|')) out.shift();
  if (sep === '|' && f.slice(a, b).trimEnd().endsWith('|')) out.pop();
  return out;
}

/**
 * A row a line (HTML grid, Word tabs, Markdown): merged header cells leave empty fields, so
 * each column takes the figure standing under its header, from the header's field up to the
 * next header's.
 */
function headerAligned(
  ctx: TextContext,
  layout: Layout,
  rowStart: number,
  rowEnd: number,
  n: number,
  wan: boolean[],
  floor: number,
  to: number,
): Slot[] | null {
  const f = ctx.folded;
  const sep = layout === 'pipe' ? '|' : '\t';
  // every scan stays inside [floor, to]: on text without line breaks a scan to the text's
  // start or end for each row was quadratic
  const ls = lineStartWithin(f, rowStart, floor);
  // the header must stand on lines after floor: none when the row's line starts at or before it
  if (ls <= floor + 1) return null;
  const le = lineEnd(f, rowEnd, to);
  const data = fieldsOf(f, ls, le, sep);
  const labelAt = data.findIndex(([a, b]) => a <= rowStart && rowStart < Math.max(b, a + 1));
  if (labelAt < 0 || data.length - labelAt - 1 < n) return null;
  let hEnd = ls - 1;
  for (let k = 0; k < 4 && hEnd > floor; k++) {
    const hs = lineStartWithin(f, hEnd, floor);
    if (f.slice(hs, hEnd).includes('信息内容')) {
      const head = fieldsOf(f, hs, hEnd, sep);
      const at = head.findIndex(([a, b]) => f.slice(a, b).includes('信息内容'));
      const pos: number[] = [];
      head.forEach(([a, b], i) => {
        if (i > at && f.slice(a, b).trim() !== '') pos.push(i);
      });
      if (pos.length !== n || at !== labelAt) return null;
      return pos.map((p, c) => {
        const stop = c + 1 < pos.length ? pos[c + 1]! : Math.max(data.length, p + 1);
        for (let i = p; i < stop && i < data.length; i++) {
          const slot = slotOf(ctx, data[i]![0], data[i]![1], wan[c] ?? false);
          if (slot && slot.kind !== 'blank') return slot;
        }
        return BLANK;
      });
    }
    hEnd = hs - 1;
  }
  return null;
}
