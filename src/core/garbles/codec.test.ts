// The mojibake tables are the same in every runtime: the WHATWG index (as browsers decode big5),
// plus Windows' cp950 private-use rows on the inverse side, never the runtime's own decoder.
import { describe, expect, it } from 'vitest';
import { createMultibyteDecoder } from '@exodus/bytes/multi-byte.js';
import { big5Reads, cp950Private, encodeLegacy, forwardTable, inverseTable } from './codec';

const big5Codes: number[] = [];
for (let lead = 0x81; lead <= 0xfe; lead++)
  for (let t = 0x40; t <= 0xfe; t++) if (t <= 0x7e || t >= 0xa1) big5Codes.push((lead << 8) | t);
const one = (dec: TextDecoder, code: number) => dec.decode(new Uint8Array([code >> 8, code & 0xff]));

describe('big5 tables', () => {
  it('read the HKSCS rows as the WHATWG index does (known entries, not private use)', () => {
    const fwd = forwardTable('big5');
    // entries of index-big5.txt (encoding.spec.whatwg.org), the ones Node's ICU gives as private use
    expect(String.fromCharCode(fwd.get(0xfaa3)!)).toBe('减');
    expect(String.fromCharCode(fwd.get(0x8bfc)!)).toBe('户');
    expect(String.fromCharCode(fwd.get(0x8ec4)!)).toBe('羣');
    // the four codes WHATWG decodes to two code points are no one-unit character
    for (const c of [0x8862, 0x8864, 0x88a3, 0x88a5]) expect(fwd.has(c)).toBe(false);
    // leads 0x81–0x86 have no entries in the WHATWG index
    expect(big5Codes.filter((c) => c >> 8 < 0x87 && fwd.has(c))).toEqual([]);
    // no HKSCS code decodes to private use
    const hkscs = big5Codes.filter((c) => c >> 8 < 0xa1 && fwd.has(c));
    expect(hkscs.length).toBeGreaterThan(2000);
    expect(hkscs.filter((c) => fwd.get(c)! >= 0xe000 && fwd.get(c)! <= 0xf8ff)).toEqual([]);
  });

  it('agree with this runtime’s cp950 decoder outside the rows where cp950 gives private use (differential)', () => {
    const node = new TextDecoder('big5'); // Node's ICU: Windows' cp950
    const fwd = forwardTable('big5');
    const differ = big5Codes.filter((c) => {
      const s = one(node, c);
      if (s.length !== 1 || s === '\ufffd' || cp950Private(c) !== undefined) return false;
      return fwd.get(c) !== s.charCodeAt(0);
    });
    expect(differ.map((c) => c.toString(16))).toEqual(['f9fe']); // cp950 ▓, WHATWG ￭
  });

  it('place cp950’s user-defined rows where Windows (and Node) put them, and map them back', () => {
    const node = new TextDecoder('big5');
    const inv = inverseTable('big5');
    let rows = 0;
    for (const c of big5Codes) {
      const p = cp950Private(c);
      if (p === undefined) continue;
      rows++;
      expect(one(node, c).charCodeAt(0)).toBe(p);
      expect(inv.get(p)).toBe(c);
    }
    expect(rows).toBe(6217);
  });

  it('map every character either decoder gives back to bytes that decoder reads as it (mojibake from Windows or a browser)', () => {
    const node = new TextDecoder('big5');
    const inv = inverseTable('big5');
    const fwd = forwardTable('big5');
    for (const c of big5Codes) {
      const s = one(node, c);
      if (s.length === 1 && s !== '\ufffd') expect(one(node, inv.get(s.charCodeAt(0))!)).toBe(s);
      const w = fwd.get(c);
      if (w !== undefined) expect(fwd.get(inv.get(w)!)).toBe(w);
      expect(big5Reads(c)).toBe(fwd.has(c) || (s.length === 1 && s !== '\ufffd'));
    }
  });

  it('keep a character’s standard code when the HKSCS rows repeat it', () => {
    const fwd = forwardTable('big5');
    const inv = inverseTable('big5');
    const standard = new Set(big5Codes.filter((c) => c >> 8 >= 0xa1 && fwd.has(c)).map((c) => fwd.get(c)!));
    let repeated = 0;
    for (const c of big5Codes) {
      if (c >> 8 >= 0xa1 || !fwd.has(c) || !standard.has(fwd.get(c)!)) continue;
      repeated++;
      expect(inv.get(fwd.get(c)!)! >> 8).toBeGreaterThanOrEqual(0xa1);
    }
    expect(repeated).toBeGreaterThan(0);
    expect(encodeLegacy('一', 'big5')).toEqual([0xa4, 0x40]);
  });
});

describe('gb18030 tables', () => {
  it('equal the runtime’s decoder on every 2-byte code (both follow WHATWG)', () => {
    const dec = new TextDecoder('gb18030');
    const fwd = forwardTable('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead++)
      for (let t = 0x40; t <= 0xfe; t++) {
        if (t === 0x7f) continue;
        const s = one(dec, (lead << 8) | t);
        const want = s.length === 1 && s !== '\ufffd' ? s.charCodeAt(0) : undefined;
        expect(fwd.get((lead << 8) | t)).toBe(want);
      }
  });
});

// the plain construction: a decoder call per pair, the inverse by sorting the codes by rank
const TRAILS = [...Array(0xff - 0x40).keys()].map((k) => 0x40 + k).filter((t) => t !== 0x7f);
function plainForward(codec: 'gb18030' | 'big5'): Map<number, number> {
  const decode = createMultibyteDecoder(codec, true);
  const fwd = new Map<number, number>();
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (const t of TRAILS) {
      const s = decode(new Uint8Array([lead, t]));
      if (s.length === 1 && s !== '\ufffd') fwd.set((lead << 8) | t, s.charCodeAt(0));
    }
  return fwd;
}
const rank = (code: number) => (code >> 8 < 0xa1 ? code + 0x20000 : cp950Private(code) !== undefined ? code + 0x10000 : code);

// set after the ranking, on purpose: € (gb18030's byte 0x80), cp950's 0x80, ▓ and private use
const overridden = (c: number) => c === 0x20ac || c === 0x80 || c === 0x2593 || (c >= 0xe000 && c <= 0xf8ff);

describe('tables built in one decoder call (differential)', () => {
  it.each(['gb18030', 'big5'] as const)('%s: the forward table pair by pair, the inverse by rank', (codec) => {
    const plain = plainForward(codec);
    expect([...forwardTable(codec)]).toEqual([...plain]);
    const inv = inverseTable(codec);
    const order = [...plain.keys()].sort((a, b) => (codec === 'big5' ? rank(a) - rank(b) : a - b));
    const firstCode = new Map<number, number>();
    for (const code of order) if (!firstCode.has(plain.get(code)!)) firstCode.set(plain.get(code)!, code);
    const differ = [...firstCode].filter(([c, code]) => !overridden(c) && inv.get(c) !== code);
    expect(differ).toEqual([]);
    expect(inv.size).toBeGreaterThanOrEqual(firstCode.size);
  });
});
