// Pruning the glued split of one row whose last figure is the sum of the others (table 三):
// the total can only be a suffix of the digits, so a partial split whose sum no suffix can
// reach, given how many addends the digits in between must still make, has no solution.
// Used only where it cannot change the result: the unpruned search would stay within its step
// budget (so the solutions found, and their order, are exactly the same).

/**
 * How many search nodes the split of `digits` [s, e) into `n` figures visits at most (no
 * figure starts with a superfluous 0; each still needs a digit): every partial split counted.
 */
export function splitTreeSize(folded: string, s: number, e: number, n: number, maxLen: number): number {
  const D = e - s;
  // ways[k * (D + 1) + p]: partial splits of k figures ending p digits in
  const ways = new Float64Array((n + 1) * (D + 1));
  ways[0] = 1;
  let total = 1;
  for (let k = 0; k < n; k++) {
    for (let p = 0; p < D; p++) {
      const w = ways[k * (D + 1) + p]!;
      if (w === 0) continue;
      for (let len = 1; len <= maxLen && p + len <= D; len++) {
        if (len > 1 && folded.charCodeAt(s + p) === 0x30) break;
        if (n - k - 1 > D - p - len) continue;
        ways[(k + 1) * (D + 1) + p + len]! += w;
        total += w;
      }
    }
  }
  return total;
}

/** A suffix-of-the-digits test for the row total, for one run of plain digits [s, e). */
export class SumBound {
  /** value of the last t digits (NaN when it would start with a superfluous 0) */
  private readonly suffix: number[] = [];

  constructor(
    folded: string,
    s: number,
    private readonly e: number,
    private readonly maxLen: number,
  ) {
    let v = 0;
    let pow = 1;
    this.suffix.push(NaN);
    for (let t = 1; t <= maxLen && e - t >= s; t++) {
      v += (folded.charCodeAt(e - t) - 0x30) * pow;
      pow *= 10;
      this.suffix.push(t > 1 && folded.charCodeAt(e - t) === 0x30 ? NaN : v);
    }
  }

  /**
   * Can the digits from `p` on still make `m` more addends and then the total, with the total
   * equal to `sum` plus those addends? False only when no completion can.
   */
  feasible(sum: number, p: number, m: number): boolean {
    const D = this.e - p;
    for (let t = 1; t < this.suffix.length && t <= D - m; t++) {
      const T = this.suffix[t]!;
      if (Number.isNaN(T)) continue;
      const rest = T - sum;
      const M = D - t; // digits the m addends must take
      if (m === 0) {
        if (M === 0 && rest === 0) return true;
        continue;
      }
      if (rest < 0 || M > m * this.maxLen) continue;
      // the longest addend has at least ⌈M/m⌉ digits (no superfluous 0) and at most M − m + 1
      const longest = Math.ceil(M / m);
      const low = longest > 1 ? 10 ** (longest - 1) : 0;
      const high = m * 10 ** Math.min(this.maxLen, M - m + 1);
      if (rest >= low && rest < high) return true;
    }
    return false;
  }
}
