// The word lexicon as a trie in flat typed arrays (fast to build, fast to walk, no per-node
// objects), and each node's word cost −ln P(word). The data module (data/lexicon.ts, generated)
// is imported lazily and parsed once.
//
// Layout (why: the detector walks this trie a few million times per megabyte, and a hash table
// of (node, char) → child missed the cache on nearly every step): nodes are numbered breadth
// first with siblings in ascending character order, so a node's children are the consecutive
// ids first[node] … first[node + 1] − 1 and their characters, code[id], ascend. The root's
// children are also in a direct table by character, and the one-character nodes' (hundreds of
// children each: a binary search there mispredicts on every step) in one hash table keyed by
// node × 65536 + character in a single int32. lexicon.property.test.ts proves every walk equal
// to a plain map of the words.

import { variantAliases } from './variants';

/** ln-count quantisation step of the generated data (shared with scripts/build-lexicon.ts) */
export const BUCKET_STEP = 0.25;

export class Lexicon {
  /** −ln P of a character not in the lexicon at all */
  readonly unknownCost: number;
  /** longest word, in UTF-16 units */
  readonly maxLen: number;
  /** child of the root by character (−1: none) */
  private readonly root: Int32Array;
  /** a node's children are the ids first[node] … first[node + 1] − 1 */
  private readonly first: Int32Array;
  /** the character that leads to each node (ascending among siblings) */
  private readonly code: Uint16Array;
  /** one-character nodes (ids below this) use `pairs` */
  private readonly depth1End: number;
  /** open addressing: [node × 65536 + character, child] pairs (−1: empty slot) */
  private readonly pairs: Int32Array;
  private readonly pairMask: number;
  /** a key's home slot: the top bits of key × the golden ratio */
  private readonly pairShift: number;
  /**
   * a bit per hashed key of `pairs` (128 KB, stays in cache): most lookups from a one-character
   * node fail (a lattice tries every next character), and a clear bit answers them without
   * touching the 2 MB table
   */
  private readonly pairBits: Int32Array;
  private readonly nodeCost: Float32Array;
  /** cost of each BMP character as a one-character word (Infinity if none) */
  readonly charCost: Float32Array;
  /**
   * −ln P(the character is part of a longer word) from jieba's HMM (data/hmm.ts); Infinity if
   * unknown or not loaded. Low for bound morphemes (权, 责, 痕), high for words that stand alone.
   */
  bound: Float32Array = new Float32Array(65536).fill(Infinity);

  /** `aliases`: [variant, word] pairs; a variant gets its word's count (variants.ts) */
  constructor(data: string, aliases: [string, string][] = []) {
    const words: string[] = [];
    const counts: number[] = [];
    let total = 0;
    let maxLen = 1;
    for (const line of data.split('\n')) {
      const colon = line.indexOf(':');
      const count = Math.exp(Number(line.slice(0, colon)) * BUCKET_STEP);
      for (const w of line.slice(colon + 1).split(' ')) {
        if (!w) continue;
        words.push(w);
        counts.push(count);
        total += count;
        if (w.length > maxLen) maxLen = w.length;
      }
    }
    if (aliases.length) {
      const wanted = new Map(aliases.map(([, w]) => [w, 0]));
      for (let e = 0; e < words.length; e++) if (wanted.has(words[e])) wanted.set(words[e], Math.max(wanted.get(words[e])!, counts[e]));
      for (const [v, w] of aliases) {
        const c = wanted.get(w)!;
        if (c === 0) continue; // the standard word is not in the lexicon either
        words.push(v);
        counts.push(c);
        if (v.length > maxLen) maxLen = v.length;
      }
    }
    this.maxLen = maxLen;
    const logTotal = Math.log(total);
    this.unknownCost = logTotal; // as if seen once
    // every entry's characters in one typed array (faster to read in the sorts than the strings)
    const E = words.length;
    const start = new Int32Array(E + 1);
    for (let e = 0; e < E; e++) start[e + 1] = start[e] + words[e].length;
    const chars = start[E] + 1;
    const buf = new Uint16Array(chars);
    for (let e = 0; e < E; e++) for (let k = 0, w = words[e]; k < w.length; k++) buf[start[e] + k] = w.charCodeAt(k);
    const code = new Uint16Array(chars);
    const childCount = new Int32Array(chars + 1);
    const nodeCost = new Float32Array(chars).fill(Infinity);
    // breadth first, one depth at a time. at[e]: the node of entry e's prefix so far. The entries
    // still longer than the depth are put in (parent, character) order by two stable counting
    // sorts (character, then parent: a radix sort, linear), and a new node starts wherever that
    // pair changes: so each parent's children get consecutive ids, in ascending character order
    const at = new Int32Array(E);
    let active = new Int32Array(E);
    for (let e = 0; e < E; e++) active[e] = e;
    let sorted = new Int32Array(E);
    const byCode = new Int32Array(65537);
    let levelStart = 0; // the ids of the parents at this depth: [levelStart, nodes)
    let nodes = 1;
    for (let d = 0; active.length; d++) {
      const n = active.length;
      byCode.fill(0);
      for (let k = 0; k < n; k++) byCode[buf[start[active[k]] + d] + 1]++;
      for (let c = 0; c < 65536; c++) byCode[c + 1] += byCode[c];
      for (let k = 0; k < n; k++) sorted[byCode[buf[start[active[k]] + d]]++] = active[k];
      const byParent = new Int32Array(nodes - levelStart + 1);
      for (let k = 0; k < n; k++) byParent[at[sorted[k]] - levelStart + 1]++;
      for (let x = 0; x + 1 < byParent.length; x++) byParent[x + 1] += byParent[x];
      for (let k = 0; k < n; k++) active[byParent[at[sorted[k]] - levelStart]++] = sorted[k];
      const nextLevel = nodes;
      let longer = 0;
      let lastParent = -1;
      let lastCode = -1;
      for (let k = 0; k < n; k++) {
        const e = active[k];
        const parent = at[e];
        const c = buf[start[e] + d];
        if (parent !== lastParent || c !== lastCode) {
          code[nodes] = c;
          childCount[parent]++;
          nodes++;
          lastParent = parent;
          lastCode = c;
        }
        const node = nodes - 1;
        at[e] = node;
        if (start[e] + d + 1 === start[e + 1]) nodeCost[node] = Math.min(nodeCost[node], logTotal - Math.log(counts[e]));
        else sorted[longer++] = e; // order kept: grouped by parent, as the next depth needs
      }
      [active, sorted] = [sorted.subarray(0, longer), active];
      levelStart = nextLevel;
    }
    // children are numbered in their parents' order: first[x] = 1 + the children of every y < x
    this.first = new Int32Array(nodes + 1);
    this.first[0] = 1;
    for (let x = 0; x < nodes; x++) this.first[x + 1] = this.first[x] + childCount[x];
    this.code = code.slice(0, nodes);
    this.nodeCost = nodeCost.slice(0, nodes);
    this.root = new Int32Array(65536).fill(-1);
    this.charCost = new Float32Array(65536).fill(Infinity);
    for (let id = this.first[0]; id < this.first[1]; id++) {
      this.root[this.code[id]] = id;
      this.charCost[this.code[id]] = this.nodeCost[id];
    }
    // the key needs node < 32768 to fit an int32; else those nodes keep the search below
    this.depth1End = Math.min(this.first[1], 32768);
    const inPairs = this.first[this.depth1End] - this.first[1];
    let cap = 1024;
    while (cap < inPairs * 3) cap <<= 1;
    this.pairMask = cap - 1;
    this.pairShift = 32 - Math.log2(cap);
    this.pairs = new Int32Array(cap * 2).fill(-1);
    this.pairBits = new Int32Array(1 << 15);
    for (let x = 1; x < this.depth1End; x++) {
      for (let id = this.first[x]; id < this.first[x + 1]; id++) {
        const key = (x << 16) | this.code[id];
        const bit = Math.imul(key, 0x85ebca6b) >>> 12;
        this.pairBits[bit >>> 5] |= 1 << (bit & 31);
        let slot = Math.imul(key, 0x9e3779b1) >>> this.pairShift;
        while (this.pairs[slot * 2] >= 0) slot = (slot + 1) & this.pairMask;
        this.pairs[slot * 2] = key;
        this.pairs[slot * 2 + 1] = id;
      }
    }
  }

