// A compact, approximate set of names (a Golomb–Rice coded set): each name is hashed into
// [0, n·2^k), the sorted hashes are stored as Rice-coded gaps (k + ~1.6 bits a name). A lookup
// answers "no" exactly and "yes" wrongly for about one absent name in 2^k. Used for the ~290k
// village names, which do not fit the word-data budget as text (~1 MB gzip); the township
// names stay an exact list. Shared by scripts/build-places.ts (encode) and places.ts (decode).

/** FNV-1a over UTF-16 units, then a final mix (names differ in few units) */
export function nameHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** the hash scaled into [0, range) */
const scaled = (s: string, range: number) => Math.floor((nameHash(s) / 0x100000000) * range);

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** encode names with false-positive rate about 2^-k: "<n>:<k>:<base64 bits>" */
export function encodeNameSet(names: Iterable<string>, k: number): string {
  const list = [...new Set(names)];
  const range = list.length * 2 ** k;
  const hashes = [...new Set(list.map((s) => scaled(s, range)))].sort((a, b) => a - b);
  const bits: number[] = [];
  let prev = 0;
  for (const h of hashes) {
    const gap = h - prev;
    prev = h;
    for (let q = gap >>> k; q > 0; q--) bits.push(1);
    bits.push(0);
    for (let b = k - 1; b >= 0; b--) bits.push((gap >>> b) & 1);
  }
  while (bits.length % 6) bits.push(0);
  let out = '';
  for (let i = 0; i < bits.length; i += 6) {
    let v = 0;
    for (let b = 0; b < 6; b++) v = (v << 1) | bits[i + b];
    out += B64[v];
  }
  return `${hashes.length}:${list.length}:${k}:${out}`;
}

export class NameSet {
  private readonly hashes: Uint32Array;
  private readonly range: number;

  constructor(data: string) {
    const [count, names, kk, body] = data.split(':');
    const n = Number(count);
    const k = Number(kk);
    this.range = Number(names) * 2 ** k;
    this.hashes = new Uint32Array(n);
    const val = new Uint8Array(128);
    for (let i = 0; i < 64; i++) val[B64.charCodeAt(i)] = i;
    // a bit reader over the 6-bit digits: `acc` holds `have` unread bits
    let at = 0;
    let acc = 0;
    let have = 0;
    let prev = 0;
    const M = 2 ** k;
    for (let i = 0; i < n; i++) {
      let q = 0;
      for (;;) {
        if (have === 0) {
          acc = val[body.charCodeAt(at++)];
          have = 6;
        }
        have--;
        if (((acc >>> have) & 1) === 0) break;
        q++;
      }
      while (have < k) {
        acc = ((acc & 0x3ffffff) << 6) | val[body.charCodeAt(at++)];
        have += 6;
      }
      have -= k;
      prev += q * M + ((acc >>> have) & (M - 1));
      this.hashes[i] = prev;
    }
  }

  get size(): number {
    return this.hashes.length;
  }

  /** true for every encoded name; for an absent name, true with probability about 2^-k */
  has(s: string): boolean {
    const h = scaled(s, this.range);
    let lo = 0;
    let hi = this.hashes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.hashes[mid];
      if (v === h) return true;
      if (v < h) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}
