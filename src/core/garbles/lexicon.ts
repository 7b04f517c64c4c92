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
    // Built once per thread (each worker of a batch, each page), so its cold run counts: every
    // loop over entries or nodes is a small function of its own (V8 optimises a hot loop by
    // compiling its whole function: one big constructor was compiled ~18 times per thread, each
    // loop deoptimising it on code the earlier loops never reached), and the words are copied
    // from the data to one character buffer without a string per word.
    const en = readEntries(data, aliases);
    this.maxLen = en.maxLen;
    const logTotal = Math.log(en.total);
    this.unknownCost = logTotal; // as if seen once
    const { code, nodeCost, childCount, nodes } = buildTrie(en, logTotal);
    // children are numbered in their parents' order: first[x] = 1 + the children of every y < x
    this.first = firstChildren(childCount, nodes);
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
    fillPairs(this.first, this.code, this.depth1End, this.pairs, this.pairBits, this.pairMask, this.pairShift);
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

/** the data's entries, then the aliases', as characters in one buffer: entry e is buf[start[e] … start[e + 1]) */
interface Entries {
  buf: Uint16Array;
  start: Int32Array;
  count: Float64Array;
  /** entries */
  n: number;
  /** the data's counts summed (aliases borrow their word's count and add nothing) */
  total: number;
  maxLen: number;
}

/** lines "<bucket>:<word> <word> …"; a line without a colon holds no entries */
function readEntries(data: string, aliases: [string, string][]): Entries {
  let aliasChars = 0;
  for (const [v] of aliases) aliasChars += v.length;
  // bounds: every entry is one character or more, and all but the last are followed by a separator
  const cap = ((data.length + 1) >> 1) + aliases.length;
  const en: Entries = { buf: new Uint16Array(data.length + aliasChars + 1), start: new Int32Array(cap + 1), count: new Float64Array(cap), n: 0, total: 0, maxLen: 1 };
  // each alias's standard word: its greatest count among the entries (0: not in the lexicon);
  // a word is looked up only when its first character starts one of them
  const wanted = new Map<string, number>(aliases.map(([, w]) => [w, 0]));
  const firsts = new Uint8Array(65536);
  for (const w of wanted.keys()) if (w.length) firsts[w.charCodeAt(0)] = 1;
  for (let i = 0; i < data.length; ) {
    let eol = data.indexOf('\n', i);
    if (eol < 0) eol = data.length;
    const colon = data.indexOf(':', i);
    if (colon >= 0 && colon < eol) readLine(data, colon + 1, eol, Math.exp(Number(data.slice(i, colon)) * BUCKET_STEP), en, firsts, wanted);
    i = eol + 1;
  }
  for (const [v, w] of aliases) {
    const c = wanted.get(w)!;
    if (c === 0) continue; // the standard word is not in the lexicon either
    const at = en.start[en.n];
    for (let k = 0; k < v.length; k++) en.buf[at + k] = v.charCodeAt(k);
    en.count[en.n++] = c;
    en.start[en.n] = at + v.length;
    if (v.length > en.maxLen) en.maxLen = v.length;
  }
  return en;
}

/** the words of data[from … to), separated by spaces, each with `count` */
function readLine(data: string, from: number, to: number, count: number, en: Entries, firsts: Uint8Array, wanted: Map<string, number>): void {
  const { buf, start, count: counts } = en;
  let n = en.n;
  let at = start[n];
  let w = from;
  for (let k = from; k <= to; k++) {
    if (k < to && data.charCodeAt(k) !== 32) {
      buf[at++] = data.charCodeAt(k);
      continue;
    }
    if (k === w) {
      w = k + 1;
      continue; // an empty word
    }
    counts[n++] = count;
    start[n] = at;
    en.total += count;
    if (k - w > en.maxLen) en.maxLen = k - w;
    if (firsts[data.charCodeAt(w)] === 1) {
      const word = data.slice(w, k);
      const had = wanted.get(word);
      if (had !== undefined && count > had) wanted.set(word, count);
    }
    w = k + 1;
  }
  en.n = n;
}

/**
 * The trie breadth first, one depth at a time. at[e]: the node of entry e's prefix so far. The
 * entries still longer than the depth are put in (parent, character) order by two stable
 * counting sorts (character, then parent: a radix sort, linear), and a new node starts wherever
 * that pair changes: so each parent's children get consecutive ids, in ascending character order.
 */
