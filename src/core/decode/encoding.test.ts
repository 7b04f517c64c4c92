import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { badShare, decodeTextBytes, scoreText } from './encoding';
import { encodeLegacy, encodeUtf16 } from '../testing/legacy-encoder';

const SAMPLES = new URL('../../../fixtures/samples/', import.meta.url);
const FIXTURES = new URL('../../../fixtures/decode/', import.meta.url);
const samples = readdirSync(SAMPLES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ name: f, text: readFileSync(new URL(f, SAMPLES), 'utf8') }));
const traditional = samples.filter((s) => s.name.includes('traditional'));
const utf8 = (s: string) => new TextEncoder().encode(s);
const cat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

function decoded(bytes: Uint8Array) {
  const r = decodeTextBytes(bytes);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}

describe('byte-order marks', () => {
  const text = '一、总体情况\r\n本年度共收到申请 12 件。\n';
  it('drops a UTF-8 BOM and keeps everything else (CRLF included)', () => {
    expect(decoded(cat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(text)))).toEqual({ text, encoding: 'utf-8' });
  });
  it('reads UTF-16LE and UTF-16BE with a BOM', () => {
    expect(decoded(cat(new Uint8Array([0xff, 0xfe]), encodeUtf16(text, 'le')))).toEqual({ text, encoding: 'utf-16le' });
    expect(decoded(cat(new Uint8Array([0xfe, 0xff]), encodeUtf16(text, 'be')))).toEqual({ text, encoding: 'utf-16be' });
  });
  it('keeps a U+FEFF that is not at the start', () => {
    const t = 'ab\uFEFFcd';
    expect(decoded(utf8(t)).text).toBe(t);
  });
});

describe('UTF-8', () => {
  it.each(samples)('decodes $name exactly', ({ text }) => {
    expect(decoded(utf8(text))).toEqual({ text, encoding: 'utf-8' });
  });
  it('decodes ASCII-only and very short text as UTF-8', () => {
    expect(decoded(utf8('12'))).toEqual({ text: '12', encoding: 'utf-8' });
    expect(decoded(utf8('年'))).toEqual({ text: '年', encoding: 'utf-8' });
  });
});

describe('GB18030 (from GBK bytes) without BOM', () => {
  const gbk = samples.filter((s) => encodeLegacy(s.text, 'gb18030').missing === 0);
  it('has samples to test', () => expect(gbk.length).toBeGreaterThanOrEqual(5));
  it.each(gbk)('decodes $name exactly', ({ text }) => {
    expect(decoded(encodeLegacy(text, 'gb18030').bytes)).toEqual({ text, encoding: 'gb18030' });
  });
  it('decodes four-byte GB18030 sequences (the label is gb18030, not gbk)', () => {
    // 𠀀 U+20000 = 95 32 82 36; € = A2 E3 in GB18030
    const bytes = cat(encodeLegacy('政府信息公开工作年度报告', 'gb18030').bytes, new Uint8Array([0x95, 0x32, 0x82, 0x36]));
    expect(decoded(bytes)).toEqual({ text: '政府信息公开工作年度报告\u{20000}', encoding: 'gb18030' });
  });
  it('decodes a file made by iconv', () => {
    const bytes = new Uint8Array(readFileSync(new URL('haidong.gb18030.txt', FIXTURES)));
    const expected = readFileSync(new URL('haidong.expected.txt', FIXTURES), 'utf8');
    expect(decoded(bytes)).toEqual({ text: expected, encoding: 'gb18030' });
  });
});

describe('Big5 without BOM', () => {
  it.each(traditional)('decodes $name (Big5-encodable characters) exactly', ({ text }) => {
    const { bytes, kept } = encodeLegacy(text, 'big5');
    expect(decoded(bytes)).toEqual({ text: kept, encoding: 'big5' });
  });
  it('decodes a file made by iconv', () => {
    const bytes = new Uint8Array(readFileSync(new URL('hainan.big5.txt', FIXTURES)));
    const expected = readFileSync(new URL('hainan.big5-expected.txt', FIXTURES), 'utf8');
    expect(decoded(bytes)).toEqual({ text: expected, encoding: 'big5' });
  });
});

