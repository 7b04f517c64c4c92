// Table 三 (收到和处理政府信息公开申请情况): rows walked in template order, 7 cells each;
// glued rows split with the row-sum rule, remaining choices settled by the column equations.
import type { TextContext } from '../context';
import type { Span, Table, TableNote } from '../types';
import { say, type Said } from '../diagnostics';
import { assemble, type RowCells } from './assemble';
import { BLANK, detectLayout, lineEnd, lineStartWithin, readZone, runSlot, trailingColumns, type Run, type Slot } from './cells';
import { findLabel } from './fuzzy';
import { groupTotalsHold, pieceSlot, splitRuns, type Piece } from './glued';
import type { Region } from './regions';
import { APPLICATION_2021_MARKS, APPLICATION_COLS, APPLICATION_ROWS, resultRowKeys } from './templates';
import { placeUnlabeled, type PlacedRow } from './unlabeled';
import { walkRows } from './walk';
import { EquationScorer } from './equations';

export interface TableRead {
  table: Table;
  format: '2019' | '2021';
  /** rows found, for choosing between copies */
  rowsFound: number;
  warnings: Said[];
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
  headed = false,
): TableRead | null {
  const f = ctx.folded;
  // under a header, the rows follow it; otherwise the printed rule may stand just before, and
  // so may the first row when its label was too damaged to be a key phrase (a Markdown row's
  // line is long: from that line's start, within 200 characters)
  const from = headed ? region.start : lineStartWithin(f, Math.max(0, region.start - 60), Math.max(0, region.start - 200));
  const to = Math.min(limit, f.length);
  const format = force ?? detectApplicationFormat(f, from, to);
  const specs = APPLICATION_ROWS[format];
  let found: PlacedRow[] = walkRows(f, specs, from, to);
  // a handful of matches in prose is not a table; under the table's own header, every row
  // found is kept (the missing ones get a note)
  if (found.length < (headed ? 1 : Math.min(8, specs.length))) return null;
  const first = found[0]!.start;
  const layout = detectLayout(f, first, to);
  const warnings: Said[] = [];
  const notes: TableNote[] = [];
  if (layout === 'pipe' || layout === 'tab') {
    found = placeUnlabeled(f, layout === 'pipe' ? '|' : '\t', specs, found, to);
    for (const r of found) {
      if (!r.byPlace) continue;
      const label = specs.find((s) => s.key === r.key)!.label;
      notes.push({ kind: 'other', row: r.key, ...say('note.rowByPlace', { row: r.key, label }), span: [r.start, lineEnd(f, r.start, to)] });
    }
  }
  const read: RowCells[] = [];
  const glued: Unsettled[] = [];
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
    // fewer figures than columns (PDF text drops blank cells): each figure's column is settled
    // with the glued rows, by the row sum and the column equations
    const short = z.mode === 'spaces' && z.figures && z.figures.length > 0 && z.figures.length < N ? z.figures : undefined;
    if ((z.runs && z.runs.length) || short) glued.push({ key: row.key, runs: z.runs ?? [], figures: short, span: [row.start, zoneEnd], at: read.length - 1 });
    else if (z.otherAlignment) glued.push({ key: row.key, runs: [], aligned: [z.slots, z.otherAlignment], span: [row.start, zoneEnd], at: read.length - 1 });
  });
  // spaced figures (PDF text) or digits glued together (crawler text)? The rows tell: several
  // figures on a row, or one long run. Only in spaced text does a short row lack blank cells.
  let spaced = 0;
  let joined = 0;
  for (const g of glued) {
    const runs = g.figures ?? g.runs;
    if (runs.length >= 2) spaced++;
    else if (runs.length === 1 && runs[0]!.digitsEnd - runs[0]!.digitsStart >= 2) joined++;
  }
  for (const g of glued) {
    if (spaced > joined && g.figures) g.runs = [];
    else g.figures = undefined;
  }
  if (glued.length) settleGlued(ctx, format, read, glued.filter((g) => g.runs.length || g.figures || g.aligned), notes, warnings);
  const missing = specs.filter((s) => !found.some((r) => r.key === s.key));
  for (const m of missing) {
    warnings.push(say('tables.rowMissing', { table: 'applications', row: m.key, label: m.label }));
    notes.push({ kind: 'missing-row', row: m.key, ...say('note.rowMissing', { row: m.key, label: m.label }), span: null });
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

// powers of ten up to 10^15, once: `10 ** k` per call is a slow pow in the split search
const POW10: number[] = [];
for (let k = 0; k < 16; k++) POW10.push(10 ** k);

function rowSumHolds(values: number[], digitsAfter: number): boolean {
  const k = values.length;
  if (k === N) return groupTotalsHold(values, N);
  // the total is still to come, after the other addends (a digit each at least): it cannot be
  // longer than what remains, so addends already larger than that cannot be right
  let sum = 0;
  for (let i = 0; i < k; i++) sum += values[i]! || 0;
  const totalDigits = digitsAfter - (N - k - 1);
  return totalDigits >= 1 && (totalDigits >= 16 || sum < POW10[totalDigits]!);
}

/**
 * Addends whose sum the total still to come could nearly reach: below twice the largest number
 * of its digits (a row off by a little may sum a little past its total's length).
 */
function addendFits(values: number[], digitsAfter: number): boolean {
  const k = values.length;
  if (k === N) return true;
  let sum = 0;
  for (let i = 0; i < k; i++) sum += values[i]! || 0;
  const totalDigits = digitsAfter - (N - k - 1);
  return totalDigits >= 1 && (totalDigits >= 15 || sum < 2 * POW10[totalDigits]!);
}

/**
 * A glued row that no split makes add up (a printed mistake): the splits whose addends come
 * nearest their printed total. A mistake is off by a little; a wrong split
 * is off by orders of magnitude. The column equations then choose among these few.
 */
function nearestSplits(folded: string, runs: Run[]): Piece[][] {
  const all = splitRuns(folded, runs, N, { partial: addendFits, maxSolutions: 4000 });
  const miss = (p: Piece[]) => {
    let sum = 0;
    for (let i = 0; i < N - 1; i++) sum += p[i]!.value || 0;
    return Math.abs(sum - (p[N - 1]!.value || 0));
  };
  const scored = all.map((p) => ({ p, miss: miss(p) })).sort((a, b) => a.miss - b.miss);
  return scored.slice(0, 24).map((x) => x.p);
}

/** A row whose cells are not certain: glued digits to split, or fewer figures than columns. */
interface Unsettled {
  key: string;
  runs: Run[];
  /** space-separated figures, fewer than the columns: which column each stands in is open */
  figures?: Run[];
  /** a row a line read from either end (an extra empty field at both): the two readings */
  aligned?: Slot[][];
  span: Span;
  at: number;
}

/** Every order-keeping way of putting `figures` into N columns (the others blank). */
function placements(ctx: TextContext, figures: Run[]): Slot[][] {
  const slots = figures.map((r) => runSlot(ctx, r, false));
  const out: Slot[][] = [];
  const row: Slot[] = [];
  const visit = (col: number, k: number) => {
    if (k === slots.length) {
      out.push([...row, ...new Array<Slot>(N - col).fill(BLANK)]);
      return;
    }
    if (N - col < slots.length - k) return;
    row.push(slots[k]!);
    visit(col + 1, k + 1);
    row.pop();
    row.push(BLANK);
    visit(col + 1, k);
    row.pop();
  };
  visit(0, 0);
  return out;
}

const valuesOf = (slots: Slot[]) => slots.map((s) => s.value ?? 0);
const show = (slots: Slot[]) => slots.map((s) => (s.kind === 'blank' ? '空' : s.raw)).join('/');

function dedupe(cands: Slot[][]): Slot[][] {
  const seen = new Set<string>();
  return cands.filter((c) => {
    const k = valuesOf(c).join(',');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Rows whose figures could all move one column over, into a column empty in every row: a
 * block of columns shifted together keeps every column equation, so nothing tells the readings
 * apart unless a row printed in full pins one of those columns.
 */
function filled(r: RowCells, c: number): boolean {
  return (r.slots[c]?.value ?? 0) !== 0;
}

function shiftableRows(read: RowCells[], short: Set<string>): Set<string> {
  const out = new Set<string>();
  const empty = (c: number) => !read.some((r) => filled(r, c));
  const tryBlock = (a: number, b: number) => {
    const users = read.filter((r) => {
      for (let c = a; c <= b; c++) if (filled(r, c)) return true;
      return false;
    });
    if (users.length && users.every((r) => short.has(r.key))) for (const r of users) out.add(r.key);
  };
  for (let d = 0; d < N - 1; d++) {
    if (!empty(d)) continue;
    for (let a = 0; a < d; a++) tryBlock(a, d - 1); // blocks just left of the empty column
    for (let b = d + 1; b < N - 1; b++) tryBlock(d + 1, b); // and just right of it
  }
  return out;
}

/** Settle uncertain rows: row sums first, then the column equations choose among what remains. */
function settleGlued(
  ctx: TextContext,
  format: '2019' | '2021',
  read: RowCells[],
  glued: Unsettled[],
  notes: TableNote[],
  warnings: Said[],
): void {
  const options: { g: Unsettled; cands: Slot[][]; broken: boolean }[] = [];
  for (const g of glued) {
    let cands: Slot[][] = g.aligned ? [...g.aligned] : [];
    if (g.figures) cands = placements(ctx, g.figures).filter((c) => rowSumHolds(valuesOf(c), 0));
    if (g.runs.length) cands.push(...splitRuns(ctx.folded, g.runs, N, { partial: rowSumHolds, lastIsSum: true }).map((p) => piecesToSlots(ctx, p)));
    let broken = false;
    if (cands.length === 0) {
      // the printed row does not add up: any reading, left to the column equations
      if (g.figures) cands = placements(ctx, g.figures);
      else cands = nearestSplits(ctx.folded, g.runs).map((p) => piecesToSlots(ctx, p));
      broken = cands.length > 0;
    }
    // readings with the same figures in the same columns are one reading (a 0 or a blank moved)
    // (two alignments differ only in where a blank stands: a blank is not a 0, both are kept)
    if (!g.aligned) cands = dedupe(cands);
    if (cands.length === 0) {
      const runs = g.figures ?? g.runs;
      warnings.push(say('tables.cannotSplit', { table: 'applications', row: g.key, printed: ctx.text.slice(runs[0]!.start, runs[runs.length - 1]!.end), n: N }));
      notes.push({ kind: 'unreadable-row', row: g.key, ...say('note.cannotSplit', { n: N }), span: g.span, figures: { got: 0, expected: N } });
      read[g.at]!.slots = [];
      continue;
    }
    options.push({ g, cands, broken });
  }
  const fixed = new Map<string, number[]>();
  for (const r of read) fixed.set(r.key, r.slots.map((s) => s.value ?? 0));
  const ambiguous = options.filter((o) => o.cands.length > 1);
  for (const o of options) if (o.cands.length === 1) fixed.set(o.g.key, valuesOf(o.cands[0]!));
  // the rows' figures by their role in the equations (see EquationScorer: counted many times)
  const vals = new EquationScorer(fixed, resultRowKeys(format), N);
  const choice = ambiguous.map(() => 0);
  // coordinate ascent over the ambiguous rows (exhaustive when few), then report ties
  const combos = ambiguous.reduce((p, o) => p * o.cands.length, 1);
  // each reading's figures, made once (the search below tries them many times)
  const figs = ambiguous.map((o) => o.cands.map(valuesOf));
  const apply = () => ambiguous.forEach((o, i) => vals.set(o.g.key, figs[i]![choice[i]!]!));
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
      for (let i = 0; i < ambiguous.length; i++) vals.set(ambiguous[i]!.g.key, figs[i]![idx[i]!]!);
      const s = vals.score();
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
          vals.set(ambiguous[i]!.g.key, figs[i]![c]!);
          const s = vals.score();
          if (s > best) {
            best = s;
            choice[i] = c;
          }
        }
      }
    }
  }
  apply();
  const bestScore = vals.score();
  ambiguous.forEach((o, i) => {
    const ties: number[] = [];
    for (let c = 0; c < o.cands.length; c++) {
      vals.set(o.g.key, figs[i]![c]!);
      if (vals.score() === bestScore || bestCombos.some((b) => b[i] === c)) ties.push(c);
    }
    vals.set(o.g.key, figs[i]![choice[i]!]!);
    if (ties.length > 1) {
      const altList = ties.map((c) => show(o.cands[c]!));
      const chosen = show(o.cands[choice[i]!]!);
      const row = o.g.key;
      if (o.g.aligned) {
        warnings.push(say('tables.alignmentChosen', { table: 'applications', row, alts: altList, chosen }));
        notes.push({ kind: 'ambiguous-split', row, ...say('note.alignment', { alts: altList }), span: o.g.span, alternatives: altList });
      } else if (o.g.figures) {
        const got = o.g.figures.length;
        warnings.push(say('tables.placementChosen', { table: 'applications', row, got, alts: altList, chosen }));
        notes.push({ kind: 'ambiguous-split', row, ...say('note.placements', { got, alts: altList }), span: o.g.span, alternatives: altList });
      } else {
        warnings.push(say('tables.splitChosen', { table: 'applications', row, alts: altList, chosen }));
        notes.push({ kind: 'ambiguous-split', row, ...say('note.splits', { alts: altList }), span: o.g.span, alternatives: altList });
      }
    }
  });
  for (const o of options) {
    const c = o.cands.length === 1 ? 0 : choice[ambiguous.indexOf(o)]!;
    read[o.g.at]!.slots = o.cands[c]!;
  }
  // PDF text that drops blank cells: a whole column of figures may stand one column over
  const shortKeys = new Set(options.filter((o) => o.g.figures).map((o) => o.g.key));
  // the columns of short rows are proven only when every equation of the table then holds
  if (bestScore < 2 * N) {
    for (const o of options) {
      if (!o.g.figures || o.cands.length < 2 || notes.some((n) => n.kind === 'ambiguous-split' && n.row === o.g.key)) continue;
      const got = o.g.figures.length;
      warnings.push(say('tables.columnsUncertain', { table: 'applications', row: o.g.key, got, n: N, chosen: show(read[o.g.at]!.slots) }));
      notes.push({ kind: 'ambiguous-split', row: o.g.key, ...say('note.columnsUncertain', { got, n: N }), span: o.g.span, figures: { got, expected: N } });
    }
  }
  for (const key of shiftableRows(read, shortKeys)) {
    const o = options.find((x) => x.g.key === key)!;
    if (notes.some((n) => n.kind === 'ambiguous-split' && n.row === key)) continue;
    warnings.push(say('tables.columnShift', { table: 'applications', row: key, got: o.g.figures!.length, chosen: show(read[o.g.at]!.slots) }));
    notes.push({ kind: 'ambiguous-split', row: key, ...say('note.columnShift', {}), span: o.g.span, reason: 'column-shift' });
  }
  for (const o of options) {
    if (o.broken) {
      warnings.push(say('tables.noSplitAddsUp', { table: 'applications', row: o.g.key }));
      notes.push({ kind: 'ambiguous-split', row: o.g.key, ...say('note.noSplitAddsUp', {}), span: o.g.span, reason: 'no-split-adds-up' });
    }
  }
}
