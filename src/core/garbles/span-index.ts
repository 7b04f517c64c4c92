// Questions asked of many spans at once, each answered in O(log n) or O(1) instead of a scan per
// question: the detector asked "does this overlap / lie inside any find?" and "is this piece
// printed anywhere else?" once per candidate, by scanning every find or the whole text, which
// made noise-dense or long documents cost quadratic time. span-index.property.test.ts proves
// each answer equal to the plain scan.

/** a fixed set of spans, sorted by start, with the running maximum of their ends */
export class SpanIndex {
  private readonly starts: Int32Array;
  private readonly maxEnd: Int32Array;

  constructor(spans: readonly (readonly [number, number])[]) {
    const sorted = [...spans].sort((x, y) => x[0] - y[0]);
    this.starts = Int32Array.from(sorted, (s) => s[0]);
    this.maxEnd = new Int32Array(sorted.length);
    let m = -Infinity;
    sorted.forEach((s, k) => {
      m = Math.max(m, s[1]);
      this.maxEnd[k] = m;
    });
  }

  /** how many spans start before x (or at x, when `orAt`) */
  private count(x: number, orAt: boolean): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid] < x || (orAt && this.starts[mid] === x)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** does [a, b) overlap a span (start < b and a < end)? */
  overlaps(a: number, b: number): boolean {
    const k = this.count(b, false);
    return k > 0 && this.maxEnd[k - 1] > a;
  }

  /** does a span hold [a, b) (start ≤ a and b ≤ end)? */
  holds(a: number, b: number): boolean {
    const k = this.count(a, true);
    return k > 0 && this.maxEnd[k - 1] >= b;
  }
}

/**
 * For each piece [a, b) of f: is it printed nowhere else in f (no other start, overlapping
 * copies included)? One pass over f: a position is looked up (one slice per piece length) only
 * when its character, and the next one, can start a piece — typed-array screens, no allocation
 * elsewhere.
 */
export function printedOnce(f: string, pieces: readonly (readonly [number, number])[]): boolean[] {
  const seen = new Map<string, number>();
  const lengths = new Set<number>();
  const firsts = new Uint8Array(0x10000);
  const seconds = new Uint8Array(0x10000);
  let single = false;
  for (const [a, b] of pieces) {
    if (b <= a) continue;
    seen.set(f.slice(a, b), 0);
    lengths.add(b - a);
    firsts[f.charCodeAt(a)] = 1;
    if (b - a === 1) single = true;
    else seconds[f.charCodeAt(a + 1)] = 1;
  }
  const lens = [...lengths].sort((x, y) => x - y);
  for (let p = 0; p < f.length; p++) {
    if (!firsts[f.charCodeAt(p)] || (!single && !seconds[f.charCodeAt(p + 1)])) continue;
    for (const len of lens) {
      if (p + len > f.length) break;
      const key = f.slice(p, p + len);
      const c = seen.get(key);
      if (c !== undefined && c < 2) seen.set(key, c + 1);
    }
  }
  return pieces.map(([a, b]) => b > a && seen.get(f.slice(a, b)) === 1);
}