describe('short input', () => {
  // Phrases of 4–8 characters as a title or a table label would be.
  const simplified = ['政府信息公开', '年度报告', '行政复议情况', '本年新收申请数量', '总体情况', '予以公开'];
  const trad = ['政府資訊公開', '年度報告', '行政複議情況', '本年新收申請數量', '總體情況', '予以公開'];
  it.each(simplified)('GB18030: %s', (s) => {
    expect(decoded(encodeLegacy(s, 'gb18030').bytes)).toEqual({ text: s, encoding: 'gb18030' });
  });
  it.each(trad)('Big5: %s', (s) => {
    expect(decoded(encodeLegacy(s, 'big5').bytes)).toEqual({ text: s, encoding: 'big5' });
  });
  it.each(simplified)('UTF-16LE/BE without BOM: %s', (s) => {
    const t = `${s} 2020`;
    expect(decoded(encodeUtf16(t, 'le'))).toEqual({ text: t, encoding: 'utf-16le' });
    expect(decoded(encodeUtf16(t, 'be'))).toEqual({ text: t, encoding: 'utf-16be' });
  });
});

describe('legacy encodings after a long ASCII preamble', () => {
  it('judges Big5 on its first non-ASCII bytes, not on the first 64 KB', () => {
    const preamble = 'Annual report, copied from a web page. 0123456789\n'.repeat(2000);
    const { bytes, kept } = encodeLegacy(`${preamble}${traditional[0].text}`, 'big5');
    expect(decoded(bytes)).toEqual({ text: kept, encoding: 'big5' });
  });
});

describe('UTF-16 without BOM', () => {
  it.each(samples)('decodes $name exactly in both byte orders', ({ text }) => {
    expect(decoded(encodeUtf16(text, 'le'))).toEqual({ text, encoding: 'utf-16le' });
    expect(decoded(encodeUtf16(text, 'be'))).toEqual({ text, encoding: 'utf-16be' });
  });
});

describe('UTF-16 without BOM, few ASCII characters', () => {
  // Han characters with a low byte of 0 (一 U+4E00, 丰 U+4E30, 中 U+4E2D is not one) put their
  // NUL on the side opposite to ASCII's: a short report dense in them has no 3:1 NUL majority.
  const text = '一、总体情况\n一年来，本单位一以贯之推进政务公开，丰富公开内容，一是规范主动公开，一是加强依申请公开。2019年共收到申请一件。\n';
  it.each(['le', 'be'] as const)('reads it in byte order %s by how the text reads', (order) => {
    const bytes = encodeUtf16(text, order);
    let even = 0;
    let odd = 0;
    bytes.forEach((b, i) => b === 0 && (i & 1 ? odd++ : even++));
    expect(Math.max(even, odd)).toBeLessThan(3 * Math.min(even, odd)); // the case this is about
    expect(decoded(bytes)).toEqual({ text, encoding: order === 'le' ? 'utf-16le' : 'utf-16be' });
  });
});

describe('bad input', () => {
  it('refuses bytes with NULs that are not UTF-16 text', () => {
    const bytes = new Uint8Array(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + (i >> 3)) & 0xff;
    const r = decodeTextBytes(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r).toMatchObject({ code: 'decode.binary', reason: expect.stringMatching(/二进制/) });
  });
  it('refuses high bytes that decode to noise in every encoding', () => {
    let seed = 12345;
    const bytes = new Uint8Array(8192).map(() => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return 0x80 + (seed % 128);
    });
    const r = decodeTextBytes(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r).toMatchObject({ code: 'decode.unknownEncoding', reason: expect.stringMatching(/乱码/) });
  });
  it('refuses UTF-8 that is mostly control characters', () => {
    const bytes = new Uint8Array(2000).map((_, i) => (i % 3 === 0 ? 0x41 : 1 + (i % 8)));
    expect(decodeTextBytes(bytes).ok).toBe(false);
  });
});

describe('scoreText', () => {
  it('scores Chinese high and a wrong decoding low', () => {
    const text = samples[0].text;
    expect(scoreText(text).score).toBeGreaterThan(0.6);
    const wrong = new TextDecoder('big5').decode(encodeLegacy(text, 'gb18030').bytes);
    expect(scoreText(wrong).score).toBeLessThan(0.2);
  });
});

describe('badShare', () => {
  it('is 0 exactly when no character is bad, whatever the mix', () => {
    // The loop alone, as it was before the regex shortcut.
    const slow = (text: string) => {
      let bad = 0;
      let n = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 32 || c === 9 || c === 10 || c === 13) continue;
        n++;
        if (c === 0xfffd || (c < 0x20 && c !== 12) || (c >= 0x7f && c < 0xa0) || (c >= 0xe000 && c <= 0xf8ff)) bad++;
      }
      return n ? bad / n : 0;
    };
    for (let c = 0; c < 0x10000; c++) {
      const s = `中${String.fromCharCode(c)}文`;
      expect(badShare(s)).toBe(slow(s));
    }
  });
});
