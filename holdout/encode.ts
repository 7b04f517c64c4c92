// Bytes of a held-out report in each encoding. Big5 follows the WHATWG big5 index (what a
// browser decodes), including HKSCS characters the WHATWG encoder itself never produces.
import { createMultibyteDecoder, createMultibyteEncoder } from '@exodus/bytes/multi-byte.js';

export const ENCODINGS = ['utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be'] as const;
export type HoldoutEncoding = (typeof ENCODINGS)[number];

let big5Enc: ((s: string) => Uint8Array) | null = null;
let gbEnc: ((s: string) => Uint8Array) | null = null;
let big5Inverse: Map<string, [number, number]> | null = null;

function inverse(): Map<string, [number, number]> {
  if (big5Inverse) return big5Inverse;
  const dec = createMultibyteDecoder('big5', true);
  const m = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (const [lo, hi] of [[0x40, 0x7e], [0xa1, 0xfe]]) {
      for (let t = lo; t <= hi; t++) {
        const s = dec(new Uint8Array([lead, t]));
        if (s.length === 1 && s !== '\ufffd' && !m.has(s)) m.set(s, [lead, t]);
      }
    }
  }
  big5Inverse = m;
  return m;
}

function big5Char(ch: string): number[] | null {
  big5Enc ??= createMultibyteEncoder('big5', { mode: 'fatal' });
  try {
    return [...big5Enc(ch)];
  } catch {
    const p = inverse().get(ch);
    return p ? [...p] : null;
  }
}

/** Whether a browser's big5 decoder can give back this character. */
export function big5Encodable(ch: string): boolean {
  return big5Char(ch) !== null;
}

/** Replace what the encoding cannot hold, one UTF-16 unit for one, so spans stay valid. Real
 *  encoders write '?' for a character big5 has no code for (Python's errors='replace', Java's
 *  getBytes, .NET, PHP's mb_convert_encoding); none writes a Han character. */
export function sanitize(text: string, enc: HoldoutEncoding): { text: string; replaced: number } {
  if (enc !== 'big5') return { text, replaced: 0 };
  let out = '';
  let replaced = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch.charCodeAt(0) < 0x80 || big5Char(ch)) out += ch;
    else {
      out += '?';
      replaced++;
    }
  }
  return { text: out, replaced };
}

export function encodeText(text: string, enc: HoldoutEncoding, bom: boolean): Uint8Array {
  if (enc === 'utf-8') {
    const body = new TextEncoder().encode(text);
    return bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body;
  }
  if (enc === 'utf-16le' || enc === 'utf-16be') {
    const n = text.length + (bom ? 1 : 0);
    const out = new Uint8Array(n * 2);
    const units = bom ? '\ufeff' + text : text;
    for (let i = 0; i < units.length; i++) {
      const u = units.charCodeAt(i);
      const [a, b] = enc === 'utf-16le' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff];
      out[2 * i] = a;
      out[2 * i + 1] = b;
    }
    return out;
  }
  if (enc === 'gb18030') {
    gbEnc ??= createMultibyteEncoder('gb18030', { mode: 'fatal' });
    return gbEnc(text);
  }
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const c = ch.charCodeAt(0);
    if (c < 0x80) bytes.push(c);
    else {
      const b = big5Char(ch);
      if (!b) throw new Error(`not in big5: U+${c.toString(16)}`);
      bytes.push(...b);
    }
  }
  return new Uint8Array(bytes);
}
