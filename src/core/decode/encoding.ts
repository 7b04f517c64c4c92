// Bytes of a text file → string. Order: byte-order mark, BOM-less UTF-16 (NUL pattern),
// strict UTF-8, then a contest between GB18030, Big5 and UTF-16 decided by how Chinese the
// decoded text looks (chardet only breaks near-ties: it is unreliable on short input).
// The text is returned exactly as decoded, only a BOM dropped: spans index into it.
import chardet from 'chardet';
import { createMultibyteDecoder } from '@exodus/bytes/multi-byte.js';
import type { Encoding, Failure, Result } from '../types';
import { fail, say, type Said } from '../diagnostics';
import { commonHan, isHan, topHan } from './common-han';
import { SNIFF_BYTES } from './limits';

export interface DecodedText {
  text: string;
  encoding: Encoding;
  /** what the decoding had to give up (bytes that were no character, a character cut at the end) */
  warnings?: Said[];
}

/** Scores below this (see scoreText) are not text in any encoding we know. */
const GARBAGE_SCORE = 0.2;
/** Under this many non-ASCII characters a score says little; fall back to chardet / GB18030. */
const MIN_EVIDENCE = 4;
// Real Chinese text scores ~0.7 (see scoreText), a wrong byte order or binary data below 0.
const UTF16_TEXT_SCORE = 0.4;

export function sniffBom(bytes: Uint8Array): { encoding: Encoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Decode the whole of `bytes` (already cut to size). `hint` is a declared charset (HTML meta). */
export function decodeTextBytes(bytes: Uint8Array, hint?: Encoding | null): Result<DecodedText> {
  const bom = sniffBom(bytes);
  if (bom) {
    const text = decodeAs(bytes.subarray(bom.length), bom.encoding);
    const bad = badShare(text.slice(0, SNIFF_BYTES));
    if (bad > 0.3) return garbage();
    return { ok: true, value: { text, encoding: bom.encoding, ...cutWarnings(bytes.subarray(bom.length), bom.encoding, bom.length) } };
  }

  const sample = bytes.subarray(0, SNIFF_BYTES);
  const utf16 = utf16ByNuls(sample);
  if (utf16) {
    const text = decodeAs(bytes, utf16);
    if (scoreText(text.slice(0, SNIFF_BYTES / 2)).score < GARBAGE_SCORE) return binary();
    return { ok: true, value: { text, encoding: utf16, ...cutWarnings(bytes, utf16) } };
  }
  if (hasNul(bytes)) return binary();

  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) {
    // Valid UTF-8 made mostly of U+FFFD / control characters: a decoding lost long ago.
    if (badShare(utf8.slice(0, SNIFF_BYTES)) > 0.3) return garbage();
    return { ok: true, value: { text: utf8, encoding: 'utf-8' } };
  }

  // UTF-8 with a few stray bytes (a byte lost or flipped in a copy): read as UTF-8, each bad
  // byte a U+FFFD (which the garble detector flags as a replacement), the rest as it is
  const loose = looseUtf8(bytes);
  if (loose) return { ok: true, value: loose };

  // Judge on the bytes from the first non-ASCII one: a long ASCII preamble says nothing.
  let firstHigh = 0;
  while (firstHigh < bytes.length && bytes[firstHigh] < 0x80) firstHigh++;
  const start = firstHigh & ~1; // even, so UTF-16 candidates stay aligned
  const encoding = chooseLegacy(bytes.subarray(start, start + SNIFF_BYTES), hint);
  if (!encoding) return garbage();
  return { ok: true, value: { text: decodeAs(bytes, encoding), encoding } };
}

/**
 * Decode; `stream: true` drops a character cut in half at the end (the file may have been cut).
 * Big5 follows the WHATWG index (as browsers do) in every runtime: Node's ICU decoder gives
 * private-use characters for the HKSCS part (减 FA A3, 户 8B FC, 羣 8E C4), so the command line
 * and the app would read different text from the same bytes.
 */
export function decodeAs(bytes: Uint8Array, encoding: Encoding): string {
  if (encoding === 'big5') return createMultibyteDecoder('big5', true)(bytes, true);
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes, { stream: true });
}

