// Phrase evidence for the injected-character lattice: which 4-character strings are "attested",
// either as domain phrasing (the report templates, section titles, and 4-grams that several
// reports of different bodies share) or elsewhere in the same document (reports repeat their
// own wording: 政府信息公开, 自然人, 第三项加第四项之和 …). A character standing where the
// text around it, with it removed, reads as an attested 4-gram (自然[反]人 → 自然人 seen
// elsewhere) while the text with it reads as nothing attested is likely injected: the
// word-bigram / cross-word context a unigram lexicon lacks.
import { fold } from '../normalize/fold';

/** may this unit stand in a 4-gram? (no spaces, line breaks or digits: they vary per report) */
const gramUnit = (c: number) => c > 0x20 && !(c >= 0x30 && c <= 0x39) && c !== 0x3000;

/** A multiset of 4-grams of UTF-16 units, keyed exactly by two 32-bit halves (no collisions). */
export class Grams {
  private hi: Int32Array;
  private lo: Int32Array;
  private counts: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected: number) {
    let cap = 16;
    while (cap < expected * 2) cap <<= 1;
    this.mask = cap - 1;
    this.hi = new Int32Array(cap);
    this.lo = new Int32Array(cap);
    this.counts = new Int32Array(cap);
  }

  private slot(h: number, l: number): number {
    let s = (Math.imul(h, 0x9e3779b1) ^ Math.imul(l ^ (l >>> 15), 0x85ebca6b)) & this.mask;
    for (;;) {
      const c = this.counts[s];
      if (c === 0 || (this.hi[s] === h && this.lo[s] === l)) return s;
      s = (s + 1) & this.mask;
    }
  }

  /** add one occurrence; returns the slot (its count can be read later with countAt) */
  add(h: number, l: number): number {
    if ((this.size + 1) * 2 > this.mask) this.grow();
    const s = this.slot(h, l);
    if (this.counts[s] === 0) {
      this.hi[s] = h;
      this.lo[s] = l;
      this.size++;
    }
    this.counts[s]++;
    return s;
  }

  count(h: number, l: number): number {
    return this.counts[this.slot(h, l)];
  }

  countAt(slot: number): number {
    return this.counts[slot];
  }

  private grow(): void {
    const { hi, lo, counts } = this;
    const cap = (this.mask + 1) * 2;
    this.mask = cap - 1;
    this.hi = new Int32Array(cap);
    this.lo = new Int32Array(cap);
    this.counts = new Int32Array(cap);
    for (let s = 0; s < counts.length; s++) {
      if (counts[s] === 0) continue;
      const t = this.slot(hi[s], lo[s]);
      this.hi[t] = hi[s];
      this.lo[t] = lo[s];
      this.counts[t] = counts[s];
    }
  }
}

const key = (a: number, b: number) => (a << 16) | b;

/** every 4-gram of each line of `phrases` (already folded) */
export function domainGrams(phrases: string): Grams {
  const g = new Grams(phrases.length);
  for (let i = 0; i + 3 < phrases.length; i++) {
    const a = phrases.charCodeAt(i);
    const b = phrases.charCodeAt(i + 1);
    const c = phrases.charCodeAt(i + 2);
    const d = phrases.charCodeAt(i + 3);
    if (gramUnit(a) && gramUnit(b) && gramUnit(c) && gramUnit(d)) g.add(key(a, b), key(c, d));
  }
  return g;
}

/**
 * Domain phrasing mined from report texts: maximal runs whose every 4-gram occurs in reports of
 * at least `minBodies` different bodies (so one body's local names and its own stock phrases do
 * not count as the genre's). One phrase per line, folded.
 */
export function minePhrases(reports: { body: string; text: string }[], minBodies = 2): string {
  const bodiesOf = new Map<string, Set<string>>();
  const folded = reports.map((r) => fold(r.text));
  reports.forEach((r, k) => {
    const f = folded[k];
    for (let i = 0; i + 4 <= f.length; i++) {
      const g = f.slice(i, i + 4);
      if (![0, 1, 2, 3].every((d) => gramUnit(f.charCodeAt(i + d)))) continue;
      let set = bodiesOf.get(g);
      if (!set) bodiesOf.set(g, (set = new Set()));
      set.add(r.body);
    }
  });
  const out = new Set<string>();
  for (const f of folded) {
    let i = 0;
    while (i + 4 <= f.length) {
      if ((bodiesOf.get(f.slice(i, i + 4))?.size ?? 0) < minBodies) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j + 4 <= f.length && (bodiesOf.get(f.slice(j, j + 4))?.size ?? 0) >= minBodies) j++;
      out.add(f.slice(i, j + 3));
      i = j;
    }
  }
  // a phrase inside a longer one adds nothing
  const list = [...out].sort((a, b) => b.length - a.length);
  const kept: string[] = [];
  for (const p of list) if (!kept.some((k) => k.includes(p))) kept.push(p);
  return kept.sort().join('\n');
}

/**
 * The attestation of 4-grams in one document (plus the domain's), read by the lattice. Positions
 * are into the folded document.
 */
export class Attest {
  private readonly doc: Grams;
  /** slot of the 4-gram starting at each position (−1: none) */
  private readonly slotAt: Int32Array;
  /** 1 where the 4-gram starting there is domain phrasing */
  private readonly inDomain: Uint8Array;

  constructor(
    private readonly f: string,
    private readonly domain: Grams | null,
  ) {
    const n = f.length;
    this.doc = new Grams(n);
    this.slotAt = new Int32Array(n).fill(-1);
    this.inDomain = new Uint8Array(n);
    // run = how many gram units end here: a 4-gram starts at i - 3 when run ≥ 4
    let run = 0;
    for (let i = 0; i < n; i++) {
      run = gramUnit(f.charCodeAt(i)) ? run + 1 : 0;
      if (run < 4) continue;
      const s = i - 3;
      const h = key(f.charCodeAt(s), f.charCodeAt(s + 1));
      const l = key(f.charCodeAt(s + 2), f.charCodeAt(i));
      this.slotAt[s] = this.doc.add(h, l);
      if (domain && domain.count(h, l) > 0) this.inDomain[s] = 1;
    }
  }

  /** is the 4-gram starting at p real wording: domain phrasing, or seen twice in the document? */
  real(p: number): boolean {
    if (p < 0 || p >= this.f.length) return false;
    const s = this.slotAt[p];
    return s >= 0 && (this.inDomain[p] === 1 || this.doc.countAt(s) > 1);
  }

  /** is some 4-gram overlapping [x, y) real wording? */
  touched(x: number, y: number): boolean {
    for (let p = x - 3; p < y; p++) if (this.real(p)) return true;
    return false;
  }

  /**
   * Does [x, y) look cut into attested wording? The two characters before and the two after,
   * joined, form an attested 4-gram, while neither 4-gram across an edge of [x, y) is attested.
   */
  bridged(x: number, y: number): boolean {
    const f = this.f;
    if (x < 2 || y + 2 > f.length) return false;
    const a = f.charCodeAt(x - 2);
    const b = f.charCodeAt(x - 1);
    const c = f.charCodeAt(y);
    const d = f.charCodeAt(y + 1);
    if (!gramUnit(a) || !gramUnit(b) || !gramUnit(c) || !gramUnit(d)) return false;
    if (this.real(x - 2) || this.real(y - 2)) return false;
    const h = key(a, b);
    const l = key(c, d);
    return this.doc.count(h, l) > 0 || (this.domain !== null && this.domain.count(h, l) > 0);
  }
}
