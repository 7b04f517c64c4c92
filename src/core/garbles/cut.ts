// Noise that cuts attested wording: a run of 1–5 Han characters whose removal joins its
// neighbours into a 6-character string (3 each side) that the document prints elsewhere, or that
// the report templates print (主动公开政[就动种]府信息情况, 第二十条[多后]第(五)项), while the text
// with the run is attested nowhere else. This is the cross-word context a unigram lattice lacks:
// every character of 就动种 is a cheap word on its own, but the same phrase elsewhere in the
// report reads without them.
import type { Lexicon } from './lexicon';
import type { NoiseSpan } from './lattice';

/** a unit that may stand in an attested string: no whitespace, no digits (they vary per report) */
const gramUnit = (c: number) => c > 0x20 && !(c >= 0x30 && c <= 0x39) && c !== 0x3000 && c !== 0xa0 && !(c >= 0x200b && c <= 0x200f) && c !== 0xfeff;
const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);

const B1 = 0x01000193;
const B2 = 0x5bd1e995;
const SIDE = 3;
const MAX_RUN = 5;

/** polynomial prefix hashes (mod 2^32) of a string, two bases */
function prefixHashes(f: string): [Uint32Array, Uint32Array] {
  const n = f.length;
  const h1 = new Uint32Array(n + 1);
  const h2 = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const c = f.charCodeAt(i) + 1;
    h1[i + 1] = (Math.imul(h1[i], B1) + c) >>> 0;
    h2[i + 1] = (Math.imul(h2[i], B2) + c) >>> 0;
  }
  return [h1, h2];
}

const pow = (b: number, e: number) => {
  let r = 1;
  for (let k = 0; k < e; k++) r = Math.imul(r, b) >>> 0;
  return r;
};
const P1_3 = pow(B1, SIDE);
const P2_3 = pow(B2, SIDE);
const P1_6 = pow(B1, 2 * SIDE);
const P2_6 = pow(B2, 2 * SIDE);

/** hash of f[a, a + len) from prefix hashes */
const sub = (h: Uint32Array, p: number, a: number, len: number) => (h[a + len] - Math.imul(h[a], p)) >>> 0;

/** A multiset of 6-grams keyed by two 32-bit hashes (open addressing). */
class GramSet {
  private k1: Uint32Array;
  private k2: Uint32Array;
  private n: Int32Array;
  private mask: number;
  constructor(expected: number) {
    let cap = 64;
    while (cap < expected * 2) cap <<= 1;
    this.mask = cap - 1;
    this.k1 = new Uint32Array(cap);
    this.k2 = new Uint32Array(cap);
    this.n = new Int32Array(cap);
  }
  private slot(a: number, b: number): number {
    let s = (Math.imul(a ^ (b >>> 7), 0x9e3779b1) >>> 0) & this.mask;
    while (this.n[s] !== 0 && (this.k1[s] !== a || this.k2[s] !== b)) s = (s + 1) & this.mask;
    return s;
  }
  add(a: number, b: number, by = 1): void {
    const s = this.slot(a, b);
    this.k1[s] = a;
    this.k2[s] = b;
    this.n[s] += by;
  }
  count(a: number, b: number): number {
    return this.n[this.slot(a, b)];
  }
}

/** the 6-grams of the template phrases (folded), each counted as seen twice */
export function templateGrams(phrases: string[]): { set: GramSet; size: number } {
  const set = new GramSet(phrases.reduce((n, p) => n + p.length, 0));
  for (const p of phrases) {
    const [h1, h2] = prefixHashes(p);
    for (let a = 0; a + 2 * SIDE <= p.length; a++) set.add(sub(h1, P1_6, a, 2 * SIDE), sub(h2, P2_6, a, 2 * SIDE), 2);
  }
  return { set, size: phrases.length };
}

/**
 * Does the best segmentation of the joined text `j` (by unigram word costs) put a word over the
 * junction between j[SIDE - 1] and j[SIDE]? Then the run cut a word (政[…]府); a word that merely
 * could cross it (公开|行政 → 开行) does not count.
 */
function junctionInWord(lex: Lexicon, j: string): boolean {
  const n = j.length;
  const best = new Float64Array(n + 1).fill(Infinity);
  const cross = new Uint8Array(n + 1);
  best[0] = 0;
  for (let a = 0; a < n; a++) {
    if (best[a] === Infinity) continue;
    const cc = lex.charCost[j.charCodeAt(a)];
    const single = best[a] + (cc === Infinity ? lex.unknownCost : cc);
    if (single < best[a + 1]) {
      best[a + 1] = single;
      cross[a + 1] = cross[a];
    }
    let node = 0;
    for (let b = a; b < n; b++) {
      node = lex.next(node, j.charCodeAt(b));
      if (node < 0) break;
      const wc = lex.cost(node);
      if (b > a && wc !== Infinity && best[a] + wc < best[b + 1]) {
        best[b + 1] = best[a] + wc;
        cross[b + 1] = cross[a] | (a < SIDE && b >= SIDE ? 1 : 0);
      }
    }
  }
  return cross[n] === 1;
}

