// Inverse tables for the legacy codecs, built lazily: character → its 2-byte code. Used to undo
// mojibake the ftfy way: re-encode with the codec that was wrongly used, decode with the right one.
// Built from the WHATWG index (@exodus/bytes, the decoder src/core/decode uses), never from the
// runtime's TextDecoder: Node's big5 is Windows' cp950 (the HKSCS rows in the private-use area),
// browsers' is WHATWG, and the command line and the app must repair the same text the same way.
import { createMultibyteDecoder } from '@exodus/bytes/multi-byte.js';

export type Legacy = 'gb18030' | 'big5';

const tables = new Map<Legacy, Map<number, number>>();
const forwards = new Map<Legacy, Map<number, number>>();

/**
 * Windows' cp950 (what Node, Windows programs and many converters decode big5 as) gives its
 * user-defined rows as private use, in four blocks of 157 cells a row: text misread that way
 * carries these characters, and each names its bytes exactly. [first lead, last lead, first
 * trail (0x40 or 0xA1), first code point]; a row's cells run 0x40–0x7E then 0xA1–0xFE.
 */
const CP950_PRIVATE: [number, number, number, number][] = [
  [0xfa, 0xfe, 0x40, 0xe000],
  [0x8e, 0xa0, 0x40, 0xe311],
  [0x81, 0x8d, 0x40, 0xeeb8],
  [0xc6, 0xc8, 0xa1, 0xf6b1],
];

const TRAILS: number[] = [];
for (let t = 0x40; t <= 0xfe; t++) if (t !== 0x7f) TRAILS.push(t);

/**
 * 2-byte code (0xLLTT) → UTF-16 unit, every code the WHATWG index maps to one unit. Every pair
 * is decoded on its own, but in one call (built once per thread, so its cold run counts: a
 * decoder call per pair was ~0.1 s): the pairs separated by a space, which a pair can neither
 * swallow (a bad pair gives back at most its trail, 0x40 or above) nor carry state past. What
 * lies between two spaces is that pair's reading; codec.test.ts checks it pair by pair.
 */
function buildForward(codec: Legacy): Map<number, number> {
  const decode = createMultibyteDecoder(codec, true);
  const bytes = new Uint8Array(LEADS * TRAILS.length * 3);
  let n = 0;
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (const t of TRAILS) {
      bytes[n++] = lead;
      bytes[n++] = t;
      bytes[n++] = 0x20;
    }
  }
  return readPairs(decode(bytes));
}

const LEADS = 0xfe - 0x81 + 1;

/** the readings of buildForward's pairs, in its order: a reading of one unit, not U+FFFD, is that code's */
function readPairs(text: string): Map<number, number> {
  const fwd = new Map<number, number>();
  let at = 0;
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (const t of TRAILS) {
      const end = text.indexOf(' ', at);
      // four big5 codes give two code points (Ê̄), a bad pair U+FFFD (and maybe its trail back)
      if (end === at + 1 && text.charCodeAt(at) !== 0xfffd) fwd.set((lead << 8) | t, text.charCodeAt(at));
      at = end + 1;
    }
  }
  return fwd;
}

/** UTF-16 unit → bytes (0xLLTT for two bytes, 0xBB for one) in the given codec */
export function inverseTable(codec: Legacy): Map<number, number> {
  const cached = tables.get(codec);
  if (cached) return cached;
  const fwd = buildForward(codec);
  const map = new Map<number, number>();
  // a character at two codes keeps its standard one: big5's HKSCS rows (leads below 0xA1; the
  // WHATWG encoder leaves them out for the same reason) and cp950's user-defined rows come last.
  // fwd's codes ascend, so the codes in rank order are fwd's in three passes, one per rank
  if (codec === 'big5') for (let group = 0; group < 3; group++) firstCodes(fwd, map, group);
  else firstCodes(fwd, map, -1);
  if (codec === 'gb18030') map.set(0x20ac, 0x80); // the single byte 0x80 decodes to €
  if (codec === 'big5') {
    map.set(0x80, 0x80); // cp950 passes the byte 0x80 through
    if (!map.has(0x2593)) map.set(0x2593, 0xf9fe); // cp950's ▓ where WHATWG has ￭
    for (const [lo, hi, firstTrail] of CP950_PRIVATE)
      for (let lead = lo; lead <= hi; lead++)
        for (const t of TRAILS) {
          if ((t > 0x7e && t < 0xa1) || (lead === lo && t < firstTrail)) continue;
          const code = (lead << 8) | t;
          map.set(cp950Private(code)!, code);
        }
  }
  tables.set(codec, map);
  forwards.set(codec, fwd);
  return map;
}

/** into `map`, each character's first code in fwd among those of rank `group` (−1: all); a loop of its own, so V8 optimises it alone */
function firstCodes(fwd: Map<number, number>, map: Map<number, number>, group: number): void {
  for (const [code, c] of fwd) {
    if (group >= 0 && rankGroup(code) !== group) continue;
    if (!map.has(c)) map.set(c, code);
  }
}

/** big5's order of preference: 0 standard, 1 cp950's user-defined rows, 2 HKSCS (leads below 0xA1) */
const rankGroup = (code: number) => (code >> 8 < 0xa1 ? 2 : cp950Private(code) !== undefined ? 1 : 0);

/** cp950 code (0xLLTT) → its private-use character, for the user-defined rows */
export function cp950Private(code: number): number | undefined {
  const lead = code >> 8;
  const t = code & 0xff;
  for (const [lo, hi, firstTrail, base] of CP950_PRIVATE) {
    if (lead < lo || lead > hi) continue;
    const cell = t <= 0x7e ? t - 0x40 : 63 + t - 0xa1;
    const j = (lead - lo) * 157 + cell - (firstTrail === 0xa1 ? 63 : 0);
    return j < 0 ? undefined : base + j;
  }
  return undefined;
}

/**
 * Whether a big5 reader gives a character for this code: the WHATWG index, or cp950's
 * user-defined rows (private use, which name their bytes; WHATWG gives U+FFFD for most of them)
 */
export function big5Reads(code: number): boolean {
  return forwardTable('big5').has(code) || cp950Private(code) !== undefined;
}

/** 2-byte code (0xLLTT) → UTF-16 unit, for the codes the codec maps */
export function forwardTable(codec: Legacy): Map<number, number> {
  inverseTable(codec);
  return forwards.get(codec)!;
}

/**
 * Bytes of `s` in `codec`; U+FFFD becomes −1 (a lost byte). Null if some character has no
 * code in that codec (so `s` cannot be that codec's misreading).
 */
export function encodeLegacy(s: string, codec: Legacy): number[] | null {
  const table = inverseTable(codec);
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) out.push(c);
    else if (c === 0xfffd) out.push(-1);
    else {
      const b = table.get(c);
      if (b === undefined) return null;
      if (b > 0xff) out.push(b >> 8, b & 0xff);
      else out.push(b);
    }
  }
  return out;
}

let cp1252: Int16Array | null = null;
/**
 * UTF-16 unit → its byte in windows-1252 (what browsers decode "latin1"/"iso-8859-1" as), or −1.
 * U+0080–U+00FF map to their own byte too (ISO-8859-1 proper, as other tools decode it).
 */
export function cp1252Byte(c: number): number {
  if (!cp1252) {
    cp1252 = new Int16Array(65536).fill(-1);
    for (let b = 0; b < 0x100; b++) cp1252[b] = b;
    const s = new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 0x80 }, (_, k) => 0x80 + k));
    for (let k = 0; k < s.length; k++) cp1252[s.charCodeAt(k)] = 0x80 + k;
  }
  return cp1252[c];
}