function buildTrie(en: Entries, logTotal: number): { code: Uint16Array; nodeCost: Float32Array; childCount: Int32Array; nodes: number } {
  const E = en.n;
  const chars = en.start[E] + 1;
  const lv: Level = {
    code: new Uint16Array(chars),
    childCount: new Int32Array(chars + 1),
    nodeCost: new Float32Array(chars).fill(Infinity),
    at: new Int32Array(E),
    active: new Int32Array(E),
    sorted: new Int32Array(E),
    byCode: new Int32Array(65537),
    levelStart: 0,
    nodes: 1,
  };
  for (let e = 0; e < E; e++) lv.active[e] = e;
  for (let d = 0; lv.active.length; d++) {
    sortLevel(en, lv, d);
    const longer = numberLevel(en, lv, d, logTotal);
    [lv.active, lv.sorted] = [lv.sorted.subarray(0, longer), lv.active];
  }
  return { code: lv.code, nodeCost: lv.nodeCost, childCount: lv.childCount, nodes: lv.nodes };
}

interface Level {
  code: Uint16Array;
  childCount: Int32Array;
  nodeCost: Float32Array;
  at: Int32Array;
  /** the entries longer than the depth */
  active: Int32Array;
  sorted: Int32Array;
  byCode: Int32Array;
  /** the ids of the parents at this depth: [levelStart, nodes) */
  levelStart: number;
  nodes: number;
}

/** lv.active in (parent, character at depth d) order: by character into lv.sorted, then stably by parent back */
function sortLevel(en: Entries, lv: Level, d: number): void {
  const { buf, start } = en;
  const { active, sorted, byCode, at } = lv;
  const n = active.length;
  byCode.fill(0);
  for (let k = 0; k < n; k++) byCode[buf[start[active[k]] + d] + 1]++;
  for (let c = 0; c < 65536; c++) byCode[c + 1] += byCode[c];
  for (let k = 0; k < n; k++) sorted[byCode[buf[start[active[k]] + d]]++] = active[k];
  const byParent = new Int32Array(lv.nodes - lv.levelStart + 1);
  for (let k = 0; k < n; k++) byParent[at[sorted[k]] - lv.levelStart + 1]++;
  for (let x = 0; x + 1 < byParent.length; x++) byParent[x + 1] += byParent[x];
  for (let k = 0; k < n; k++) active[byParent[at[sorted[k]] - lv.levelStart]++] = sorted[k];
}

/** the nodes of depth d + 1, in sorted order; the entries longer still go to lv.sorted (grouped by parent, as the next depth needs): returns how many */
function numberLevel(en: Entries, lv: Level, d: number, logTotal: number): number {
  const { buf, start, count } = en;
  const { active, sorted, at, code, childCount, nodeCost } = lv;
  const n = active.length;
  let nodes = lv.nodes;
  lv.levelStart = nodes;
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
    if (start[e] + d + 1 === start[e + 1]) nodeCost[node] = Math.min(nodeCost[node], logTotal - Math.log(count[e]));
    else sorted[longer++] = e;
  }
  lv.nodes = nodes;
  return longer;
}

function firstChildren(childCount: Int32Array, nodes: number): Int32Array {
  const first = new Int32Array(nodes + 1);
  first[0] = 1;
  for (let x = 0; x < nodes; x++) first[x + 1] = first[x] + childCount[x];
  return first;
}

/** the one-character nodes' children into the open-addressing table and its bit screen */
function fillPairs(first: Int32Array, code: Uint16Array, depth1End: number, pairs: Int32Array, pairBits: Int32Array, pairMask: number, pairShift: number): void {
  for (let x = 1; x < depth1End; x++) {
    for (let id = first[x]; id < first[x + 1]; id++) {
      const key = (x << 16) | code[id];
      const bit = Math.imul(key, 0x85ebca6b) >>> 12;
      pairBits[bit >>> 5] |= 1 << (bit & 31);
      let slot = Math.imul(key, 0x9e3779b1) >>> pairShift;
      while (pairs[slot * 2] >= 0) slot = (slot + 1) & pairMask;
      pairs[slot * 2] = key;
      pairs[slot * 2 + 1] = id;
    }
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
