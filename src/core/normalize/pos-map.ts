// Where each position of a derived view of a text (the text with parts taken out: meta's
// cleaned view, the checks' prose) stands in the text, kept as runs of consecutive positions
// instead of one 4-byte entry per position: a 20 MB report's view held a 33 MB array for a map
// that is mostly a handful of runs (the identity when nothing was taken out). Maps are strictly
// increasing (a view keeps the text's order), which every lookup relies on.

export class PosMap {
  /** the run a lookup last landed in: sequential lookups (a loop over a span) cost no search */
  private hint = 0;

  /**
   * `length` view positions; run r covers view positions [starts[r], starts[r + 1]) (the last
   * up to `length`) and maps them to origins[r], origins[r] + 1, …
   */
  constructor(
    readonly length: number,
    private readonly starts: Int32Array,
    private readonly origins: Int32Array,
    private readonly runs: number,
  ) {}

  /** positions 0 … length − 1 mapped to themselves */
  static identity(length: number): PosMap {
    return new PosMap(length, new Int32Array(1), new Int32Array(1), length > 0 ? 1 : 0);
  }

  /** the run holding view position i (0 ≤ i < length) */
  private runOf(i: number): number {
    const { starts, runs } = this;
    const h = this.hint;
    if (starts[h]! <= i && (h + 1 >= runs || starts[h + 1]! > i)) return h;
    if (h + 1 < runs && starts[h + 1]! <= i && (h + 2 >= runs || starts[h + 2]! > i)) return (this.hint = h + 1);
    return (this.hint = lastAtOrBefore(starts, runs, i));
  }

  /** the text position of view position i (undefined outside the view, as an array's index) */
  at(i: number): number | undefined {
    if (!(i >= 0 && i < this.length) || !Number.isInteger(i)) return undefined;
    const r = this.runOf(i);
    return this.origins[r]! + i - this.starts[r]!;
  }

  /** where the run holding view position i (0 ≤ i < length) ends: i … runEnd(i) − 1 map to consecutive positions */
  runEnd(i: number): number {
    const r = this.runOf(i);
    return r + 1 < this.runs ? this.starts[r + 1]! : this.length;
  }

  /** the first view position whose text position is ≥ pos; `length` when none is */
  ceil(pos: number): number {
    const { starts, origins, runs } = this;
    if (runs === 0 || pos <= origins[0]!) return 0;
    // the last run starting at or before pos in the text
    const lo = lastAtOrBefore(origins, runs, pos);
    const end = lo + 1 < runs ? starts[lo + 1]! : this.length;
    const i = starts[lo]! + pos - origins[lo]!;
    // inside the run, or in the gap after it (taken out): the next run's first position
    return i < end ? i : end;
  }

  /** the view position whose text position is pos; −1 when that position was taken out */
  indexOf(pos: number): number {
    const i = this.ceil(pos);
    return i < this.length && this.at(i) === pos ? i : -1;
  }

  /** every position, one entry each (tests, and the plain references they compare with) */
  toArray(): Int32Array {
    const out = new Int32Array(this.length);
    for (let r = 0; r < this.runs; r++) {
      const end = r + 1 < this.runs ? this.starts[r + 1]! : this.length;
      for (let i = this.starts[r]!; i < end; i++) out[i] = this.origins[r]! + i - this.starts[r]!;
    }
    return out;
  }
}

/** A PosMap built position by position or run by run, in view order; adjacent runs that continue each other merge. */
export class PosMapBuilder {
  private starts = new Int32Array(16);
  private origins = new Int32Array(16);
  private runs = 0;
  /** view positions mapped so far */
  length = 0;

  /** the next `n` view positions map to orig, orig + 1, … */
  run(orig: number, n: number): void {
    if (n <= 0) return;
    const r = this.runs - 1;
    if (r >= 0 && (this.origins[r]! + this.length - this.starts[r]!) === orig) {
      this.length += n;
      return;
    }
    if (this.runs === this.starts.length) {
      const starts = new Int32Array(this.runs * 2);
      starts.set(this.starts);
      this.starts = starts;
      const origins = new Int32Array(this.runs * 2);
      origins.set(this.origins);
      this.origins = origins;
    }
    this.starts[this.runs] = this.length;
    this.origins[this.runs] = orig;
    this.runs++;
    this.length += n;
  }

  /** the next view position maps to orig */
  push(orig: number): void {
    this.run(orig, 1);
  }

  /** the next view positions map where positions [a, b) of `map` do (a view of a view) */
  from(map: PosMap, a: number, b: number): void {
    for (let i = a; i < b; ) {
      const j = Math.min(b, map.runEnd(i));
      this.run(map.at(i)!, j - i);
      i = j;
    }
  }

  build(): PosMap {
    const n = this.runs;
    // trimmed when the doubling left much unused
    const fit = (a: Int32Array) => (a.length > 2 * n + 16 ? a.slice(0, n) : a);
    return new PosMap(this.length, fit(this.starts), fit(this.origins), n);
  }
}

/** the last index k < n with sorted[k] ≤ x (0 when none is: callers check the first themselves) */
function lastAtOrBefore(sorted: ArrayLike<number>, n: number, x: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
