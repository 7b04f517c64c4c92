// Mojibake repair, the ftfy way: for each run of non-ASCII text that reads badly, try the
// likely mix-ups (UTF-8 read as GBK or Big5, GBK read as Big5 and back): re-encode with the
// wrong codec, decode with the right one, and accept only when the lexicon scores the result
// clearly better. A U+FFFD inside such a run stands for swallowed bytes: UTF-8's structure
// says how many and which bits are missing, and the lexicon picks the character that fits.
import type { Garble } from '../types';
import { because } from '../diagnostics';
import type { Lexicon } from './lexicon';
import { big5Reads, cp1252Byte, encodeLegacy, forwardTable, type Legacy } from './codec';
import { fold, t2sCharMap } from '../normalize/fold';
import { templatePhrases } from './boilerplate';

const HAN_RE = /[\u3400-\u4dbf\u4e00-\u9fff]/;
const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
const COMMON_PUNCT = new Set('，。、：；？！“”‘’（）《》【】—…·％〔〕「」'.split('').map((c) => c.charCodeAt(0)));
/** classifiers that follow an Arabic numeral (2件, 12月, 94.52万元) */
const AFTER_DIGIT = new Set('件个条项次人名万亿元年月日号份家起宗篇期批户类场天届位所台部'.split('').map((c) => c.charCodeAt(0)));

/** closing mark → its opening mark */
const CLOSERS = new Map(['”“', '’‘', '》《', '）（', '〕〔', '】【', '」「', ')('].map((p) => [p.charCodeAt(0), p.charCodeAt(1)]));
const OPENERS = new Set(CLOSERS.values());
const NUMERALS = new Set('一二三四五六七八九十'.split('').map((c) => c.charCodeAt(0)));

/** cost of one non-Han unit in the language model */
function otherCost(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0; // full-width ASCII (１０, ＡＢ) reads as its ASCII
  if (c < 0x80) return c === 0x20 || (c >= 0x30 && c <= 0x39) ? 1 : 3;
  if (c === 0x3002 || c === 0xff0c || c === 0x2c) return 2;
  if (c === 0x3001) return 2.5;
  if (COMMON_PUNCT.has(c)) return 3;
  if (c === 0x3000) return 6;
  if ((c >= 0xe000 && c <= 0xf8ff) || c === 0xfffd || c < 0xa0) return 20;
  return 14;
}

/** lexicon cost of the best segmentation of s (no noise model): lower reads better */
/** traditional → simplified for Han characters only (punctuation keeps its shape: “ ≠ ”) */
function foldHan(s: string): string {
  const t2s = t2sCharMap();
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += String.fromCharCode(isHan(c) ? (t2s.get(c) ?? c) : c);
  }
  return out;
}

/** nats a word of the report templates' wording costs less: the text is a report (政府 before 儿子) */
const DOMAIN = 2;
const domainCache = new WeakMap<Lexicon, Set<number>>();
/** trie nodes of the lexicon words (≥ 2 characters) inside the template phrases */
function domainNodes(lex: Lexicon): Set<number> {
  let set = domainCache.get(lex);
  if (set) return set;
  set = new Set();
  for (const p of templatePhrases())
    for (let i = 0; i < p.length; i++) {
      let node = 0;
      for (let k = i; k < p.length; k++) {
        node = lex.next(node, p.charCodeAt(k));
        if (node < 0) break;
        if (k > i && lex.cost(node) !== Infinity) set.add(node);
      }
    }
  domainCache.set(lex, set);
  return set;
}

export function lmCost(lex: Lexicon, raw: string, folded = false): number {
  const s = folded ? raw : foldHan(raw); // the lexicon is simplified: score traditional text folded
  const dom = domainNodes(lex);
  const L = s.length;
  const best = new Float64Array(L + 1).fill(Infinity);
  best[0] = 0;
  const unknown = lex.unknownCost + 3;
  const open = new Map<number, number>(); // opening mark → how many are open
  for (let i = 0; i < L; i++) {
    const base = best[i];
    const c = s.charCodeAt(i);
    if (!isHan(c)) {
      let oc = otherCost(c);
      // paired marks: a closer without its opener reads badly, an opener that is already open too
      const closes = CLOSERS.get(c);
      if (closes !== undefined) {
        const n = open.get(closes) ?? 0;
        oc += n > 0 ? -1 : 2;
        open.set(closes, Math.max(0, n - 1));
      } else if (OPENERS.has(c)) {
        oc += (open.get(c) ?? 0) > 0 ? 2 : 0;
        open.set(c, (open.get(c) ?? 0) + 1);
      }
      if (c === 0x3001 && i === L - 1) oc += 3; // a list separator does not end a line
      best[i + 1] = Math.min(best[i + 1], base + oc);
      continue;
    }
    let cc = lex.charCost[c];
    // an enumerator: (一) … (十)
    if (NUMERALS.has(c) && i > 0 && (s[i - 1] === '(' || s[i - 1] === '（')) cc = 2;
    if (AFTER_DIGIT.has(c) && i > 0 && s.charCodeAt(i - 1) >= 0x30 && s.charCodeAt(i - 1) <= 0x39) cc = Math.min(cc, 3);
    best[i + 1] = Math.min(best[i + 1], base + (cc === Infinity ? unknown : cc));
    let node = 0;
    for (let k = i; k < L; k++) {
      node = lex.next(node, s.charCodeAt(k));
      if (node < 0) break;
      let wc = lex.cost(node);
      if (wc !== Infinity && dom.has(node)) wc -= DOMAIN;
      if (k > i && wc !== Infinity && base + wc < best[k + 1]) best[k + 1] = base + wc;
    }
  }
  return best[L];
}

