// Table 三 (收到和处理政府信息公开申请情况): rows walked in template order, 7 cells each;
// glued rows split with the row-sum rule, remaining choices settled by the column equations.
import type { TextContext } from '../context';
import type { Span, Table, TableNote } from '../types';
import { assemble, type RowCells } from './assemble';
import { detectLayout, readZone, trailingColumns, type Run, type Slot } from './cells';
import { findLabel } from './fuzzy';
import { groupTotalsHold, pieceSlot, splitRuns, type Piece } from './glued';
import type { Region } from './regions';
import { APPLICATION_2021_MARKS, APPLICATION_COLS, APPLICATION_ROWS, resultRowKeys } from './templates';
import { walkRows } from './walk';

export interface TableRead {
  table: Table;
  format: '2019' | '2021';
  /** rows found, for choosing between copies */
  rowsFound: number;
  warnings: string[];
}

const N = APPLICATION_COLS.length;

export function detectApplicationFormat(folded: string, from: number, to: number): '2019' | '2021' {
  // the marks are printed intact in most copies: a plain search first
  const region = folded.slice(from, to);
  for (const mark of APPLICATION_2021_MARKS) if (region.includes(mark)) return '2021';
  // damaged copies: the 2021 sub-rows stand just after (六)其他处理, when that is found
  const other = findLabel(folded, '其他处理', from, to);
  const a = other ? other.end : from;
  const b = other ? Math.min(to, other.end + 160) : to;
  for (const mark of APPLICATION_2021_MARKS) if (findLabel(folded, mark, a, b)) return '2021';
  return '2019';
}

export function extractApplications(
  ctx: TextContext,
  region: Region,
  limit: number,
  force?: '2019' | '2021',
): TableRead | null {
  const f = ctx.folded;
  const from = Math.max(0, region.start - 60);
  const to = Math.min(limit, f.length);
  const format = force ?? detectApplicationFormat(f, from, to);
  const specs = APPLICATION_ROWS[format];
  const found = walkRows(f, specs, from, to);
  // a handful of matches in prose is not a table
  if (found.length < Math.min(8, specs.length)) return null;
  const first = found[0]!.start;
  const layout = detectLayout(f, first, to);
  const warnings: string[] = [];
  const notes: TableNote[] = [];
  const read: RowCells[] = [];
  const glued: { key: string; runs: Run[]; span: Span; at: number }[] = [];
  // a row a line: empty fields the header prints after 总计 are an extra column, not cells
  const trailing = layout === 'tab' || layout === 'pipe' ? trailingColumns(f, from, first, layout === 'tab' ? '\t' : '|', '总计') : 0;
  let end = found[found.length - 1]!.end;
  found.forEach((row, i) => {
    const zoneEnd = i + 1 < found.length ? found[i + 1]!.start : to;
    const z = readZone(ctx, layout, row.end, zoneEnd, N, [], trailing);
    const last = z.slots[z.slots.length - 1]?.span ?? z.runs?.[z.runs.length - 1]?.end;
    if (typeof last === 'number') end = Math.max(end, last);
    else if (last) end = Math.max(end, last[1]);
    const cells: RowCells = { key: row.key, slots: z.slots, labelSpan: [row.start, row.end] };
    read.push(cells);
    if (z.runs && z.runs.length) glued.push({ key: row.key, runs: z.runs, span: [row.start, zoneEnd], at: read.length - 1 });
    else if (z.slots.length < N && z.slots.some((s) => s.kind !== 'blank') && z.mode === 'spaces') {
      warnings.push(`表三「${row.key}」行只读到 ${z.slots.length} 个数字（应有 ${N} 个），空格分隔的文本无法确定空白格的位置，按从左到右填入`);
      notes.push({ kind: 'unreadable-row', row: row.key, message: `only ${z.slots.length} of ${N} figures`, span: [row.start, zoneEnd] });
    }
  });
  if (glued.length) settleGlued(ctx, format, read, glued, notes, warnings);
  const missing = specs.filter((s) => !found.some((r) => r.key === s.key));
  for (const m of missing) {
    warnings.push(`表三未找到「${m.label}」行`);
    notes.push({ kind: 'missing-row', row: m.key, message: `row label not found: ${m.label}`, span: null });
  }
  const table = assemble(
    specs.map((s) => s.key),
    () => APPLICATION_COLS,
    read,
    [first, end],
    notes,
  );
  return { table, format, rowsFound: found.length, warnings };
}

function piecesToSlots(ctx: TextContext, pieces: Piece[]): Slot[] {
  return pieces.map((p) => pieceSlot(ctx.text, p));
}

function rowSumHolds(values: number[], digitsAfter: number): boolean {
  const k = values.length;
  if (k === N) return groupTotalsHold(values, N);
  // the total is still to come, after the other addends (a digit each at least): it cannot be
  // longer than what remains, so addends already larger than that cannot be right
  let sum = 0;
  for (const v of values) sum += v || 0;
  const totalDigits = digitsAfter - (N - k - 1);
  return totalDigits >= 1 && (totalDigits >= 16 || sum < 10 ** totalDigits);
}

