// Splitting figures printed with no separator (`6000017` for seven cells) back into cells.
// Spaces are certain boundaries (each run is split on its own); a figure never starts with a
// superfluous 0; the caller's equations (a row's total = its addends) prune the search.
import type { Run, Slot } from './cells';

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
}

const MAX_STEPS = 400_000;

/** Every way of reading `runs` as exactly `n` figures that the options accept. */
export function splitRuns(folded: string, runs: Run[], n: number, opts: SplitOptions = {}): Piece[][] {
  const maxLen = opts.maxLen ?? 9;
  const maxSolutions = opts.maxSolutions ?? 64;
  const digitsLeft: number[] = new Array(runs.length + 1).fill(0);
  for (let r = runs.length - 1; r >= 0; r--) {
    const run = runs[r]!;
    digitsLeft[r] = digitsLeft[r + 1]! + (run.atomic ? 1 : Math.max(1, run.digitsEnd - run.digitsStart));
  }
  // digit characters from each run on (an atomic `1,234` holds 4): a bound for `partial`
  const charsLeft: number[] = new Array(runs.length + 1).fill(0);
  for (let r = runs.length - 1; r >= 0; r--) charsLeft[r] = charsLeft[r + 1]! + Math.max(1, runs[r]!.digitsEnd - runs[r]!.digitsStart);
  const out: Piece[][] = [];
  const pieces: Piece[] = [];
  let after = 0; // digits after the figure being pushed
  const values: number[] = [];
  let steps = 0;

  const push = (p: Piece): boolean => {
    pieces.push(p);
    values.push(p.value);
    if (opts.partial && !opts.partial(values, after)) {
      pieces.pop();
      values.pop();
      return false;
    }
    return true;
  };
  const pop = () => {
    pieces.pop();
    values.pop();
  };

  // r: run index, d: next digit offset inside the run (absolute), first: at the run's start
  const visit = (r: number, d: number): void => {
    if (out.length >= maxSolutions || ++steps > MAX_STEPS) return;
    if (r === runs.length) {
      if (pieces.length === n) out.push(pieces.slice());
      return;
    }
    const run = runs[r]!;
    const left = n - pieces.length;
    // each later run needs at least one figure
    if (left < runs.length - r) return;
    if (run.atomic || run.digitsEnd - run.digitsStart === 0) {
      const v = atomicValue(folded, run);
      after = charsLeft[r + 1]!;
      if (push({ start: run.start, end: run.end, value: v })) {
        visit(r + 1, runs[r + 1]?.digitsStart ?? 0);
        pop();
      }
      return;
    }
    const first = d === run.digitsStart;
    const remainingHere = run.digitsEnd - d;
    // figures still needed beyond this one cannot exceed the digits left after it
    let digits = 0; // the figure's integer value, one digit more each step (no string built)
    for (let len = 1; len <= Math.min(maxLen, remainingHere); len++) {
      if (len > 1 && folded.charCodeAt(d) === 0x30) break;
      digits = digits * 10 + (folded.charCodeAt(d + len - 1) - 0x30);
      const last = d + len === run.digitsEnd;
      const afterDigits = digitsLeft[r + 1]! + (run.digitsEnd - d - len);
      if (n - pieces.length - 1 > afterDigits) continue;
      let value = last && run.decimals ? Number(folded.slice(d, d + len) + run.decimals) : digits;
      after = charsLeft[r + 1]! + (run.digitsEnd - d - len);
      if (first && run.sign < 0) value = -value;
      const start = first ? run.start : d;
      const end = last ? run.end : d + len;
      if (!push({ start, end, value })) continue;
      if (last) visit(r + 1, runs[r + 1]?.digitsStart ?? 0);
      else visit(r, d + len);
      pop();
    }
  };
  if (runs.length > 0) visit(0, runs[0]!.digitsStart);
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