/** a decoded string with holes: fixed text, or the possible characters of a lost stretch */
type Piece = string | string[];

/**
 * A lost byte whose value lies in [lo, hi] (a negative number; −1 is any byte ≥ 0x80). What a
 * decoder swallows is limited: Big5 drops a lead byte with a trail it cannot pair (0x80–0xA0).
 */
const hole = (lo: number, hi: number): number => (lo === 0x80 && hi === 0xff ? -1 : -(2 + ((lo << 8) | hi)));
const holeLo = (b: number) => (b === -1 ? 0x80 : (-b - 2) >> 8);
const holeHi = (b: number) => (b === -1 ? 0xff : (-b - 2) & 0xff);
/** can byte b (known or a hole) be a UTF-8 continuation byte? */
const cont = (b: number) => (b < 0 ? holeLo(b) <= 0xbf && holeHi(b) >= 0x80 : b >= 0x80 && b <= 0xbf);

/** candidates of a hole, by its shape (lead range and tail bytes); shared, never changed */
const holeCands = new Map<string, string[]>();

/** UTF-8 decode of bytes where a negative number marks an unknown byte; null when the structure is not UTF-8 */
function utf8WithHoles(bytes: number[]): Piece[] | null {
  const out: Piece[] = [];
  let text = '';
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b >= 0 && b < 0x80) {
      text += String.fromCharCode(b);
      i++;
      continue;
    }
    let len: number;
    let leads: number[];
    if (b < 0) {
      // an unknown lead: the continuation bytes that follow tell the length
      let c = 0;
      while (c < 3 && i + 1 + c < n && cont(bytes[i + 1 + c]) && (bytes[i + 1 + c] >= 0 || c === 0)) c++;
      if (c === 0) return null;
      len = c + 1;
      leads = [];
      const [lo, hi] = len === 2 ? [0xc2, 0xdf] : len === 3 ? [0xe0, 0xef] : [0xf0, 0xf4];
      for (let x = Math.max(lo, holeLo(b)); x <= Math.min(hi, holeHi(b)); x++) leads.push(x);
      if (!leads.length) return null;
    } else if (b >= 0xc2 && b <= 0xdf) [len, leads] = [2, [b]];
    else if (b >= 0xe0 && b <= 0xef) [len, leads] = [3, [b]];
    else if (b >= 0xf0 && b <= 0xf4) [len, leads] = [4, [b]];
    else return null;
    const tail = bytes.slice(i + 1, i + len);
    while (tail.length < len - 1) tail.push(-1); // cut off at the end: lost
    if (!tail.every(cont)) return null;
    const unknown = tail.filter((x) => x < 0).length + (b < 0 ? 1 : 0);
    if (unknown === 0) {
      text += decodeCp(b, tail, len);
    } else {
      if (unknown > 2) return null;
      // the same shape of hole recurs all through a damaged text: its candidates are built once
      const key = `${leads[0]}-${leads.at(-1)}:${tail.join(',')}`;
      let cands = holeCands.get(key);
      if (!cands) {
        const list: string[] = [];
        for (const lead of leads) expand(tail, 0, [], (full) => {
          const ch = decodeCp(lead, full, len);
          // U+FFFD itself (EF BF BD) is what a first misreading left: mojibake of mojibake
          if (ch && (isPlausible(ch.charCodeAt(0)) || (ch === '\ufffd' && lead === 0xef))) list.push(ch);
        });
        if (holeCands.size > 4096) holeCands.clear();
        holeCands.set(key, (cands = list));
      }
      if (!cands.length) return null;
      if (text) out.push(text);
      text = '';
      out.push(cands);
    }
    i += len;
  }
  if (text) out.push(text);
  return out;
}

function expand(tail: number[], k: number, acc: number[], f: (full: number[]) => void): void {
  if (k === tail.length) return f(acc);
  if (tail[k] >= 0) return expand(tail, k + 1, [...acc, tail[k]], f);
  const hi = Math.min(0xbf, holeHi(tail[k]));
  for (let x = Math.max(0x80, holeLo(tail[k])); x <= hi; x++) expand(tail, k + 1, [...acc, x], f);
}

function decodeCp(lead: number, tail: number[], len: number): string {
  let cp = len === 2 ? lead & 0x1f : len === 3 ? lead & 0x0f : lead & 0x07;
  for (const t of tail) cp = (cp << 6) | (t & 0x3f);
  const min = len === 2 ? 0x80 : len === 3 ? 0x800 : 0x10000;
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '';
  return String.fromCodePoint(cp);
}

const isPlausible = (c: number) => isHan(c) || COMMON_PUNCT.has(c) || (c >= 0xff01 && c <= 0xff5e);

/** decode 2-byte codec bytes; a −1 stands for one lost character whose bytes `codec` rejects */
function legacyWithHoles(bytes: number[], codec: Legacy, lostCands: () => string[]): Piece[] | null {
  const fwd = forwardTable(codec);
  const out: Piece[] = [];
  let text = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b === -1) {
      if (text) out.push(text);
      text = '';
      out.push(lostCands());
      i++;
      continue;
    }
    if (b < 0x80) {
      text += String.fromCharCode(b);
      i++;
      continue;
    }
    if (codec === 'gb18030' && b === 0x80) {
      text += '€';
      i++;
      continue;
    }
    const t = bytes[i + 1];
    if (t === undefined || t < 0) return null;
    const c = fwd.get((b << 8) | t);
    if (c === undefined) return null;
    text += String.fromCharCode(c);
    i += 2;
  }
  if (text) out.push(text);
  return out;
}

