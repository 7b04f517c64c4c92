// The word lexicon as a trie in flat typed arrays (fast to build, fast to walk, no per-node
// objects): child(node, char) by open addressing, and each node's word cost −ln P(word).
// The data module (data/lexicon.ts, generated) is imported lazily and parsed once.

import { variantAliases } from './variants';

/** ln-count quantisation step of the generated data (shared with scripts/build-lexicon.ts) */
export const BUCKET_STEP = 0.25;

export class Lexicon {
  /** −ln P of a character not in the lexicon at all */
  readonly unknownCost: number;
  /** longest word, in UTF-16 units */
  readonly maxLen: number;
  private readonly keyNode: Int32Array;
  private readonly keyCode: Uint16Array;
  private readonly child: Int32Array;
  private readonly mask: number;
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
    const entries: [string, number][] = [];
    let total = 0;
    let chars = 1;
    let maxLen = 1;
    for (const line of data.split('\n')) {
      const colon = line.indexOf(':');
      const count = Math.exp(Number(line.slice(0, colon)) * BUCKET_STEP);
      for (const w of line.slice(colon + 1).split(' ')) {
        if (!w) continue;
        entries.push([w, count]);
        total += count;
        chars += w.length;
        if (w.length > maxLen) maxLen = w.length;
      }
    }
    if (aliases.length) {
      const wanted = new Map(aliases.map(([, w]) => [w, 0]));
      for (const [w, c] of entries) if (wanted.has(w)) wanted.set(w, Math.max(wanted.get(w)!, c));
      for (const [v, w] of aliases) {
        const c = wanted.get(w)!;
        if (c === 0) continue; // the standard word is not in the lexicon either
        entries.push([v, c]);
        chars += v.length;
        if (v.length > maxLen) maxLen = v.length;
      }
    }
    this.maxLen = maxLen;
    const logTotal = Math.log(total);
    this.unknownCost = logTotal; // as if seen once
    let cap = 1;
    while (cap < chars * 2) cap <<= 1;
    this.mask = cap - 1;
    this.keyNode = new Int32Array(cap).fill(-1);
    this.keyCode = new Uint16Array(cap);
    this.child = new Int32Array(cap);
    const nodeCost = new Float32Array(chars).fill(Infinity);
    this.charCost = new Float32Array(65536).fill(Infinity);
    let nodes = 1;
    for (const [w, count] of entries) {
      let node = 0;
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        let next = this.next(node, c);
        if (next < 0) {
          next = nodes++;
          this.insert(node, c, next);
        }
        node = next;
      }
      const cost = logTotal - Math.log(count);
      nodeCost[node] = Math.min(nodeCost[node], cost);
      if (w.length === 1) this.charCost[w.charCodeAt(0)] = nodeCost[node];
    }
    this.nodeCost = nodeCost;
  }

  private slot(node: number, code: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) & this.mask;
  }

  private insert(node: number, code: number, child: number): void {
    let s = this.slot(node, code);
    while (this.keyNode[s] >= 0) s = (s + 1) & this.mask;
    this.keyNode[s] = node;
    this.keyCode[s] = code;
    this.child[s] = child;
  }

  /** the trie node reached from `node` by `code`, or −1 */
  next(node: number, code: number): number {
    let s = this.slot(node, code);
    for (;;) {
      const n = this.keyNode[s];
      if (n < 0) return -1;
      if (n === node && this.keyCode[s] === code) return this.child[s];
      s = (s + 1) & this.mask;
    }
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