  /** the trie node reached from `node` by `code`, or −1 */
  next(node: number, code: number): number {
    // (a code past a string's end is NaN: no child, as before)
    if (node === 0) return code >= 0 && code < 65536 ? this.root[code] : -1;
    if (node < this.depth1End) {
      if (!(code >= 0)) return -1;
      const key = (node << 16) | code;
      const bit = Math.imul(key, 0x85ebca6b) >>> 12;
      if ((this.pairBits[bit >>> 5] & (1 << (bit & 31))) === 0) return -1;
      const pairs = this.pairs;
      for (let slot = Math.imul(key, 0x9e3779b1) >>> this.pairShift; ; slot = (slot + 1) & this.pairMask) {
        const k = pairs[slot * 2];
        if (k === key) return pairs[slot * 2 + 1];
        if (k < 0) return -1;
      }
    }
    let lo = this.first[node];
    let hi = this.first[node + 1];
    const codes = this.code;
    // few children (most nodes): a linear scan of one cache line; many: binary search
    if (hi - lo <= 8) {
      for (; lo < hi; lo++) {
        const c = codes[lo];
        if (c >= code) return c === code ? lo : -1;
      }
      return -1;
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = codes[mid];
      if (c === code) return mid;
      if (c < code) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  /** −ln P(word ending at this node), Infinity if the node is only a prefix */
  cost(node: number): number {
    return this.nodeCost[node];
  }

  /** cost of a whole string as one word (Infinity if not a word) */
  wordCost(w: string): number {
    let node = 0;
    for (let i = 0; i < w.length && node >= 0; i++) node = this.next(node, w.charCodeAt(i));
    return node < 0 ? Infinity : this.nodeCost[node];
  }
}

/** quantisation step of data/hmm.ts (shared with scripts/build-lexicon.ts) */
export const HMM_STEP = 0.125;

/** read data/hmm.ts's "<char><code>" pairs into lex.bound */
export function setBound(lex: Lexicon, data: string): void {
  for (let i = 0; i + 1 < data.length; i += 2) lex.bound[data.charCodeAt(i)] = (data.charCodeAt(i + 1) - 0x40) * HMM_STEP;
}

let cached: Promise<Lexicon> | null = null;

/** The shared lexicon, loaded on first use (a separate chunk in the browser build). */
export function loadLexicon(): Promise<Lexicon> {
  cached ??= Promise.all([import('./data/lexicon'), import('./data/hmm'), variantAliases()]).then(([m, h, aliases]) => {
    const lex = new Lexicon(m.default, aliases);
    setBound(lex, h.default);
    return lex;
  });
  return cached;
}
