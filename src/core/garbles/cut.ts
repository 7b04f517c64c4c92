// Noise that cuts attested wording: a run of 1–5 Han characters whose removal joins its
// neighbours into a 6-character string (3 each side) that the document prints elsewhere, or that
// the report templates print (主动公开政[就动种]府信息情况, 第二十条[多后]第(五)项), while the text
// with the run is attested nowhere else. This is the cross-word context a unigram lattice lacks:
// every character of 就动种 is a cheap word on its own, but the same phrase elsewhere in the
// report reads without them.
import type { Lexicon } from './lexicon';
import type { NoiseSpan } from './lattice';
import { Grams } from './phrases';

/** a unit that may stand in an attested string: no whitespace, no digits (they vary per report) */
const gramUnit = (c: number) => c > 0x20 && !(c >= 0x30 && c <= 0x39) && c !== 0x3000 && c !== 0xa0 && !(c >= 0x200b && c <= 0x200f) && c !== 0xfeff;
const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);

const B1 = 0x01000193;
const B2 = 0x5bd1e995;
const SIDE = 3;
const MAX_RUN = 5;

/** the same hash of a whole (short) string */
function hashOf(s: string, base: number): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, base) + s.charCodeAt(i) + 1) >>> 0;
  return h;
}

/** hashOf(f.slice(a, a + len), B1), without the slice */
function hashAt(f: string, a: number, len: number): number {
  let h = 0;
  for (let i = a; i < a + len; i++) h = (Math.imul(h, B1) + f.charCodeAt(i) + 1) >>> 0;
  return h;
}

const pow = (b: number, e: number) => {
  let r = 1;
  for (let k = 0; k < e; k++) r = Math.imul(r, b) >>> 0;
  return r;
};
const GRAM = 2 * SIDE;
/** B1^3: the hash of x + y (3 units each) is hash(x) × B1^3 + hash(y) */
const POW_SIDE = pow(B1, SIDE);
const POW_GRAM = pow(B1, GRAM);

/**
 * hashAt(f, p, 6) at every p ≤ f.length − 6 in turn, rolled (one step per position, not six):
 * hash(p + 1) = hash(p) × B1 + (f[p + 6] + 1) − (f[p] + 1) × B1^6
 */
function rollGram(f: string, p: number, h: number): number {
  return (Math.imul(h, B1) + f.charCodeAt(p + GRAM) + 1 - Math.imul(f.charCodeAt(p) + 1, POW_GRAM)) >>> 0;
}

/**
 * A 2-probe Bloom filter of the document's 6-grams, 16 bits a gram (why two probes: findCuts
 * asks about 5 joined 6-grams per Han character and nearly all are absent; each false hit costs
 * an exact test, and two probes cut false hits from ~6% to ~1.5% in the same memory).
 */
const probe1 = (h: number, shift: number) => Math.imul(h, 0x9e3779b1) >>> shift;
const probe2 = (h: number, shift: number) => Math.imul(h ^ (h >>> 15), 0x85ebca6b) >>> shift;

