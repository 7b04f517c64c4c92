// Splitting figures printed with no separator (`6000017` for seven cells) back into cells.
// Spaces are certain boundaries (each run is split on its own); a figure never starts with a
// superfluous 0; the caller's equations (a row's total = its addends) prune the search.
import type { Run, Slot } from './cells';
import { splitTreeSize, SumBound } from './sumprune';

export interface Piece {
  /** span of the figure in the text (the run's sign on the first, decimals/unit on the last) */
  start: number;
  end: number;
  value: number;
}

export interface SplitOptions {
  /** longest figure, in digits */
  maxLen?: number;
  /**
   * called after each figure with the most digits the rest of the text can still hold; false
   * prunes (e.g. a group's total does not add up, or can no longer be as large as its addends)
   */
  partial?: (values: number[], digitsAfter: number) => boolean;
  /** stop after this many solutions */
  maxSolutions?: number;
  /**
   * a solution's last figure is the sum of the others (`partial` still checks it): lets a
   * single run of plain digits be searched with a sharper bound (same solutions)
   */
  lastIsSum?: boolean;
}

const MAX_STEPS = 400_000;

/** Every way of reading `runs` as exactly `n` figures that the options accept. */
export function splitRuns(folded: string, runs: Run[], n: number, opts: SplitOptions = {}): Piece[][] {
  const maxLen = opts.maxLen ?? 9;
  const maxSolutions = opts.maxSolutions ?? 64;
  const partial = opts.partial;
  const R = runs.length;
  const digitsLeft = new Int32Array(R + 1);
  for (let r = R - 1; r >= 0; r--) {
    const run = runs[r]!;
    digitsLeft[r] = digitsLeft[r + 1]! + (run.atomic ? 1 : Math.max(1, run.digitsEnd - run.digitsStart));
  }
  // digit characters from each run on (an atomic `1,234` holds 4): a bound for `partial`
  const charsLeft = new Int32Array(R + 1);
  for (let r = R - 1; r >= 0; r--) charsLeft[r] = charsLeft[r + 1]! + Math.max(1, runs[r]!.digitsEnd - runs[r]!.digitsStart);
  const out: Piece[][] = [];
  // the figures placed so far, as spans and values: Piece objects are made for solutions only
  const starts = new Int32Array(n + 1);
  const ends = new Int32Array(n + 1);
  const values: number[] = [];
  // one run of plain digits into a row whose last figure is the total: a sharper bound, used
  // only when the plain search could not reach its step budget (same solutions, same order)
  let bound: SumBound | null = null;
  if (opts.lastIsSum && R === 1 && n >= 2) {
    const run = runs[0]!;
    if (!run.atomic && run.sign === 1 && run.decimals === '' && run.digitsEnd > run.digitsStart && splitTreeSize(folded, run.digitsStart, run.digitsEnd, n, maxLen) < MAX_STEPS) {
      bound = new SumBound(folded, run.digitsStart, run.digitsEnd, maxLen);
    }
  }
  const st: Search = { folded, runs, n, maxLen, maxSolutions, partial, digitsLeft, charsLeft, out, starts, ends, values, steps: 0, bound, sum: 0 };
  if (R > 0) visit(st, 0, runs[0]!.digitsStart);
  return out;
}

/** One split search's inputs and state (module-level steps: no closures made per call). */
interface Search {
  folded: string;
  runs: Run[];
  n: number;
  maxLen: number;
  maxSolutions: number;
  partial: SplitOptions['partial'];
  digitsLeft: Int32Array;
  charsLeft: Int32Array;
  out: Piece[][];
  starts: Int32Array;
  ends: Int32Array;
  values: number[];
  steps: number;
  bound: SumBound | null;
  /** of the figures placed, while `bound` is in use */
  sum: number;
}

// place one figure; false when the caller's check rejects it (then nothing is placed)
function place(st: Search, start: number, end: number, value: number, after: number): boolean {
  const values = st.values;
  const k = values.length;
  values.push(value);
  if (st.partial && !st.partial(values, after)) {
    values.pop();
    return false;
  }
  st.starts[k] = start;
  st.ends[k] = end;
  return true;
}

// r: run index, d: next digit offset inside the run (absolute)
function visit(st: Search, r: number, d: number): void {
  const { folded, runs, n, values, out } = st;
  const R = runs.length;
  if (out.length >= st.maxSolutions || ++st.steps > MAX_STEPS) return;
  const placed = values.length;
  if (r === R) {
    if (placed === n) {
      const sol: Piece[] = [];
      for (let i = 0; i < n; i++) sol.push({ start: st.starts[i]!, end: st.ends[i]!, value: values[i]! });
      out.push(sol);
    }
    return;
  }
  const run = runs[r]!;
  // each later run needs at least one figure
  if (n - placed < R - r) return;
  const next = r + 1 < R ? runs[r + 1]!.digitsStart : 0;
  if (run.atomic || run.digitsEnd - run.digitsStart === 0) {
    if (place(st, run.start, run.end, atomicValue(folded, run), st.charsLeft[r + 1]!)) {
      visit(st, r + 1, next);
      values.pop();
    }
    return;
  }
  const first = d === run.digitsStart;
  const remainingHere = run.digitsEnd - d;
  const need = n - placed - 1; // figures still needed beyond this one
  const lenMax = Math.min(st.maxLen, remainingHere);
  let digits = 0; // the figure's integer value, one digit more each step (no string built)
  for (let len = 1; len <= lenMax; len++) {
    if (len > 1 && folded.charCodeAt(d) === 0x30) break;
    digits = digits * 10 + (folded.charCodeAt(d + len - 1) - 0x30);
    const last = d + len === run.digitsEnd;
    // figures still needed beyond this one cannot exceed the digits left after it
    if (need > st.digitsLeft[r + 1]! + (remainingHere - len)) continue;
    if (st.bound && need > 0 && !st.bound.feasible(st.sum + digits, d + len, need - 1)) continue;
    let value = last && run.decimals ? Number(folded.slice(d, d + len) + run.decimals) : digits;
    if (first && run.sign < 0) value = -value;
    if (!place(st, first ? run.start : d, last ? run.end : d + len, value, st.charsLeft[r + 1]! + (remainingHere - len))) continue;
    st.sum += value;
    if (last) visit(st, r + 1, next);
    else visit(st, r, d + len);
    st.sum -= value;
    values.pop();
  }
}

function atomicValue(folded: string, run: Run): number {
  const digits = folded.slice(run.digitsStart, run.digitsEnd).replace(/,/g, '');
  if (digits === '') return NaN; // a placeholder such as `/`
  return run.sign * Number(digits + run.decimals);
}

/** A group-sum check for `values` laid out as groups of `size` whose last member is their total. */
export function groupTotalsHold(values: number[], size: number): boolean {
  const k = values.length;
  if (k === 0 || k % size !== 0) return true;
  // a placeholder (`/`, NaN) counts as 0, like a blank
  let sum = 0;
  for (let i = k - size; i < k - 1; i++) sum += values[i] || 0;
  return Math.abs(sum - (values[k - 1] || 0)) < 1e-9;
}

/** A split figure as a cell; a placeholder piece (`/`, value NaN) is a nullish cell. */
export function pieceSlot(text: string, p: Piece, value = p.value): Slot {
  const raw = text.slice(p.start, p.end);
  if (Number.isNaN(value)) return { kind: 'nullish', value: null, raw, span: [p.start, p.end] };
  return { kind: 'number', value, raw, span: [p.start, p.end] };
}
