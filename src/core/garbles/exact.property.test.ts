// findCharGarbles jumps between candidate units with a regex; here the plain loop it replaced
// (every unit looked at), and the two compared on strings dense in the units that matter.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Garble } from '../types';
import { because } from '../diagnostics';
import { findCharGarbles } from './exact';

function isInvisible(c: number): boolean {
  if (c < 0x20) return c !== 0x09 && c !== 0x0a && c !== 0x0d;
  if (c >= 0x7f && c <= 0x9f) return true;
  if (c === 0xad) return true;
  if (c >= 0x200b && c <= 0x200f) return true;
  if (c >= 0x202a && c <= 0x202e) return true;
  if (c >= 0x2060 && c <= 0x2064) return true;
  if (c >= 0x2066 && c <= 0x2069) return true;
  if (c === 0xfeff) return true;
  if (c >= 0xe000 && c <= 0xf8ff) return true;
  if (c >= 0xfff9 && c <= 0xfffb) return true;
  return false;
}

function invisibleWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x20 || (c >= 0x7f && c <= 0xad) || (c >= 0x200b && c <= 0x206f) || c >= 0xd800) {
    if (isInvisible(c)) return 1;
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return c >= 0xdb80 ? 2 : 0;
      return 1;
    }
    if (c >= 0xdc00 && c <= 0xdfff) {
      const p = text.charCodeAt(i - 1);
      return p >= 0xd800 && p <= 0xdbff ? 0 : 1;
    }
  }
  return 0;
}

/** The plain loop: every unit looked at. */
function findCharGarblesPlain(text: string, out: Garble[]): void {
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) {
      let j = i + 1;
      while (j < n && text.charCodeAt(j) === 0xfffd) j++;
      out.push({ kind: 'replacement', span: [i, j], text: text.slice(i, j), suggestion: '', ...because('garble.replacement', {}) });
      i = j;
      continue;
    }
    const w = invisibleWidth(text, i);
    if (w > 0) {
      let j = i + w;
      for (let k; j < n && (k = invisibleWidth(text, j)) > 0; ) j += k;
      const codes = [...new Set(Array.from(text.slice(i, j), (ch: string) => ch).map((ch) => 'U+' + ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')))];
      out.push({ kind: 'invisible', span: [i, j], text: text.slice(i, j), suggestion: '', ...because('garble.invisible', { codes: codes.slice(0, 4) }) });
      i = j;
      continue;
    }
    i++;
  }
}

// every boundary of every range the two test, and ordinary text around them
const UNITS = [
  0x00, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x1f, 0x20, 0x41, 0x7e, 0x7f, 0x9f, 0xa0, 0xac, 0xad, 0xae,
  0x200a, 0x200b, 0x200f, 0x2010, 0x2029, 0x202a, 0x202e, 0x202f, 0x205f, 0x2060, 0x2064, 0x2065, 0x2066, 0x2069, 0x206a, 0x206f, 0x2070,
  0x3000, 0x4e00, 0x653f, 0xd7ff, 0xd800, 0xdb7f, 0xdb80, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xf8ff, 0xf900, 0xfeff, 0xff0c,
  0xfff8, 0xfff9, 0xfffb, 0xfffc, 0xfffd, 0xfffe, 0xffff,
];

describe('findCharGarbles', () => {
  it('equals the plain loop', () => {
    const unit = fc.constantFrom(...UNITS.map((c) => String.fromCharCode(c)));
    fc.assert(
      fc.property(fc.array(fc.oneof(unit, fc.constantFrom('政府', '信息公开\n', '１２')), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const a: Garble[] = [];
        const b: Garble[] = [];
        findCharGarbles(text, a);
        findCharGarblesPlain(text, b);
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      }),
      { numRuns: 3000 },
    );
  });
  it('equals the plain loop on every unit alone and in pairs', () => {
    for (const x of UNITS) {
      for (const y of UNITS) {
        const text = String.fromCharCode(x, y, x);
        const a: Garble[] = [];
        const b: Garble[] = [];
        findCharGarbles(text, a);
        findCharGarblesPlain(text, b);
        expect(a).toEqual(b);
      }
    }
  });
});
