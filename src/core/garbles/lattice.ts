// The noisy-channel word lattice that finds characters injected into text. Each run of Han
// characters (on the folded text: one model serves both scripts) is segmented into lexicon
// words, where a word may carry one gap of noise inside it (信[微束姜]息 → 信息 + 3 noise
// characters) and noise runs may also stand between words. Noise costs a fixed amount per
// character plus a penalty per run; the cheapest path decides which characters are noise.
import type { Lexicon } from './lexicon';
import type { Attest } from './phrases';
import { ScratchPool } from '../scratch';

export interface LatticeParams {
  /** −ln P of one noise character (≈ ln of the alphabet the noise is drawn from) */
  noiseChar: number;
  /** extra cost of a noise run standing between words */
  runPenalty: number;
  /** extra cost of a noise gap inside a word */
  gapPenalty: number;
  /** added to the lexicon's unknown-character cost */
  unknownExtra: number;
  /** longest noise run / gap considered */
  maxNoise: number;
  /**
   * extra cost per adjacent pair that forms a word inside the noise or across its edges:
   * random characters rarely make words with each other or their neighbours, while
   * abbreviations (预[决]算, 政[务警]务, 小[微]企业) and names do
   */
  pairPenalty: number;
  /** extra cost of a content character standing alone as a word (formal reports use few) */
  singleExtra: number;
  /** and more for a rare character (cost above rareAbove) standing alone */
  rareExtra: number;
  rareAbove: number;
  /** extra cost of a one-character gap (abbreviations like 依法[依]规 look just like it) */
  singleGapExtra: number;
  /**
   * taken off the cost of noise that is cut into attested wording (see phrases.ts: 自然[反]人
   * where 自然人 occurs elsewhere): cross-word context the unigram lexicon lacks
   */
  bridgeBonus: number;
  /** longest noise run the bridge test is tried for */
  bridgeMax: number;
  /** extra cost of a content character standing alone right after another one */
  chainExtra: number;
  /** … once this many stand loose in a row already */
  chainAfter: number;
  /**
   * Two adjacent content characters may be read as one word the lexicon lacks (权责, 留痕, 质效)
   * at the cost of the two characters alone, without singleExtra, plus pairBound × (−ln P(X is
   * part of a longer word) − ln P(Y is)) from jieba's HMM (0: off). Bound morphemes pair
   * cheaply, so singleExtra can be raised to catch noise without flagging unknown compounds.
   */
  pairBound: number;
  /**
   * −ln P of a noise character that is frequent as a word on its own (single-character cost below
   * freqBelow): damage draws from the most frequent characters too (的 是 在 了)
   */
  freqNoise: number;
  freqBelow: number;
}

export const PRECISE: LatticeParams = {
  noiseChar: 8.5, runPenalty: 6, gapPenalty: 3, unknownExtra: 3, maxNoise: 5, pairPenalty: 6, singleGapExtra: 2,
  // a loose content character costs 1.5 more; an unknown pair of bound characters escapes that
  singleExtra: 1.5, rareExtra: 1, rareAbove: 10, bridgeBonus: 0, bridgeMax: 2, chainExtra: 0, chainAfter: 2,
  pairBound: 2, freqNoise: 8.5, freqBelow: 0,
};
/** loose characters dearer still, and unknown pairs dearer too (so noise pairs like 酷乘 stay noise) */
export const THOROUGH: LatticeParams = { ...PRECISE, singleExtra: 2, pairBound: 3 };

/** a noise span [start, end) and how it was read: between words, or inside a word */
export interface NoiseSpan {
  start: number;
  end: number;
  inWord: boolean;
}

const MAX_SEG = 256;
/** lattice states per position: how many loose content characters end there (0, 1, 2 or more) */
const S = 3;
/** characters at least this frequent alone are function words (的 了 在 和 是 为 …) */
const FUNCTION_WORD = 8;

const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);

/** Scratch buffers reused across segments (the lattice is hot). */
export class Scratch {
  // per lattice node: position × 2 states
  best = new Float64Array(S * MAX_SEG + S);
  from = new Int32Array(S * MAX_SEG + S);
  /** 0 word/char, 1 noise run, 2 word with gap */
  kind = new Uint8Array(S * MAX_SEG + S);
  gs = new Int32Array(S * MAX_SEG + S);
  ge = new Int32Array(S * MAX_SEG + S);
  /** pair costs of noise [x, x + g): pc[x * 8 + g] */
  pc = new Float64Array((MAX_SEG + 1) * 8);
  wl = new Int32Array(MAX_SEG + 1);
  reach = new Int32Array(MAX_SEG + 2);
  /** bridge bonus of noise [i, i + g): bonus[i * 8 + g] */
  bonus = new Float64Array((MAX_SEG + 1) * 8);
  /** prefix sums of the noise cost of each character */
  nc = new Float64Array(MAX_SEG + 2);
  /**
   * the trie walk from each position k of the segment: walkNode[k * width + j] is the node after
   * s[k … k + j], for j < walkLen[k] (the walk stops where the trie or the segment ends). The
   * screen, the longest words and the lattice all read these walks instead of walking again.
   */
  width: number;
  walkNode: Int32Array;
  walkLen = new Int32Array(MAX_SEG + 1);
  constructor(maxLen: number) {
    this.width = maxLen;
    this.walkNode = new Int32Array(MAX_SEG * maxLen);
  }
}

