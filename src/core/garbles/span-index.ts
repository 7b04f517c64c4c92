// Questions asked of many spans at once, each answered in O(log n) or O(1) instead of a scan per
// question: the detector asked "does this overlap / lie inside any find?" and "is this piece
// printed anywhere else?" once per candidate, by scanning every find or the whole text, which
// made noise-dense or long documents cost quadratic time. span-index.property.test.ts proves
// each answer equal to the plain scan.
import { ScratchPool } from '../scratch';

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
 * A flag per UTF-16 unit (64 KB), from a pool: clear() unsets only what add() set. Why: the
 * screens below are made per call, and a report of a few KB paid more to allocate and zero
 * their 64 KB arrays than to scan its text.
 */
export class UnitSet {
  readonly has = new Uint8Array(0x10000);
  private readonly added: number[] = [];
  add(unit: number): void {
    if (this.has[unit] === 0) {
      this.has[unit] = 1;
      this.added.push(unit);
    }
  }
  clear(): void {
    for (const u of this.added) this.has[u] = 0;
    this.added.length = 0;
  }
}

const unitSets = new ScratchPool(() => [new UnitSet(), new UnitSet()] as const);

/** fn with two empty UnitSets, cleared and given back after */
export function withUnitSets<T>(fn: (a: UnitSet, b: UnitSet) => T): T {
  const sets = unitSets.take();
  try {
    return fn(sets[0], sets[1]);
  } finally {
    sets[0].clear();
    sets[1].clear();
    unitSets.give(sets);
  }
}

/**
 * For each piece [a, b) of f: is it printed nowhere else in f (no other start, overlapping
 * copies included)? One pass over f: a position is looked at only when its character, and the
 * next one, can start a piece (typed-array screens); there the hashes of the substrings of each
 * piece length are grown one unit at a time and screened by a bit set of the pieces' hashes, so
 * a substring is sliced and looked up only when its hash is a piece's (no allocation elsewhere).
 */
export function printedOnce(f: string, pieces: readonly (readonly [number, number])[]): boolean[] {
  return withUnitSets((a, b) => printedOnceWith(f, pieces, a, b));
}

function printedOnceWith(f: string, pieces: readonly (readonly [number, number])[], firstSet: UnitSet, secondSet: UnitSet): boolean[] {
  const seen = new Map<string, number>();
  const isLength = new Uint8Array(256);
  let longest = 0;
  const firsts = firstSet.has;
  const seconds = secondSet.has;
  const hashes = new Int32Array(HASH_BITS >>> 5);
  let single = false;
  let long: number[] = []; // lengths beyond the hashed ones: sliced at every candidate, as before
  for (const [a, b] of pieces) {
    if (b <= a) continue;
    seen.set(f.slice(a, b), 0);
    if (b - a < isLength.length) {
      isLength[b - a] = 1;
      longest = Math.max(longest, b - a);
      const k = hashBit(hashOf(f, a, b), b - a);
      hashes[k >>> 5] |= 1 << (k & 31);
    } else if (!long.includes(b - a)) long.push(b - a);
    firstSet.add(f.charCodeAt(a));
    if (b - a === 1) single = true;
    else secondSet.add(f.charCodeAt(a + 1));
  }
  long = long.sort((x, y) => x - y);
  const count = (p: number, len: number) => {
    const key = f.slice(p, p + len);
    const c = seen.get(key);
    if (c !== undefined && c < 2) seen.set(key, c + 1);
  };
  for (let p = 0; p < f.length; p++) {
    if (!firsts[f.charCodeAt(p)] || (!single && !seconds[f.charCodeAt(p + 1)])) continue;
    let h = 0;
    for (let len = 1; len <= longest && p + len <= f.length; len++) {
      h = (Math.imul(h, HASH_BASE) + f.charCodeAt(p + len - 1) + 1) | 0;
      if (!isLength[len]) continue;
      const k = hashBit(h, len);
      if (hashes[k >>> 5] & (1 << (k & 31))) count(p, len);
    }
    for (const len of long) {
      if (p + len > f.length) break;
      count(p, len);
    }
  }
  return pieces.map(([a, b]) => b > a && seen.get(f.slice(a, b)) === 1);
}

const HASH_BASE = 0x01000193;
const HASH_BITS = 1 << 16;
/** the polynomial hash of f[a, b), as printedOnce grows it */
function hashOf(f: string, a: number, b: number): number {
  let h = 0;
  for (let i = a; i < b; i++) h = (Math.imul(h, HASH_BASE) + f.charCodeAt(i) + 1) | 0;
  return h;
}
const hashBit = (h: number, len: number) => Math.imul(h ^ Math.imul(len, 0x27d4eb2d), 0x9e3779b1) >>> 16;