/** a bit set of adjacent character pairs (hashed; a false hit only costs the full test) */
const PAIR_BITS = 1 << 21;
const pairBit = (a: number, b: number) => (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> 11;

export interface Templates {
  /** 6-grams by their two hashes (as int32: Grams stores Int32Array keys) */
  set: Grams;
  /**
   * adjacent pairs, ~64 bits a pair (was 2^21 bits whatever the count: findCuts asks about
   * every Han character, and a 256 KB set missed the cache on each question)
   */
  pairs: Int32Array;
  pairMask: number;
  /** whole short labels (3–12 units, numbering stripped): a cell or line that reads as one */
  labels: Set<string>;
  /** their first and last units (a screen: a stretch whose ends are no label's is passed over) */
  labelEnds: Set<number>;
}

/** the 6-grams and adjacent pairs of the template phrases (folded) */
export function templateGrams(phrases: string[]): Templates {
  const units = phrases.reduce((n, p) => n + p.length, 0);
  const set = new Grams(units);
  let bits = 1 << 10;
  while (bits < units * 64 && bits < PAIR_BITS) bits <<= 1;
  const pairMask = bits - 1;
  const pairs = new Int32Array(bits >>> 5);
  for (const p of phrases) {
    for (let a = 0; a + GRAM <= p.length; a++) {
      const g = p.slice(a, a + GRAM);
      set.add(hashOf(g, B1) | 0, hashOf(g, B2) | 0);
    }
    for (let a = 0; a + 1 < p.length; a++) {
      const k = pairBit(p.charCodeAt(a), p.charCodeAt(a + 1)) & pairMask;
      pairs[k >>> 5] |= 1 << (k & 31);
    }
  }
  const labels = new Set<string>();
  for (const p of phrases) {
    const l = p.replace(LEAD, '');
    if (l.length >= 3 && l.length <= 12 && !/[^\u3400-\u9fff]/.test(l)) labels.add(l);
  }
  const labelEnds = new Set<number>();
  for (const l of labels) labelEnds.add(pairBit(l.charCodeAt(0), l.charCodeAt(l.length - 1)));
  return { set, pairs, pairMask, labels, labelEnds };
}

/** a label's numbering and the marks around it (一、 (六) 4. ）): not part of the label */
const LEAD = /^[一二三四五六七八九十0-9.．、()（）\s]+/;

const NONE = 0;
const WEAK = 1;
const STRONG = 2;

/** can `w` be cut into lexicon words of ≥ 2 characters (政府信息 = 政府 + 信息)? */
function wordy(lex: Lexicon, w: string): boolean {
  const ok = new Uint8Array(w.length + 1);
  ok[0] = 1;
  for (let a = 0; a < w.length; a++) {
    if (!ok[a]) continue;
    let node = 0;
    for (let b = a; b < w.length; b++) {
      node = lex.next(node, w.charCodeAt(b));
      if (node < 0) break;
      if (b > a && lex.cost(node) !== Infinity) ok[b + 1] = 1;
    }
  }
  return ok[w.length] === 1;
}

/** the best segmentation of `j` by unigram word costs: back[e] is where the word ending at e starts */
function segmentation(lex: Lexicon, j: string): Int32Array {
  const n = j.length;
  const best = new Float64Array(n + 1).fill(Infinity);
  const back = new Int32Array(n + 1);
  best[0] = 0;
  for (let a = 0; a < n; a++) {
    if (best[a] === Infinity) continue;
    const cc = lex.charCost[j.charCodeAt(a)];
    const single = best[a] + (cc === Infinity ? lex.unknownCost : cc);
    if (single < best[a + 1]) {
      best[a + 1] = single;
      back[a + 1] = a;
    }
    let node = 0;
    for (let b = a; b < n; b++) {
      node = lex.next(node, j.charCodeAt(b));
      if (node < 0) break;
      const wc = lex.cost(node);
      if (b > a && wc !== Infinity && best[a] + wc < best[b + 1]) {
        best[b + 1] = best[a] + wc;
        back[b + 1] = a;
      }
    }
  }
  return back;
}

/** the word [a, e) of the segmentation that runs over position `at`, or null */
function wordOver(back: Int32Array, at: number): [number, number] | null {
  for (let e = back.length - 1; e > 0; e = back[e]) if (back[e] < at && e > at) return [back[e], e];
  return null;
}

/**
 * Does the best segmentation of the joined text `j` put a word over the junction at `at`?
 * STRONG when a part of that word is no word of its own (政|府: the run cut a word), WEAK when
 * both parts are words too (信息|公开, 政府信息|公开: a writer may put words between them), NONE
 * when the junction falls between words (公开|行政, though 开行 is a word too).
 */
function junctionCut(lex: Lexicon, j: string, at: number): number {
  const w = wordOver(segmentation(lex, j), at);
  if (!w) return NONE;
  return wordy(lex, j.slice(w[0], at)) && wordy(lex, j.slice(at, w[1])) ? WEAK : STRONG;
}

/** as printed, does the run make a word with a neighbour (本年[度]新收: 年度)? */
function joinsNeighbour(lex: Lexicon, f: string, a: number, b: number, kl: number, kr: number): boolean {
  const back = segmentation(lex, f.slice(a - kl, b + kr));
  return wordOver(back, kl) !== null || wordOver(back, kl + b - a) !== null;
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

/** does f[a, b) hold a lexicon word of ≥ 2 characters? (also the lattice's screen, injected.ts) */
export function hasWord(lex: Lexicon, f: string, a: number, b: number): boolean {
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
 *
 * In three passes (why: the exact test behind the document screen used to index every 6-gram
 * position, ~5 bytes a character and two scattered passes, about half of this function's time
 * on a long paste): the screens note the positions worth a full look and every document
 * question those may ask; one pass over the text answers all the questions (gramAnswers); then
 * the full test runs at the noted positions only, in text order, as the one pass did.
 */
export function findCuts(lex: Lexicon, f: string, templates: Templates | null): NoiseSpan[] {
  const n = f.length;
  const { ahead } = gramTables(f);
  // the document's 6-grams as a Bloom filter: a screen only, each hit is confirmed on the text
  // itself (occursElsewhere, over gramAnswers)
  let bits = 1 << 10;
  while (bits < n * 16) bits <<= 1;
  const shift = 32 - Math.log2(bits);
  const once = new Int32Array(bits >>> 5);
  // and the pairs at their middles (256 KB, stays in cache): a joined 6-gram printed in the
  // document has the junction's pair there, so most questions end before the larger filter
  // (sized as the filter up to 256 KB: a short report should not clear 256 KB)
  const midMask = Math.min(bits, PAIR_BITS) - 1;
  const middles = new Int32Array((midMask + 1) >>> 5);
  for (let i = 0, h = n >= GRAM ? hashAt(f, 0, GRAM) : 0; i + GRAM <= n; h = rollGram(f, i, h), i++) {
    if (ahead[i] >= GRAM) {
      const m = pairBit(f.charCodeAt(i + SIDE - 1), f.charCodeAt(i + SIDE)) & midMask;
      middles[m >>> 5] |= 1 << (m & 31);
      const k1 = probe1(h, shift);
      const k2 = probe2(h, shift);
      once[k1 >>> 5] |= 1 << (k1 & 31);
      once[k2 >>> 5] |= 1 << (k2 & 31);
    }
  }
  const seen = (h: number) => {
    const k1 = probe1(h, shift);
    if ((once[k1 >>> 5] & (1 << (k1 & 31))) === 0) return false;
    const k2 = probe2(h, shift);
    return (once[k2 >>> 5] & (1 << (k2 & 31))) !== 0;
  };
  /**
   * the screens for the run f[i, i + g) (`left` gram units end at i − 1, `right` start at i + g):
   * IN_DOC, the joined 6-gram may occur in the document; IN_TEMPLATES, the templates hold the
   * pair at the junction (one pair hash for both bit sets: each masks it to its own size)
   */
  const screen = (i: number, g: number, left: number, right: number): number => {
    const before = f.charCodeAt(i - 1);
    const after = f.charCodeAt(i + g);
    const pb = pairBit(before, after);
    let r = 0;
    if (left >= SIDE && right >= SIDE) {
      const m = pb & midMask;
      if ((middles[m >>> 5] & (1 << (m & 31))) !== 0 && seen((Math.imul(hashAt(f, i - SIDE, SIDE), POW_SIDE) + hashAt(f, i + g, SIDE)) >>> 0)) r = IN_DOC;
    }
    if (templates !== null) {
      const k = pb & templates.pairMask;
      if ((templates.pairs[k >>> 5] & (1 << (k & 31))) !== 0) r |= IN_TEMPLATES;
    }
    return r;
  };
  // 1. the screens: the positions worth a full look (with their `left`), and every question
  // the full test may ask there of the document (the joined 3 + 3 of each run length, the text as
  // printed around the position)
  const at: number[] = [];
  const asked: string[] = [];
  let left = 0; // how many gram units end at i − 1
  for (let i = 0; i < n; i++) {
    const ci = f.charCodeAt(i);
    if (left >= 1 && isHan(ci)) {
      let any = 0;
      for (let g = 1; g <= MAX_RUN && i + g < n; g++) {
        if (!isHan(f.charCodeAt(i + g - 1))) break;
        const right = Math.min(ahead[i + g], GRAM - 1);
        if (right === 0) continue;
        const r = screen(i, g, left, right);
        if (r & IN_DOC) asked.push(f.slice(i - SIDE, i) + f.slice(i + g, i + g + SIDE));
        any |= r;
      }
      if (any) at.push(i, left);
      if ((any & IN_DOC) !== 0 && i >= SIDE) asked.push(f.slice(i - SIDE, i + SIDE));
    }
    left = gramUnit(ci) ? left + 1 : 0;
  }
  // 2. the answers, in one pass
  const doc: DocGrams | null = asked.length ? { occursElsewhere: gramAnswers(f, ahead, asked) } : null;
  // 3. the full test where a screen passed, as the screens say
  const out: NoiseSpan[] = [];
  for (let k = 0; k < at.length; k += 2) {
    const i = at[k];
    const units = at[k + 1];
    for (let g = 1; g <= MAX_RUN && i + g < n; g++) {
      if (!isHan(f.charCodeAt(i + g - 1))) break;
      const right = Math.min(ahead[i + g], GRAM - 1);
      if (right === 0) continue;
      const r = screen(i, g, units, right);
      if (r === 0) continue;
      if (cutAt(lex, f, r & IN_DOC ? doc : null, r & IN_TEMPLATES && templates !== null ? templates.set : null, i, g, Math.min(units, GRAM - 1), right)) {
        out.push({ start: i, end: i + g, inWord: true });
        break;
      }
    }
  }
  if (templates !== null) {
    labelCuts(lex, f, templates.labels, templates.labelEnds, out);
    out.sort((x, y) => x.start - y.start || y.end - x.end);
  }
  return out;
}

/**
 * A short label alone in its cell or line (行[可能分学出]政处罚, 5.属于三类[面人为]内部事务信息): too
 * short for a 6-gram, but the whole stretch of Han text, with the run removed, is a template
 * label. Judged as cutAt judges a template cut.
 */
function labelCuts(lex: Lexicon, f: string, labels: Set<string>, labelEnds: Set<number>, out: NoiseSpan[]): void {
  const n = f.length;
  const found = out.length;
  for (let a = 0; a < n; ) {
    if (!isHan(f.charCodeAt(a))) { a++; continue; }
    let b = a;
    while (b < n && isHan(f.charCodeAt(b))) b++;
    const len = b - a;
    // bounded by no Han text and no gram unit but numbering marks on the left, none on the right
    const leftOk = a === 0 || !gramUnit(f.charCodeAt(a - 1)) || /[.．、)）]/.test(f[a - 1]);
    const rightOk = b === n || !gramUnit(f.charCodeAt(b)) || /[|｜]/.test(f[b]);
    // the run lies strictly inside, so the label starts with f[a] and ends with f[b − 1]
    if (leftOk && rightOk && len >= 4 && len <= 17 && labelEnds.has(pairBit(f.charCodeAt(a), f.charCodeAt(b - 1)))) {
      search: for (let i = a + 1; i < b - 1; i++) {
        for (let g = 1; g <= MAX_RUN && i + g < b; g++) {
          const joined = f.slice(a, i) + f.slice(i + g, b);
          if (joined.length < 3 || !labels.has(joined)) continue;
          if (echoes(f, i, i + g)) continue;
          const kl = i - a;
          const cut = junctionCut(lex, joined, kl);
          if (hasWord(lex, f, i, i + g) && cut !== STRONG) continue;
          if (cut !== STRONG && (joinsNeighbour(lex, f, i, i + g, Math.min(kl, 3), Math.min(b - i - g, 3)) || !(cut === WEAK || g >= 2))) continue;
          if (!out.slice(0, found).some((o) => o.start < i + g && i < o.end)) out.push({ start: i, end: i + g, inWord: true });
          break search;
        }
      }
    }
    a = b;
  }
}

const IN_DOC = 1;
const IN_TEMPLATES = 2;

/** the document's 6-grams, screened by hash */
interface DocGrams {
  /** does `s` occur in the text other than at `not`? (the exact test behind a screen's hit) */
  occursElsewhere(s: string, not?: number): boolean;
}

/** the plain exact test, the reference gramAnswers is proven equal to (cut.property.test.ts) */
export function occursElsewhere(f: string, s: string, not = -1): boolean {
  for (let at = f.indexOf(s); at >= 0; at = f.indexOf(s, at + 1)) if (at !== not) return true;
  return false;
}

/**
 * occursElsewhere for the strings `asked`, all answered in one pass over the text. Why: f.indexOf
 * scans to the text's end whenever a screen's hit is false, so a long paste cost time quadratic
 * in its length. A string of 6 gram units can only occur where 6 gram units start, so one
 * rolling hash over those positions sees every occurrence of every asked string: each keeps the
 * first two places it is found (one of two places is always other than `not`). Any other string,
 * or one not asked, goes to the plain scan.
 */
export function gramAnswers(f: string, ahead: Uint8Array, asked: readonly string[]): (s: string, not: number) => boolean {
  const n = f.length;
  const index = new Map<string, number>();
  const strings: string[] = [];
  for (const s of asked) {
    if (s.length !== GRAM || index.has(s)) continue;
    let units = true;
    for (let k = 0; k < GRAM; k++) if (!gramUnit(s.charCodeAt(k))) units = false;
    if (!units) continue;
    index.set(s, strings.length);
    strings.push(s);
  }
  const m = strings.length;
  const first = new Int32Array(m).fill(-1);
  const second = new Int32Array(m).fill(-1);
  if (m > 0) {
    // the asked strings by hash: a bit set (~64 bits a string) screens each position, then a
    // chain of the strings with that hash
    let size = 1024;
    while (size < m * 64) size <<= 1;
    const shift = 32 - Math.log2(size);
    const bitsOf = new Int32Array(size >>> 5);
    const heads = new Map<number, number>();
    const chain = new Int32Array(m).fill(-1);
    for (let k = 0; k < m; k++) {
      const h = hashOf(strings[k], B1);
      const b = Math.imul(h, 0x9e3779b1) >>> shift;
      bitsOf[b >>> 5] |= 1 << (b & 31);
      chain[k] = heads.get(h) ?? -1;
      heads.set(h, k);
    }
    for (let p = 0, h = n >= GRAM ? hashAt(f, 0, GRAM) : 0; p + GRAM <= n; h = rollGram(f, p, h), p++) {
      if (ahead[p] < GRAM) continue;
      const b = Math.imul(h, 0x9e3779b1) >>> shift;
      if ((bitsOf[b >>> 5] & (1 << (b & 31))) === 0) continue;
      for (let k = heads.get(h) ?? -1; k >= 0; k = chain[k]) {
        if (second[k] >= 0 || !f.startsWith(strings[k], p)) continue;
        if (first[k] < 0) first[k] = p;
        else second[k] = p;
      }
    }
  }
  return (s, not) => {
    const k = index.get(s);
    if (k === undefined) return occursElsewhere(f, s, not);
    return (first[k] >= 0 && first[k] !== not) || (second[k] >= 0 && second[k] !== not);
  };
}

/** ahead[k]: gram units in a row from k on (capped at 6) */
export function gramTables(f: string): { ahead: Uint8Array } {
  const n = f.length;
  const ahead = new Uint8Array(n + 1);
  for (let i = n - 1; i >= 0; i--) ahead[i] = gramUnit(f.charCodeAt(i)) ? Math.min(GRAM, ahead[i + 1] + 1) : 0;
  return { ahead };
}

/** what a legal citation's numbering is made of (第二十条第(五)项), folded */
const NUMBERING = /[一二三四五六七八九十百零〇第条项款()]/;

/** the splits of the 6 characters around a run, left count first: even first, the document's only */
const SPLITS = [SIDE, 2, 4, 1, 5];

/**
 * Is f[i, i + g) noise cut into attested wording? `left` / `right`: gram units available each side.
 * A 3 + 3 context may be attested by the document or the templates; a lopsided one (a phrase
 * starting or ending at a line break or a numbering: 一、收到[…]和处理) by the templates only.
 */
function cutAt(lex: Lexicon, f: string, doc: DocGrams | null, templates: Grams | null, i: number, g: number, left: number, right: number): boolean {
  for (const kl of SPLITS) {
    const kr = GRAM - kl;
    if (kl > left || kr > right) continue;
    const joined = f.slice(i - kl, i) + f.slice(i + g, i + g + kr);
    const inTemplate = templates !== null && templates.count(hashOf(joined, B1) | 0, hashOf(joined, B2) | 0) > 0;
    // the screen's hit confirmed on the text
    const inDoc = kl === SIDE && doc !== null && !inTemplate && doc.occursElsewhere(joined);
    if (!inDoc && !inTemplate) continue;
    // the first attested reading decides. Reduplication (厅厅机关) and parallel wording are how
    // writers vary a phrase
    if (echoes(f, i, i + g)) return false;
    // a word cut in two (政[…]府) is evidence enough; between words (存在的[主要]问题, 公开[申请]
    // 行政复议) a run holding a word of ≥ 2 characters or making one with a neighbour (本年[度]
    // 新收) is a writer's insertion, and one character between words is too weak a signal
    // Template wording only (the document's own optional words read the same): a run holding a
    // word is noise still when it cuts a template word in two (第[会和行动]二十条, 主[了对就地]动:
    // writers insert words between words, never inside one)
    const held = hasWord(lex, f, i, i + g);
    if (held && !inTemplate) return false;
    const cut = junctionCut(lex, joined, kl);
    if (held && cut !== STRONG) return false;
    // inside a template's numbering (第二十[消]条, 第二十条[她]第(五)项): nothing is ever written
    // there, so one character is enough, even one that makes a word with a numeral (十[成])
    const numbering = inTemplate && NUMBERING.test(joined[kl - 1]) && NUMBERING.test(joined[kl]);
    if (cut !== STRONG && !numbering && (joinsNeighbour(lex, f, i, i + g, kl, kr) || !(cut === WEAK || (inTemplate && g >= 2)))) return false;
    // the document's own wording: the text as printed occurs elsewhere too (asked of the index
    // directly: a screen of 6-grams seen twice cost 2–4 bytes a character for a rare question)
    return !(i >= SIDE && doc !== null && doc.occursElsewhere(f.slice(i - SIDE, i + SIDE), i - SIDE));
  }
  return false;
}