// A decoder per call, streaming: in Node 20 that is the ICU path, about 3× faster on
// Chinese than the non-streaming "fast path" of a reused decoder (measured: 8 µs against
// 23–37 µs for a 6 KB report). Building the decoder costs under a microsecond.
function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes, { stream: true });
  } catch {
    return null;
  }
}

/**
 * Bytes that are UTF-8 but for a few stray ones: at least twenty well-formed non-ASCII
 * characters for each U+FFFD the decoder had to put in (legacy-encoded Chinese read as UTF-8
 * gives mostly U+FFFD), else null.
 */
function looseUtf8(bytes: Uint8Array): DecodedText | null {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes, { stream: true });
  let bad = 0;
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c >= 0x80) good++;
  }
  if (bad === 0 || good < 20 * bad) return null;
  return {
    text,
    encoding: 'utf-8',
    warnings: [say('decode.badUtf8', { count: bad })],
  };
}

/**
 * A UTF-16 file cut inside its last character says so, naming the bytes the decoder dropped
 * (a streaming decoder holds back an odd last byte and a high surrogate without its pair).
 * `offset` is where `bytes` start in the file (after a BOM), so the positions are the file's.
 */
function cutWarnings(bytes: Uint8Array, encoding: Encoding, offset = 0): { warnings?: Said[] } {
  if (encoding !== 'utf-16le' && encoding !== 'utf-16be') return {};
  const n = bytes.length;
  const unitAt = (i: number) => (encoding === 'utf-16le' ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
  // the whole code units end at `whole`; a high surrogate just before it lost its pair
  const whole = n - (n % 2);
  const from = whole >= 2 && unitAt(whole - 2) >= 0xd800 && unitAt(whole - 2) <= 0xdbff ? whole - 2 : whole;
  if (from === n) return {};
  const hex = [...bytes.subarray(from)].map((b) => `0x${b.toString(16).padStart(2, '0').toUpperCase()}`).join(' ');
  const a = offset + from;
  const z = offset + n - 1;
  return { warnings: [say('decode.cutInCharacter', { from: a, to: z, bytes: hex })] };
}

/**
 * UTF-16 without a BOM: ASCII characters (digits, newlines, spaces — every report has them)
 * put a NUL in every other byte, on the odd side for little-endian. Some Han characters
 * (一 U+4E00, 丰 U+4E30…) put one on the other side, so this asks for a clear majority and
 * lets the text score decide between the two byte orders.
 */
export function utf16ByNuls(sample: Uint8Array): Encoding | null {
  let even = 0;
  let odd = 0;
  // indexOf is native: a text without NULs costs one scan, not a loop per byte
  for (let i = sample.indexOf(0); i !== -1; i = sample.indexOf(0, i + 1)) {
    if (i & 1) odd++;
    else even++;
  }
  if (Math.max(even, odd) < 1) return null;
  const cut = sample.subarray(0, sample.length & ~1);
  const le = scoreText(decodeAs(cut, 'utf-16le')).score;
  const be = scoreText(decodeAs(cut, 'utf-16be')).score;
  if (Math.max(even, odd) < 3 * Math.min(even, odd)) {
    // No clear majority: a short text dense in Han characters whose low byte is 0 (一 丰 中 …
    // put a NUL on the "wrong" side) has few ASCII NULs to outvote them. Read it as UTF-16 only
    // when one byte order reads as Chinese and the other clearly does not; binary data reads
    // as noise both ways.
    if (Math.max(le, be) >= UTF16_TEXT_SCORE && Math.abs(le - be) >= UTF16_TEXT_SCORE) return le > be ? 'utf-16le' : 'utf-16be';
    return null;
  }
  if (Math.abs(le - be) > 0.1) return le > be ? 'utf-16le' : 'utf-16be';
  return odd > even ? 'utf-16le' : 'utf-16be';
}

function hasNul(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) !== -1;
}