let gbLostInBig5: string[] | null = null;
/** GBK characters a Big5 decoder cannot read (they come out as U+FFFD when GBK is read as Big5) */
function gbkRejectedByBig5(lex: Lexicon): string[] {
  if (gbLostInBig5) return gbLostInBig5;
  const t2s = t2sCharMap();
  const out: string[] = [];
  for (const [code, c] of forwardTable('gb18030')) {
    const t = code & 0xff;
    const bad = !((t >= 0x40 && t <= 0x7e) || (t >= 0xa1 && t <= 0xfe)) || !big5Reads(code);
    if (bad && ((isHan(c) && lex.charCost[t2s.get(c) ?? c] < 14) || COMMON_PUNCT.has(c))) out.push(String.fromCharCode(c));
  }
  return (gbLostInBig5 = out);
}

/** a reading of the pieces so far: its text, its cost (sum of what each filled hole added), its guesses */
interface Hyp {
  text: string;
  cost: number;
  unsure: Unsure[];
}
/** readings kept at each hole (a later hole's context can overturn an earlier choice) */
const BEAM = 6;
/** characters of left context a hole's candidates are scored with (longer words are rare) */
const LEFT = 8;
/** nats a traditional character costs as the filling of a hole in simplified text */
const TRADITIONAL = 3;
/** candidates of one hole scored in full per reading, after a cheap screen */
const SHORTLIST = 16;

/**
 * Fill the holes jointly: a beam of readings, each hole's candidates scored by the lexicon with
 * the reading's own left context and the fixed text up to the next hole. A hole whose chosen
 * character does not beat its runner-up (same left context) by SURE nats is a guess.
 */
function resolve(lex: Lexicon, pieces: Piece[], before: string, after: string, dense = false): Repair {
  let hyps: Hyp[] = [{ text: '', cost: 0, unsure: [] }];
  // the script of what is certain: in simplified text a lost character is not a traditional one
  const t2s = t2sCharMap();
  const fixed = pieces.filter((p) => typeof p === 'string').join('');
  let simplified = true;
  for (let i = 0; i < fixed.length && simplified; i++) if (t2s.has(fixed.charCodeAt(i))) simplified = false;
  const scriptCost = (c: string) => (simplified && t2s.has(c.charCodeAt(0)) ? TRADITIONAL : 0);
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k];
    if (typeof p === 'string') {
      for (const h of hyps) h.text += p;
      continue;
    }
    const next = pieces[k + 1];
    const right = foldHan(typeof next === 'string' ? next.slice(0, 6) : k === pieces.length - 1 ? after.slice(0, 6) : '');
    // where holes are dense (a pair lost every second character) only known characters, shortlisted
    let cands = dense && p.length > SHORTLIST ? known.get(p) : p;
    if (!cands) known.set(p, (cands = p.filter((c) => knownChar(lex, c))));
    const grown: Hyp[] = [];
    for (const h of hyps) {
      const left = foldHan((before + h.text).slice(-LEFT));
      const short = dense && cands.length > SHORTLIST ? shortlist(lex, cands, left, right, scriptCost) : cands;
      const base = lmCost(lex, left, true);
      const scored = short.map((c) => ({ c, cost: lmCost(lex, left + foldHan(c) + right, true) - base + scriptCost(c) })).sort((a, b) => a.cost - b.cost);
      if (!scored.length) continue;
      const bestCost = scored[0].cost;
      const second = scored[1]?.cost ?? Infinity;
      // an enumerator's numeral is the document's to say, whatever the lexicon prefers ((一) vs (三))
      const listed = doc ? enumeratorAt(doc, p, left, right) : null;
      let forced: string | null = listed;
      if (forced === null && second - bestCost < SURE && doc) {
        const known = new Map(scored.map((x) => [x.c, x.cost - bestCost]));
        forced = fromDocument(doc, short, left, right, (c) => known.get(c) ?? Infinity);
      }
      if (forced !== null) {
        const cost = scored.find((x) => x.c === forced)?.cost ?? bestCost;
        grown.push({ text: h.text + forced, cost: h.cost + cost, unsure: h.unsure });
        continue;
      }
      for (let j = 0; j < Math.min(scored.length, BEAM); j++) {
        const { c, cost } = scored[j];
        if (j > 0 && cost - bestCost > ALT_WITHIN + 4) break;
        const runnerUp = j === 0 ? second : bestCost;
        let unsure = h.unsure;
        if (runnerUp - cost < SURE) {
          // a guess: the close runners-up go with it
          const alts = scored.filter((x) => x.c !== c && x.cost - cost < ALT_WITHIN).slice(0, MAX_ALTS).map((x) => x.c);
          unsure = [...h.unsure, { at: h.text.length, alts }];
        }
        grown.push({ text: h.text + c, cost: h.cost + cost, unsure });
      }
    }
    if (!grown.length) return { text: '', unsure: [] };
    grown.sort((a, b) => a.cost - b.cost);
    // keep the best reading per recent context: readings that agree on it compete on cost alone
    const seen = new Set<string>();
    hyps = [];
    for (const h of grown) {
      const key = h.text.slice(-6);
      if (seen.has(key)) continue;
      seen.add(key);
      hyps.push(h);
      if (hyps.length >= BEAM) break;
    }
  }
  return { text: hyps[0].text, unsure: hyps[0].unsure };
}

/** a hole's candidates that the lexicon knows (by the shared candidate list) */
const known = new WeakMap<string[], string[]>();

/** a character the lexicon knows as a word of its own, or common punctuation */
function knownChar(lex: Lexicon, c: string): boolean {
  const u = c.charCodeAt(0);
  if (!isHan(u)) return COMMON_PUNCT.has(u) || (u >= 0xff01 && u <= 0xff5e);
  const t = t2sCharMap().get(u) ?? u;
  return lex.charCost[t] < 14;
}