/** Split glued rows: row sums first, then the column equations choose among what remains. */
function settleGlued(
  ctx: TextContext,
  format: '2019' | '2021',
  read: RowCells[],
  glued: { key: string; runs: Run[]; span: Span; at: number }[],
  notes: TableNote[],
  warnings: string[],
): void {
  const options: { g: (typeof glued)[number]; cands: Piece[][]; broken: boolean }[] = [];
  for (const g of glued) {
    let cands = splitRuns(ctx.folded, g.runs, N, { partial: rowSumHolds });
    let broken = false;
    if (cands.length === 0) {
      // the printed row does not add up: any split, left to the column equations
      cands = splitRuns(ctx.folded, g.runs, N, { maxSolutions: 24 });
      broken = cands.length > 0;
    }
    if (cands.length === 0) {
      warnings.push(`表三「${g.key}」行的数字「${ctx.text.slice(g.runs[0]!.start, g.runs[g.runs.length - 1]!.end)}」无法拆分为 ${N} 格`);
      notes.push({ kind: 'unreadable-row', row: g.key, message: 'glued figures cannot be split into 7 cells', span: g.span });
      read[g.at]!.slots = [];
      continue;
    }
    options.push({ g, cands, broken });
  }
  const fixed = new Map<string, number[]>();
  for (const r of read) fixed.set(r.key, r.slots.map((s) => s.value ?? 0));
  const ambiguous = options.filter((o) => o.cands.length > 1);
  for (const o of options) if (o.cands.length === 1) fixed.set(o.g.key, o.cands[0]!.map((p) => p.value));
  const resultKeys = resultRowKeys(format);
  const score = (vals: Map<string, number[]>): number => {
    let s = 0;
    for (let c = 0; c < N; c++) {
      const v = (k: string) => vals.get(k)?.[c] ?? 0;
      if (v('newReceived') + v('carriedOver') === v('resultsTotal') + v('carriedForward')) s++;
      let sum = 0;
      for (const k of resultKeys) sum += v(k);
      if (sum === v('resultsTotal')) s++;
    }
    return s;
  };
  const choice = ambiguous.map(() => 0);
  // coordinate ascent over the ambiguous rows (exhaustive when few), then report ties
  const combos = ambiguous.reduce((p, o) => p * o.cands.length, 1);
  const vals = new Map(fixed);
  const apply = () => ambiguous.forEach((o, i) => vals.set(o.g.key, o.cands[choice[i]!]!.map((p) => p.value)));
  // every best-scoring combination: a row is ambiguous when they disagree on it
  const bestCombos: number[][] = [];
  if (combos <= 5000) {
    let best = -1;
    let bestChoice = choice.slice();
    const idx = ambiguous.map(() => 0);
    for (let k = 0; k < combos; k++) {
      let x = k;
      for (let i = 0; i < ambiguous.length; i++) {
        idx[i] = x % ambiguous[i]!.cands.length;
        x = Math.floor(x / ambiguous[i]!.cands.length);
      }
      ambiguous.forEach((o, i) => vals.set(o.g.key, o.cands[idx[i]!]!.map((p) => p.value)));
      const s = score(vals);
      if (s > best) {
        best = s;
        bestChoice = idx.slice();
        bestCombos.length = 0;
      }
      if (s === best && bestCombos.length < 50) bestCombos.push(idx.slice());
    }
    bestChoice.forEach((c, i) => (choice[i] = c));
  } else {
    for (let pass = 0; pass < 3; pass++) {
      for (let i = 0; i < ambiguous.length; i++) {
        apply();
        let best = -1;
        for (let c = 0; c < ambiguous[i]!.cands.length; c++) {
          vals.set(ambiguous[i]!.g.key, ambiguous[i]!.cands[c]!.map((p) => p.value));
          const s = score(vals);
          if (s > best) {
            best = s;
            choice[i] = c;
          }
        }
      }
    }
  }
  apply();
  const bestScore = score(vals);
  ambiguous.forEach((o, i) => {
    const ties: number[] = [];
    for (let c = 0; c < o.cands.length; c++) {
      vals.set(o.g.key, o.cands[c]!.map((p) => p.value));
      if (score(vals) === bestScore || bestCombos.some((b) => b[i] === c)) ties.push(c);
    }
    vals.set(o.g.key, o.cands[choice[i]!]!.map((p) => p.value));
    if (ties.length > 1) {
      const alts = ties.map((c) => o.cands[c]!.map((p) => p.value).join('/')).join('，');
      warnings.push(`表三「${o.g.key}」行的连写数字有多种拆法（${alts}），按 ${o.cands[choice[i]!]!.map((p) => p.value).join('/')} 读取`);
      notes.push({ kind: 'ambiguous-split', row: o.g.key, message: `splits that fit equally well: ${alts}`, span: o.g.span });
    }
  });
  for (const o of options) {
    const c = o.cands.length === 1 ? 0 : choice[ambiguous.indexOf(o)]!;
    read[o.g.at]!.slots = piecesToSlots(ctx, o.cands[c]!);
    if (o.broken) {
      warnings.push(`表三「${o.g.key}」行的连写数字无论怎样拆分，总计都不等于各项之和；按列勾稽关系选择了拆法`);
      notes.push({ kind: 'ambiguous-split', row: o.g.key, message: 'no split makes the row add up', span: o.g.span });
    }
  }
}