/** Pick GB18030, Big5 or BOM-less UTF-16 for bytes that are not UTF-8; null when all look like noise. */
export function chooseLegacy(sample: Uint8Array, hint?: Encoding | null): Encoding | null {
  const candidates: Encoding[] = ['gb18030', 'big5'];
  if (sample.length % 2 === 0) candidates.push('utf-16le', 'utf-16be');
  const hinted = hint ?? fromChardet(sample);
  let best: Encoding | null = null;
  let bestScore = -Infinity;
  let evidence = 0;
  for (const enc of candidates) {
    const s = scoreText(decodeAs(sample, enc));
    // A declared or detected charset wins near-ties only.
    const score = s.score + (enc === hinted ? 0.05 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = enc;
      evidence = s.nonAscii;
    }
  }
  if (evidence < MIN_EVIDENCE) return hinted === 'big5' || hinted === 'gb18030' ? hinted : 'gb18030';
  return bestScore >= GARBAGE_SCORE ? best : null;
}

function fromChardet(sample: Uint8Array): Encoding | null {
  const name = (chardet.detect(sample) ?? '').toLowerCase();
  if (name === 'gb18030' || name === 'gbk' || name === 'gb2312') return 'gb18030';
  if (name === 'big5') return 'big5';
  if (name === 'utf-16le') return 'utf-16le';
  if (name === 'utf-16be') return 'utf-16be';
  return null;
}

export interface TextScore {
  score: number;
  nonAscii: number;
}

/**
 * How much a decoded string looks like Chinese, per non-ASCII character: +1 for a very
 * frequent character, +0.6 for another common one, 0 for rare Han or ordinary punctuation,
 * −1 for anything a report would not contain (kana, Hangul, Cyrillic, box drawing…), −3 for
 * U+FFFD, private-use and control characters. Real text scores ~0.7, wrong decodings < 0.
 */
export function scoreText(text: string): TextScore {
  const top = topHan();
  const common = commonHan();
  let sum = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp < 0x80) {
      if (cp < 0x20 && cp !== 9 && cp !== 10 && cp !== 13 && cp !== 12) {
        sum -= 3;
        nonAscii++;
      }
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      cp = text.codePointAt(i)!;
      i++;
    }
    nonAscii++;
    if (top.has(cp)) sum += 1;
    else if (common.has(cp)) sum += 0.6;
    else if (isHan(cp) || isPunctuation(cp)) sum += 0;
    else if (cp === 0xfffd || (cp >= 0xe000 && cp <= 0xf8ff) || cp < 0xa0 || (cp >= 0xd800 && cp <= 0xdfff)) sum -= 3;
    else sum -= 1;
  }
  return { score: nonAscii ? sum / nonAscii : 0, nonAscii };
}

function isPunctuation(cp: number): boolean {
  return (
    cp === 0xa0 ||
    cp === 0xb7 ||
    cp === 0xd7 ||
    cp === 0xf7 ||
    (cp >= 0x2000 && cp <= 0x206f) || // general punctuation: — “ ” …
    (cp >= 0x2160 && cp <= 0x217f) || // Roman numerals
    (cp >= 0x2460 && cp <= 0x24ff) || // ① ⑴ ⒈
    (cp >= 0x3000 && cp <= 0x303f) || // 、。《》【】
    (cp >= 0xff00 && cp <= 0xffef) // full-width forms
  );
}

/** The characters badShare counts as bad (C0 controls but TAB, LF, FF, CR; DEL and C1; private use; U+FFFD). */
// oxlint-disable-next-line no-control-regex -- control characters are exactly what it looks for
const BAD_CHAR = /[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd]/;

/** Share of U+FFFD, private-use and control characters: high means binary or a lost decoding. */
export function badShare(text: string): number {
  // Most text has none: one native regex scan (about 3× faster than the loop) settles it.
  if (!BAD_CHAR.test(text)) return 0;
  let bad = 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) continue;
    n++;
    if (c === 0xfffd || (c < 0x20 && c !== 12) || (c >= 0x7f && c < 0xa0) || (c >= 0xe000 && c <= 0xf8ff)) bad++;
  }
  return n ? bad / n : 0;
}

function binary(): Failure {
  return fail('decode.binary', {});
}

function garbage(): Failure {
  return fail('decode.unknownEncoding', {});
}