/**
 * The SHORTLIST candidates that read best next to their neighbours, cheaply: a candidate's own
 * cost, or that of a word it makes with up to three characters on its left or right.
 */
function shortlist(lex: Lexicon, cands: string[], left: string, right: string, extra: (c: string) => number): string[] {
  const L = left.length;
  const starts: number[] = [];
  for (let i = Math.max(0, L - 3); i < L; i++) {
    let node = 0;
    for (let k = i; k < L && node >= 0; k++) node = lex.next(node, left.charCodeAt(k));
    if (node >= 0) starts.push(node);
  }
  const scored = cands.map((c) => {
    const u = foldHan(c).charCodeAt(0);
    let best = isHan(u) ? lex.charCost[u] : otherCost(u);
    for (const n0 of starts) {
      const n1 = lex.next(n0, u);
      if (n1 >= 0) best = Math.min(best, lex.cost(n1) - 2);
    }
    let node = lex.next(0, u);
    for (let k = 0; k < Math.min(3, right.length) && node >= 0; k++) {
      node = lex.next(node, right.charCodeAt(k));
      if (node >= 0) best = Math.min(best, lex.cost(node) - 2);
    }
    return { c, best: best + extra(c) };
  });
  scored.sort((a, b) => a.best - b.best);
  return scored.slice(0, SHORTLIST).map((x) => x.c);
}

/**
 * What the document itself says about the text around a repair: the text as printed (its clean
 * parts) and the repairs made so far, and the last enumerators read ((三), 四、).
 */
interface DocEvidence {
  printed: string;
  folded: string | null;
  repaired: string;
  lastParen: number;
  lastList: number;
  /** hashed 4-grams of `folded` and `repaired` (a screen: a key whose first 4 units are absent is not printed) */
  grams: Uint32Array | null;
  /** holes left to fill by the beam where bytes are lost densely (Big5): a bound on the work per text */
  denseHoles: number;
}
/** a text wholly misread as Big5 has a hole every second character: past this many, such lines are flagged, not repaired */
const DENSE_HOLES = 2000;

/** bits of the 4-gram screen (2^22 bits = 512 KB, built only when a hole is undecided) */
const GRAM_BITS = 22;
const gramHash = (s: string, i: number) =>
  (Math.imul(Math.imul(Math.imul(s.charCodeAt(i), 0x9e3779b1) ^ s.charCodeAt(i + 1), 0x85ebca6b) ^ Math.imul(s.charCodeAt(i + 2), 0xc2b2ae35) ^ s.charCodeAt(i + 3), 0x27d4eb2f) >>> (32 - GRAM_BITS));
function addGrams(bits: Uint32Array, s: string): void {
  for (let i = 0; i + 4 <= s.length; i++) {
    const h = gramHash(s, i);
    bits[h >>> 5] |= 1 << (h & 31);
  }
}
function hasGram(bits: Uint32Array, key: string): boolean {
  const h = gramHash(key, 0);
  return (bits[h >>> 5] & (1 << (h & 31))) !== 0;
}
/** the document being read by findMojibake (set for the duration of one call) */
let doc: DocEvidence | null = null;

const NUMERAL_VALUE = new Map('一二三四五六七八九十'.split('').map((c, i) => [c, i + 1]));
/** 三 → 3, 十二 → 12, 二十一 → 21 (0 if not a numeral) */
function numeral(s: string): number {
  if (s.length === 1) return NUMERAL_VALUE.get(s) ?? 0;
  const t = s.indexOf('十');
  if (t < 0 || s.length > 3) return 0;
  const tens = t === 0 ? 1 : (NUMERAL_VALUE.get(s[0]) ?? 0);
  const ones = t === s.length - 1 ? 0 : (NUMERAL_VALUE.get(s[t + 1]) ?? 0);
  return tens * 10 + ones;
}
const ENUMS = /[(（]([一二三四五六七八九十]{1,3})[)）]|(?:^|\n)[ \t]*([一二三四五六七八九十]{1,3})、/g;

/** remember the last enumerators of a line as it reads after repair */
function noteEnumerators(d: DocEvidence, line: string): void {
  ENUMS.lastIndex = 0;
  for (let m; (m = ENUMS.exec(line)); ) {
    if (m[1]) d.lastParen = numeral(m[1]) || d.lastParen;
    else d.lastList = numeral(m[2]) || d.lastList;
  }
}

/**
 * A hole in an enumerator ((_), _、 at a line start) whose candidates hold numerals: the smallest
 * numeral after the last one read (or the only numeral). Null if none.
 */
function enumeratorAt(d: DocEvidence, cands: string[], left: string, right: string): string | null {
  const nums = cands.filter((c) => NUMERAL_VALUE.has(c));
  const paren = /[(（]$/.test(left) && /^[)）]/.test(right);
  const list = (left === '' || /\n[ \t]*$/.test(left)) && right.startsWith('、');
  if (!nums.length || !(paren || list)) return null;
  // the next numeral, else the smallest after the last (lists skip: (三) (五) (六) (八))
  const last = paren ? d.lastParen : d.lastList;
  if (last === 0) return nums.length === 1 ? nums[0] : null; // no list read yet: no evidence
  const after = nums.map((c) => NUMERAL_VALUE.get(c)!).filter((v) => v > last).sort((a, b) => a - b);
  if (after.length) return '一二三四五六七八九十'[after[0] - 1];
  return nums.length === 1 ? nums[0] : null;
}

/**
 * A hole the lexicon cannot decide, decided by the document: the one candidate that makes, with
 * two characters each side, a string the document prints or has repaired elsewhere. Null if the
 * document does not decide.
 */