/**
 * Echoes of the neighbourhood: a run character equal to its neighbour (厅[厅]机关) or a run that
 * starts with the character after it or ends with the one before it (政务公[开和警务公]开: parallel
 * wording cut at the wrong phase). Writers repeat; random characters seldom do.
 */
function echoes(f: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (f.charCodeAt(k) === f.charCodeAt(k - 1) || f.charCodeAt(k) === f.charCodeAt(k + 1)) return true;
  return f.charCodeAt(a) === f.charCodeAt(b) || f.charCodeAt(b - 1) === f.charCodeAt(a - 1);
}

/** does f[a, b) hold a lexicon word of ≥ 2 characters? */
function hasWord(lex: Lexicon, f: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    let node = 0;
    for (let m = k; m < b; m++) {
      node = lex.next(node, f.charCodeAt(m));
      if (node < 0) break;
      if (m > k && lex.cost(node) !== Infinity) return true;
    }
  }
  return false;
}

/**
 * Runs that cut attested wording (see the file comment). `templates`: the templates' 6-grams.
 * A cut through a word (政[…]府: the joined text has a word across the junction) needs the
 * joined string attested in the document or the templates; a cut between words needs it in the
 * templates (the document's own optional words, 信息公开[年报]工作, would read the same).
 */
export function findCuts(lex: Lexicon, f: string, templates: GramSet | null): NoiseSpan[] {
  const n = f.length;
  const [h1, h2] = prefixHashes(f);
  // every 6-gram of gram units in the document
  const doc = new GramSet(n);
  let run = 0;
  for (let i = 0; i < n; i++) {
    run = gramUnit(f.charCodeAt(i)) ? run + 1 : 0;
    if (run >= 2 * SIDE) {
      const a = i + 1 - 2 * SIDE;
      doc.add(sub(h1, P1_6, a, 2 * SIDE), sub(h2, P2_6, a, 2 * SIDE));
    }
  }
  const out: NoiseSpan[] = [];
  // left: how many gram units end at i - 1 (the left context must be SIDE of them)
  let left = 0;
  for (let i = 0; i < n; i++) {
    const ci = f.charCodeAt(i);
    if (left >= SIDE && isHan(ci)) {
      const l1 = sub(h1, P1_3, i - SIDE, SIDE);
      const l2 = sub(h2, P2_3, i - SIDE, SIDE);
      for (let g = 1; g <= MAX_RUN && i + g + SIDE <= n; g++) {
        if (!isHan(f.charCodeAt(i + g - 1))) break;
        let ok = true;
        for (let k = i + g; k < i + g + SIDE; k++) if (!gramUnit(f.charCodeAt(k))) ok = false;
        if (!ok) continue;
        const r1 = sub(h1, P1_3, i + g, SIDE);
        const r2 = sub(h2, P2_3, i + g, SIDE);
        const j1 = (Math.imul(l1, P1_3) + r1) >>> 0;
        const j2 = (Math.imul(l2, P2_3) + r2) >>> 0;
        const inDoc = doc.count(j1, j2) > 0;
        const inTemplate = templates !== null && templates.count(j1, j2) > 0;
        if (!inDoc && !inTemplate) continue;
        // the text as printed is attested elsewhere too: the document's own wording
        if (doc.count(sub(h1, P1_6, i - SIDE, 2 * SIDE), sub(h2, P2_6, i - SIDE, 2 * SIDE)) > 1) continue;
        // reduplication (厅厅机关) and runs holding a word (存在的[主要]问题, 开[申请]行政复议) are
        // how writers vary a phrase; random characters seldom form a word of two or more
        if (echoes(f, i, i + g)) continue;
        if (hasWord(lex, f, i, i + g)) continue;
        const joined = f.slice(i - SIDE, i) + f.slice(i + g, i + g + SIDE);
        if (!junctionInWord(lex, joined) && !(inTemplate && g >= 2)) continue;
        out.push({ start: i, end: i + g, inWord: true });
        break;
      }
    }
    left = gramUnit(ci) ? left + 1 : 0;
  }
  return out;
}
