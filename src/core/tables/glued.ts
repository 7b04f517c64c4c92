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
  let steps = 0;
  // one run of plain digits into a row whose last figure is the total: a sharper bound, used
  // only when the plain search could not reach its step budget (same solutions, same order)
  let bound: SumBound | null = null;
  if (opts.lastIsSum && R === 1 && n >= 2) {
    const run = runs[0]!;
    if (!run.atomic && run.sign === 1 && run.decimals === '' && run.digitsEnd > run.digitsStart && splitTreeSize(folded, run.digitsStart, run.digitsEnd, n, maxLen) < MAX_STEPS) {
      bound = new SumBound(folded, run.digitsStart, run.digitsEnd, maxLen);
    }
  }
  let sum = 0; // of the figures placed, while `bound` is in use

  // place one figure; false when the caller's check rejects it (then nothing is placed)
  const push = (start: number, end: number, value: number, after: number): boolean => {
    const k = values.length;
    values.push(value);
    if (partial && !partial(values, after)) {
      values.pop();
      return false;
    }
    starts[k] = start;
    ends[k] = end;
    return true;
  };

  // r: run index, d: next digit offset inside the run (absolute)
  const visit = (r: number, d: number): void => {
    if (out.length >= maxSolutions || ++steps > MAX_STEPS) return;
    const placed = values.length;
    if (r === R) {
      if (placed === n) {
        const sol: Piece[] = [];
        for (let i = 0; i < n; i++) sol.push({ start: starts[i]!, end: ends[i]!, value: values[i]! });
        out.push(sol);
      }
      return;
    }
    const run = runs[r]!;
    // each later run needs at least one figure
    if (n - placed < R - r) return;
    const next = r + 1 < R ? runs[r + 1]!.digitsStart : 0;
    if (run.atomic || run.digitsEnd - run.digitsStart === 0) {
      if (push(run.start, run.end, atomicValue(folded, run), charsLeft[r + 1]!)) {
        visit(r + 1, next);
        values.pop();
      }
      return;
    }
    const first = d === run.digitsStart;
    const remainingHere = run.digitsEnd - d;
    const need = n - placed - 1; // figures still needed beyond this one
    const lenMax = Math.min(maxLen, remainingHere);
    let digits = 0; // the figure's integer value, one digit more each step (no string built)
    for (let len = 1; len <= lenMax; len++) {
      if (len > 1 && folded.charCodeAt(d) === 0x30) break;
      digits = digits * 10 + (folded.charCodeAt(d + len - 1) - 0x30);
      const last = d + len === run.digitsEnd;
      // figures still needed beyond this one cannot exceed the digits left after it
      if (need > digitsLeft[r + 1]! + (remainingHere - len)) continue;
      if (bound && need > 0 && !bound.feasible(sum + digits, d + len, need - 1)) continue;
      let value = last && run.decimals ? Number(folded.slice(d, d + len) + run.decimals) : digits;
      if (first && run.sign < 0) value = -value;
      if (!push(first ? run.start : d, last ? run.end : d + len, value, charsLeft[r + 1]! + (remainingHere - len))) continue;
      sum += value;
      if (last) visit(r + 1, next);
      else visit(r, d + len);
      sum -= value;
      values.pop();
    }
  };
  if (R > 0) visit(0, runs[0]!.digitsStart);
  return out;
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