function fromDocument(d: DocEvidence, cands: string[], left: string, right: string, extra: (c: string) => number): string | null {
  d.folded ??= foldHan(d.printed);
  if (!d.grams) {
    d.grams = new Uint32Array(1 << (GRAM_BITS - 5));
    addGrams(d.grams, d.folded);
    addGrams(d.grams, d.repaired);
  }
  templateText ??= templatePhrases().join('\n');
  const grams = d.grams;
  const attested = (key: string) => (hasGram(grams, key) && (d.folded!.includes(key) || d.repaired.includes(key))) || templateText!.includes(fold(key));
  // the widest window (up to three characters each side, at least three in all) that one
  // candidate makes into a string printed elsewhere or in the templates' wording
  let found: string | null = null;
  let widest = 2;
  for (const c of cands) {
    if (extra(c) > 3) continue; // far less likely than the best: not worth a look
    const fc = foldHan(c);
    let w = 0;
    for (let a = Math.min(3, left.length); a >= 0; a--)
      for (let b = Math.min(3, right.length); b >= 0 && a + b > w; b--) if (a + b >= 3 && attested(left.slice(left.length - a) + fc + right.slice(0, b))) w = a + b;
    if (w > widest) [found, widest] = [c, w];
    else if (w === widest) found = null; // two candidates attested as widely: undecided
  }
  return found;
}
/** the report templates' wording, one phrase a line (folded) */
let templateText: string | null = null;

/** a character guessed without certainty: where it stands in the repair, and its runners-up */
interface Unsure {
  at: number;
  alts: string[];
}
/** a repaired run, and where in it stand characters guessed without certainty */
interface Repair {
  text: string;
  unsure: Unsure[];
}
/** runners-up kept per guessed character, and how far (nats) behind the best they may be */
const MAX_ALTS = 3;
const ALT_WITHIN = 4;
/** alternative readings kept per garble */
const MAX_READINGS = 4;

interface Mixup {
  /** the file's encoding, and the one it was read as (for the garble's reason) */
  name: { encoding: string; readAs: string };
  wrong: Legacy | 'utf-8';
  right: Legacy | 'utf-8';
}
const MIXUPS: Mixup[] = [
  { name: { encoding: 'UTF-8', readAs: 'GBK' }, wrong: 'gb18030', right: 'utf-8' },
  { name: { encoding: 'UTF-8', readAs: 'Big5' }, wrong: 'big5', right: 'utf-8' },
  { name: { encoding: 'GBK', readAs: 'Big5' }, wrong: 'big5', right: 'gb18030' },
  { name: { encoding: 'Big5', readAs: 'GBK' }, wrong: 'gb18030', right: 'big5' },
];

function tryMixup(lex: Lexicon, run: string, m: Mixup, before: string, after: string): Repair | null {
  const bytes = encodeLegacy(run, m.wrong as Legacy);
  if (!bytes) return null;
  let pieces: Piece[] | null;
  if (m.right === 'utf-8' && m.wrong === 'big5') {
    // Big5 swallows a lead byte with the trail it cannot pair: for UTF-8 that trail is a
    // continuation byte 0x80–0xA0; before ASCII (kept) or at the end, the lead alone
    const lost = bytes.flatMap((b, k) => (b !== -1 ? [b] : k + 1 >= bytes.length || (bytes[k + 1] >= 0 && bytes[k + 1] < 0x80) ? [hole(0x81, 0xfe)] : [hole(0x81, 0xfe), hole(0x80, 0xa0)]));
    pieces = utf8WithHoles(lost);
    if (pieces && doc) {
      const holes = pieces.filter((p) => typeof p !== 'string').length;
      if (holes > doc.denseHoles) return null;
      doc.denseHoles -= holes;
    }
  } else if (m.right === 'utf-8') {
    pieces = utf8WithHoles(bytes);
    // a U+FFFD may also have swallowed two bytes
    if (!pieces && bytes.includes(-1)) pieces = utf8WithHoles(bytes.flatMap((b) => (b === -1 ? [-1, -1] : [b])));
  } else {
    if (m.right === 'big5' && bytes.includes(-1)) return null;
    pieces = legacyWithHoles(bytes, m.right, () => gbkRejectedByBig5(lex));
  }
  if (!pieces) return null;
  const holes = pieces.filter((p) => typeof p !== 'string').length;
  // Big5 loses a byte pair every second character or so: there the holes may be many
  if (holes > (m.wrong === 'big5' && m.right === 'utf-8' ? Math.max(8, run.length * 0.7) : m.right === 'utf-8' ? 8 : 6)) return null;
  // before guessing what fills the holes, the rest must already read well
  // (a hole with one candidate is no guess: U+FFFD left by a first misreading)
  const guesses = pieces.some((p) => typeof p !== 'string' && p.length > 1);
  if (guesses && badness(lex, pieces.map((p) => (typeof p === 'string' ? p : ' ')).join('')) > GOOD + 1) return null;
  return resolve(lex, pieces, before, after, m.wrong === 'big5' && m.right === 'utf-8');
}

/** mean cost per non-ASCII unit: how badly a run reads */
function badness(lex: Lexicon, s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) n++;
  return n ? lmCost(lex, s) / n : 0;
}

/** a hole's best character must beat the next by this many nats to be suggested */
const SURE = 1;
/** share of odd units (rare characters, stray symbols) below which a line is not tried */
const ODD = 0.15;
const MARGIN = 3; // nats per character the repair must gain
const GOOD = 10.5; // and the repair must read like text