/** scratch buffers reused across calls (typed arrays cost more to make than the screen's work) */
const scratches = new ScratchPool<Scratch>(() => new Scratch(0));

/**
 * The segments that passed the cheap screen, [start, end) pairs: a second reading of the same
 * text with other costs (a damaged document, injected.ts) reuses them instead of screening again.
 */
export interface Screened {
  segs: number[];
  done: boolean;
}

export function findNoise(lex: Lexicon, folded: string, params: LatticeParams, attest: Attest | null = null, from = 0, to = folded.length, screened?: Screened): NoiseSpan[] {
  const out: NoiseSpan[] = [];
  let sc = scratches.take();
  if (sc.width < lex.maxLen) sc = new Scratch(lex.maxLen);
  try {
    if (screened?.done && !(attest !== null && params.bridgeBonus > 0)) {
      for (let k = 0; k < screened.segs.length; k += 2) {
        walk(lex, folded, screened.segs[k], screened.segs[k + 1], sc);
        segment(lex, folded, screened.segs[k], screened.segs[k + 1], params, sc, out, false);
      }
      return out;
    }
    let i = from;
    while (i < to) {
      if (!isHan(folded.charCodeAt(i))) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < to && j - i < MAX_SEG && isHan(folded.charCodeAt(j))) j++;
      const bridges = attest !== null && params.bridgeBonus > 0 && bridgeBonuses(attest, i, j, params, sc.bonus);
      walk(lex, folded, i, j, sc);
      if (bridges || suspicious(lex, folded, i, j, sc)) {
        screened?.segs.push(i, j);
        segment(lex, folded, i, j, params, sc, out, bridges);
      }
      i = j;
    }
    if (screened) screened.done = true;
    return out;
  } finally {
    scratches.give(sc);
  }
}

/** the trie walks from every position of s[a, b) into sc.walkNode / sc.walkLen (see Scratch) */
export function walk(lex: Lexicon, s: string, a: number, b: number, sc: Scratch): void {
  const { walkNode, walkLen, width } = sc;
  for (let k = 0; k < b - a; k++) {
    let node = 0;
    let j = 0;
    for (let m = a + k; m < b && j < width; m++, j++) {
      node = lex.next(node, s.charCodeAt(m));
      if (node < 0) break;
      walkNode[k * width + j] = node;
    }
    walkLen[k] = j;
  }
}

/** fill the segment's bridge bonuses; are there any? */
function bridgeBonuses(attest: Attest, a: number, b: number, p: LatticeParams, bonus: Float64Array): boolean {
  let any = false;
  for (let i = 0; i < b - a; i++) {
    for (let g = 1; g <= p.maxNoise; g++) {
      const on = g <= p.bridgeMax && a + i + g <= b && attest.bridged(a + i, a + i + g);
      bonus[i * 8 + g] = on ? p.bridgeBonus : 0;
      if (on) any = true;
    }
  }
  return any;
}

/** a character rarer than this, standing alone (in no word), makes a segment worth a full look */
const ALONE_COST = 7.5;

/**
 * Cheap screen before the full lattice: does some character stand outside every word and is it
 * rarer than a function word? Clean text is mostly words and 的/和/在, so most segments stop here.
 */
export function suspicious(lex: Lexicon, s: string, a: number, b: number, sc: Scratch): boolean {
  const { walkNode, walkLen, width } = sc;
  let covered = a; // positions below this are inside some word of ≥ 2 characters
  for (let k = a; k < b; k++) {
    // the walk from k (walk(): the same nodes lex.next gives, read instead of walked again)
    for (let j = 1; j < walkLen[k - a]; j++) {
      const m = k + j;
      if (m + 1 > covered && lex.cost(walkNode[(k - a) * width + j]) !== Infinity) covered = m + 1;
    }
    if (covered <= k && !(lex.charCost[s.charCodeAt(k)] <= ALONE_COST)) return true;
  }
  return false;
}