/**
 * Mojibake in `text`, line by line (a whole file or paste is usually misread at once, and the
 * line gives short runs their context); failing that, run by run: maximal stretches of
 * non-ASCII, since ASCII survives these mix-ups.
 */
export function findMojibake(lex: Lexicon, text: string): Garble[] {
  doc = { printed: text, folded: null, repaired: '', lastParen: 0, lastList: 0, grams: null, denseHoles: DENSE_HOLES };
  try {
    return readLines(lex, text);
  } finally {
    doc = null;
  }
}

function readLines(lex: Lexicon, text: string): Garble[] {
  const d = doc!;
  const out: Garble[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const before = out.length;
    if (end - start >= 2 && oddShare(lex, text, start, end) >= ODD) {
      if (!findLatin1(lex, text, start, end, out)) {
        const g = repairRun(lex, text.slice(start, end), start);
        if (g.length) out.push(...g);
        else {
          findInLine(lex, text, start, end, out);
          findLost(lex, text, start, end, out, before);
        }
      }
    }
    // the line as it reads now: its repairs are evidence for the lines after it
    let line = text.slice(start, end);
    if (out.length > before) {
      const mine = out.slice(before).sort((a, b) => b.span[0] - a.span[0]);
      // an unsure piece stands as a break, so it joins nothing
      for (const g of mine) {
        const sure = g.suggestion && g.code !== 'garble.misreadGuess';
        line = line.slice(0, g.span[0] - start) + (sure ? g.suggestion : '\n') + line.slice(g.span[1] - start);
      }
      const add = foldHan(line) + '\n';
      d.repaired += add;
      if (d.grams) addGrams(d.grams, add);
    }
    noteEnumerators(d, line);
    start = end + 1;
  }
  return out;
}

function findInLine(lex: Lexicon, text: string, from: number, n: number, out: Garble[]): void {
  let i = from;
  while (i < n) {
    if (text.charCodeAt(i) < 0x80) {
      i++;
      continue;
    }
    let j = i + 1;
    // a run may hold single ASCII letters a GBK/Big5 trail byte swallowed back (… 'A' …)
    while (j < n && (text.charCodeAt(j) >= 0x80 || (isAsciiInside(text, j) && j + 1 < n && text.charCodeAt(j + 1) >= 0x80))) j++;
    const run = text.slice(i, j);
    if (j - i >= 2) {
      const g = repairRun(lex, run, i, text.slice(Math.max(0, i - 16), i), text.slice(j, j + 6));
      if (g.length) out.push(...g);
      else {
        // intact punctuation means intact text next to it: try the pieces between
        let a = i;
        for (let k = i; k <= j; k++) {
          // (ASCII below 0x40 survives every mix-up too: 2023, ',' between clauses)
          if (k < j && !COMMON_PUNCT.has(text.charCodeAt(k)) && !(text.charCodeAt(k) < 0x40 && text.charCodeAt(k) > 0x20)) continue;
          if (k - a >= 2 && k - a < j - i) {
            out.push(...repairRun(lex, text.slice(a, k), a, text.slice(Math.max(0, a - 16), a), text.slice(k, k + 6)));
          }
          a = k + 1;
        }
      }
    }
    i = j;
  }
}

const isAsciiInside = (s: string, j: number) => {
  const c = s.charCodeAt(j);
  return c > 0x20 && c < 0x7f && c !== 0x0a;
};

let t2sTable: Int32Array | null = null;

/**
 * t2sCharMap as a table by UTF-16 unit (the unit itself where the map has none). Why: oddShare
 * reads every unit of the text, and a Map lookup each was half of the line screen's time.
 */
export function t2sUnits(): Int32Array {
  if (t2sTable) return t2sTable;
  const t = new Int32Array(65536);
  for (let c = 0; c < 65536; c++) t[c] = c;
  for (const [k, v] of t2sCharMap()) if (k >= 0 && k < 65536) t[k] = v;
  t2sTable = t;
  return t;
}

/** cheap screen: share of units that are rare characters or odd symbols */
function oddShare(lex: Lexicon, s: string, from = 0, to = s.length): number {
  let odd = 0;
  let n = 0;
  const t2s = t2sUnits();
  for (let i = from; i < to; i++) {
    const c = t2s[s.charCodeAt(i)];
    if (c < 0x80) continue;
    n++;
    if (isHan(c) ? !(lex.charCost[c] < 12) : otherCost(c) > 3) odd++;
  }
  return n ? odd / n : 0;
}

export function repairRun(lex: Lexicon, run: string, at: number, before = '', after = ''): Garble[] {
  // cheap screens: clean text reads well, so most runs stop here
  if (oddShare(lex, run) < ODD) return [];
  const was = badness(lex, run);
  let best: (Repair & { name: Mixup['name']; cost: number }) | null = null;
  for (const m of MIXUPS) {
    let r = tryMixup(lex, run, m, before, after);
    let cost = r?.text ? badness(lex, r.text) : Infinity;
    let name = m.name;
    // mojibake of mojibake (UTF-8 read as GBK, saved as UTF-8, read as GBK again): a first
    // reading that still reads as mojibake is undone once more the same way. That first reading
    // is no language, so it cannot choose what fills its holes (bytes the second misreading
    // lost; tryMixup gives up on such guesses): the second reading chooses, among them all
    if (cost > GOOD && run.length >= 4) {
      const firsts = r && !r.unsure.length ? (r.text !== run && oddShare(lex, r.text) >= ODD ? [r.text] : []) : firstReadings(run, m);
      if (firsts.length > 1 && oddShare(lex, firsts[0]) < ODD) firsts.length = 0;
      let twice: { r: Repair; cost: number } | null = null;
      for (const first of firsts) {
        const again = tryMixup(lex, first, m, before, after);
        const c2 = again?.text ? badness(lex, again.text) : Infinity;
        if (again && c2 <= GOOD && (!twice || c2 < twice.cost)) twice = { r: again, cost: c2 };
      }
      if (twice) [r, cost, name] = [twice.r, twice.cost, { ...m.name, readAs: `${m.name.readAs} (×2)` }];
    }
    if (!r || !r.text) continue;
    // mojibake of text gives back Han characters: a row of symbols (★★★ → 」」」) is no misreading
    if (!HAN_RE.test(r.text)) continue;
    if (cost <= GOOD && was - cost >= MARGIN && (!best || cost < best.cost)) best = { ...r, name, cost };
  }
  if (!best) return [];
  // ASCII below 0x40 (digits, spaces, punctuation) survives every mix-up and is never swallowed
  // by a 2-byte code: cut there, so an unsure character costs only its own piece its repair
  const cutsA = asciiCuts(run);
  const cutsB = asciiCuts(best.text);
  const same = cutsA.length === cutsB.length && cutsA.every((x, k) => run[x] === best.text[cutsB[k]]);
  const pieces: [number, number, number, number][] = [];
  if (same) {
    let pa = 0;
    let pb = 0;
    for (let k = 0; k <= cutsA.length; k++) {
      const ea = k < cutsA.length ? cutsA[k] : run.length;
      const eb = k < cutsB.length ? cutsB[k] : best.text.length;
      pieces.push([pa, ea, pb, eb]);
      pa = ea + 1;
      pb = eb + 1;
    }
  } else pieces.push([0, run.length, 0, best.text.length]);
  const out: Garble[] = [];
  for (let [s, e, rs, re] of pieces) {
    // keep the repair to the changed part: trim a shared head and tail
    while (s < e && rs < re && run[s] === best.text[rs]) [s, rs] = [s + 1, rs + 1];
    while (e > s && re > rs && run[e - 1] === best.text[re - 1]) [e, re] = [e - 1, re - 1];
    if (s === e && rs === re) continue;
    if (s === e) continue; // nothing to point at (cannot happen for a real misreading)
    const guessed = best.unsure.filter((u) => u.at >= rs && u.at < re);
    const suggestion = best.text.slice(rs, re);
    if (!guessed.length) {
      out.push({ kind: 'mojibake', span: [at + s, at + e], text: run.slice(s, e), suggestion, ...because('garble.misread', { ...best.name }) });
      continue;
    }
    // a guess: the best reading is suggested, marked as a guess, the other readings beside it
    const alternatives: string[] = [];
    for (const u of guessed)
      for (const a of u.alts) {
        if (alternatives.length >= MAX_READINGS) break;
        const k = u.at - rs;
        alternatives.push(suggestion.slice(0, k) + a + suggestion.slice(k + 1));
      }
    out.push({
      kind: 'mojibake',
      span: [at + s, at + e],
      text: run.slice(s, e),
      suggestion,
      alternatives,
      ...because('garble.misreadGuess', { ...best.name, alternatives: alternatives.join(' / ') }),
    });
  }
  return out;
}

/** readings of a misread UTF-8 run whose holes are few: every filling (at most 256), for a second undo */
function firstReadings(run: string, m: Mixup): string[] {
  if (m.right !== 'utf-8' || m.wrong === 'big5') return [];
  const bytes = encodeLegacy(run, m.wrong as Legacy);
  const pieces = bytes && utf8WithHoles(bytes);
  if (!pieces) return [];
  let out = [''];
  for (const p of pieces) {
    if (typeof p === 'string') out = out.map((t) => t + p);
    else if (out.length * p.length > 256) return [];
    else out = out.flatMap((t) => p.map((c) => t + c));
  }
  return out;
}

function asciiCuts(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 0x40) out.push(i);
  return out;
}

const STRICT = new Map<string, TextDecoder>();
function strictDecode(label: string, bytes: Uint8Array): string | null {
  let d = STRICT.get(label);
  if (!d) STRICT.set(label, (d = new TextDecoder(label, { fatal: true })));
  try {
    return d.decode(bytes);
  } catch {
    return null;
  }
}

/** bytes of s read back through windows-1252 (ISO-8859-1), or null; how many are ≥ 0x80 */
function latin1Bytes(s: string): { bytes: Uint8Array; high: number } | null {
  const bytes = new Uint8Array(s.length);
  let high = 0;
  for (let i = 0; i < s.length; i++) {
    const b = cp1252Byte(s.charCodeAt(i));
    if (b < 0) return null;
    bytes[i] = b;
    if (b >= 0x80) high++;
  }
  return { bytes, high };
}

/**
 * Text of a run misread as Latin-1 (windows-1252): the bytes come back exactly, so decode them
 * strictly as UTF-8, GBK or Big5; a UTF-8 reading that is itself Latin-1 mojibake (double
 * encoding: UTF-8 → Latin-1 → UTF-8) is undone again. The reading that scores best wins.
 */
function undoLatin1(lex: Lexicon, run: string, depth = 0): { text: string; encoding: string; times: number } | null {
  const lb = latin1Bytes(run);
  if (!lb || lb.high < 2) return null;
  let best: { text: string; encoding: string; times: number; cost: number } | null = null;
  for (const [label, encoding] of [['utf-8', 'UTF-8'], ['gb18030', 'GBK'], ['big5', 'Big5']] as const) {
    let text = strictDecode(label, lb.bytes);
    if (text === null || text.includes('\ufffd')) continue;
    let times = 1;
    if (label === 'utf-8' && depth < 2) {
      const again = undoLatin1(lex, text, depth + 1);
      if (again && again.encoding === 'UTF-8') [text, times] = [again.text, again.times + 1];
    }
    const cost = badness(lex, text);
    if (!best || cost < best.cost) best = { text, encoding, times, cost };
  }
  return best;
}