function segment(lex: Lexicon, s: string, a: number, b: number, p: LatticeParams, sc: Scratch, out: NoiseSpan[], bridges: boolean): void {
  const L = b - a;
  const { best, from, kind, gs, ge, wl, reach, bonus, pc } = sc;
  // S states per position: how many content characters stand alone in a row before it (a word,
  // function word or noise resets it); the chainAfter-th and later pay chainExtra: formal prose
  // seldom strings loose content characters together (abbreviations: two), random noise does
  best.fill(Infinity, 0, S * L + S);
  const { walkNode, walkLen, width } = sc;
  // wl[k]: longest lexicon word (≥ 2) starting at k; reach[k]: furthest end of a word starting before k
  for (let k = 0; k < L; k++) {
    let w = 1;
    for (let j = 1; j < walkLen[k]; j++) if (lex.cost(walkNode[k * width + j]) !== Infinity) w = j + 1;
    wl[k] = w;
    reach[k + 1] = Math.max(k > 0 ? reach[k] : 0, w > 1 ? k + w : 0);
  }
  reach[0] = 0;
  // pc[x * 8 + g]: extra cost of noise [x, x + g): words that cross its edges or lie inside it,
  // less the bridge bonus
  for (let x = 0; x < L; x++) {
    for (let g = 1; g <= p.maxNoise && x + g <= L; g++) {
      let n = reach[x] > x ? 1 : 0; // a word from before runs into the noise
      let inner = 0;
      for (let q = x; q < x + g; q++) {
        if (wl[q] > 1) {
          if (q + wl[q] > x + g) n++; // a word from inside runs out of it
          else inner = 1;
        }
      }
      pc[x * 8 + g] = p.pairPenalty * Math.min(2, n + inner) - (bridges ? bonus[x * 8 + g] : 0);
    }
  }
  const { nc } = sc;
  nc[0] = 0;
  for (let k = 0; k < L; k++) nc[k + 1] = nc[k] + (lex.charCost[s.charCodeAt(a + k)] < p.freqBelow ? p.freqNoise : p.noiseChar);
  best[0] = 0;
  const bound = lex.bound;
  const unknown = lex.unknownCost + p.unknownExtra;
  const relax = (v: number, cost: number, f: number, k: number, g0: number, g1: number) => {
    if (cost < best[v]) {
      best[v] = cost;
      from[v] = f;
      kind[v] = k;
      gs[v] = g0;
      ge[v] = g1;
    }
  };
  for (let i = 0; i < L; i++) {
    for (let st = 0; st < S; st++) {
      const u = S * i + st;
      const base = best[u];
      if (base === Infinity) continue;
      const c = s.charCodeAt(a + i);
      const cc = lex.charCost[c];
      if (cc === Infinity || cc > FUNCTION_WORD) {
        const single = (cc === Infinity ? unknown : cc + p.singleExtra + (cc > p.rareAbove ? p.rareExtra : 0)) + (st >= p.chainAfter ? p.chainExtra : 0);
        // without a chain cost the states are one: stay in state 0 (a third of the work)
        relax(S * (i + 1) + (p.chainExtra > 0 ? Math.min(st + 1, S - 1) : 0), base + single, u, 0, 0, 0);
      } else relax(S * (i + 1), base + cc, u, 0, 0, 0);
      // an unknown pair read as one word (compounds the lexicon lacks)
      if (p.pairBound > 0 && i + 1 < L && cc > FUNCTION_WORD) {
        const d = s.charCodeAt(a + i + 1);
        const cd = lex.charCost[d];
        const pw = cc + cd + p.pairBound * (bound[c] + bound[d]);
        if (pw < Infinity && cd > FUNCTION_WORD) relax(S * (i + 2), base + pw, u, 0, 0, 0);
      }
      // noise run between words
      for (let g = 1; g <= p.maxNoise && i + g <= L; g++) relax(S * (i + g), base + p.runPenalty + nc[i + g] - nc[i] + pc[i * 8 + g], u, 1, i, i + g);
      // words starting here, and words with one noise gap after a prefix u = s[i..k) (the walk
      // from i read from walk(): the nodes lex.next gives, k < L, up to the first miss)
      for (let k = i; k < i + walkLen[i]; k++) {
        const node = walkNode[i * width + k - i];
        if (k > i) {
          const wc = lex.cost(node);
          if (wc !== Infinity) relax(S * (k + 1), base + wc, u, 0, 0, 0);
        }
        // gap after s[i..k]
        const after = k + 1;
        for (let g = 1; g <= p.maxNoise && after + g < L; g++) {
          const gapCost = base + p.gapPenalty + (g === 1 ? p.singleGapExtra : 0) + nc[after + g] - nc[after] + pc[after * 8 + g];
          const end = Math.min(best[S * L], best[S * L + 1], best[S * L + 2]);
          if (gapCost >= end) continue;
          let nv = node;
          for (let m = after + g; m < L; m++) {
            nv = lex.next(nv, s.charCodeAt(a + m));
            if (nv < 0) break;
            const wc = lex.cost(nv);
            if (wc !== Infinity) relax(S * (m + 1), gapCost + wc, u, 2, after, after + g);
          }
        }
      }
    }
  }
  // back-track, collecting noise
  let j = S * L;
  for (let st = 1; st < S; st++) if (best[S * L + st] < best[j]) j = S * L + st;
  const found: NoiseSpan[] = [];
  while (j >= S) {
    const k = kind[j];
    if (k !== 0) found.push({ start: a + gs[j], end: a + ge[j], inWord: k === 2 });
    j = from[j];
  }
  for (let x = found.length - 1; x >= 0; x--) {
    const f = found[x];
    const last = out[out.length - 1];
    if (last && last.end === f.start) last.end = f.end;
    else out.push(f);
  }
}