/** Latin-1 mojibake in line [from, to): maximal runs of windows-1252 characters with ≥ 2 high bytes */
function findLatin1(lex: Lexicon, text: string, from: number, to: number, out: Garble[]): boolean {
  let found = false;
  for (let i = from; i < to; ) {
    if (cp1252Byte(text.charCodeAt(i)) < 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < to && cp1252Byte(text.charCodeAt(j)) >= 0) j++;
    // ASCII at the ends is kept as printed
    let s = i;
    let e = j;
    while (s < e && text.charCodeAt(s) < 0x80) s++;
    while (e > s && text.charCodeAt(e - 1) < 0x80) e--;
    // a GBK or Big5 trail byte may be an ASCII letter or symbol (開 E9 5F → é_)
    if (e > s && e < j && text.charCodeAt(e) >= 0x40) e++;
    const run = text.slice(s, e);
    if (e - s >= 2) {
      const r = undoLatin1(lex, run);
      if (r && HAN_RE.test(r.text) && badness(lex, r.text) <= GOOD && badness(lex, run) - badness(lex, r.text) >= MARGIN) {
        out.push({
          kind: 'mojibake',
          span: [s, e],
          text: run,
          suggestion: r.text,
          ...because('garble.misread', { encoding: r.encoding, readAs: r.times > 1 ? `Latin-1 (×${r.times})` : 'Latin-1' }),
        });
        found = true;
      }
    }
    i = j;
  }
  return found;
}

/** share of U+FFFD among the non-ASCII units, and of odd ones, above which a line is lost mojibake */
const LOST_FFFD = 0.2;
const LOST_ODD = 0.5;

/**
 * A line that reads as mojibake but no mix-up repairs (whole or in part): many U+FFFD (GBK read
 * as UTF-8, UTF-8 read as Big5: the bytes are gone; ≥ 3 and ≥ 20 % of its non-ASCII units), or,
 * where nothing was repaired, mostly rare characters and stray symbols among them ≥ 3 rare Han
 * characters whose GBK or Big5 bytes are well-formed UTF-8 (mojibake of mojibake; a row of
 * symbols, rare characters planted in a label are none). Flagged with no suggestion from its
 * first to its last non-ASCII unit, around the pieces that were repaired.
 */
function findLost(lex: Lexicon, text: string, from: number, to: number, out: Garble[], repaired: number): void {
  let n = 0;
  let fffd = 0;
  let first = -1;
  let last = -1;
  const t2s = t2sCharMap();
  let odd = 0;
  let oddHan = 0;
  for (let i = from; i < to; i++) {
    const r = text.charCodeAt(i);
    if (r < 0x80) continue;
    n++;
    if (first < 0) first = i;
    last = i + 1;
    const c = t2s.get(r) ?? r;
    const isOdd = c === 0xfffd || (isHan(c) ? !(lex.charCost[c] < 12) : otherCost(c) > 3);
    if (c === 0xfffd) fffd++;
    if (!isOdd) continue;
    odd++;
    if (isHan(c)) oddHan++;
  }
  if (n < 6 || first < 0) return;
  const lostBytes = fffd >= 3 && fffd >= LOST_FFFD * n;
  // pieces of the line were repaired: the rest that still reads as mojibake is flagged, piece by piece
  const partly = out.length > repaired && !lostBytes;
  if (!(lostBytes || partly || (out.length === repaired && odd >= LOST_ODD * n && oddHan >= 3 && utf8Shaped(text.slice(first, last))))) return;
  // the gaps between the pieces already repaired on this line
  const done = out.slice(repaired).map((g) => g.span).sort((a, b) => a[0] - b[0]);
  let at = first;
  for (const [s, e] of [...done, [last, last] as [number, number]]) {
    let a = at;
    let b = Math.min(s, last);
    while (a < b && text.charCodeAt(a) < 0x80) a++;
    while (b > a && text.charCodeAt(b - 1) < 0x80) b--;
    if (b > a && (!partly || readsAsMojibake(lex, text.slice(a, b)))) {
      const run = text.slice(a, b);
      out.push({ kind: 'mojibake', span: [a, b], text: run, suggestion: '', ...because('garble.lostBytes', { sample: run.slice(0, 3) }) });
    }
    at = Math.max(at, e);
  }
}

/** beside repaired pieces: a stretch of ≥ 2 non-ASCII units, 30 % of them rare or odd and its bytes UTF-8, or 30 % U+FFFD */
function readsAsMojibake(lex: Lexicon, s: string): boolean {
  let n = 0;
  let fffd = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n++;
    if (c === 0xfffd) fffd++;
  }
  if (n < 2) return false;
  // or bytes lost there (a stretch of GBK read as UTF-8)
  return (fffd >= 2 && fffd >= PARTLY_ODD * n) || (oddShare(lex, s) >= PARTLY_ODD && utf8Shaped(s));
}
const PARTLY_ODD = 0.3;

/** are the GBK or Big5 bytes of s well-formed UTF-8 (allowing for U+FFFD holes)? */
function utf8Shaped(s: string): boolean {
  for (const codec of ['gb18030', 'big5'] as const) {
    const bytes = encodeLegacy(s, codec);
    if (!bytes || !bytes.some((b) => b >= 0x80)) continue;
    // the run may start inside a character: skip its stray continuation bytes
    let k = 0;
    while (k < 3 && bytes[k] >= 0x80 && bytes[k] <= 0xbf) k++;
    if (utf8WithHoles(bytes.slice(k))) return true;
  }
  return false;
}
