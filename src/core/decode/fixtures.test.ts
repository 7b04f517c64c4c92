// The decoder fixtures of issue 9: Big5 with HKSCS characters decodes as browsers decode it
// (the WHATWG big5 index) in Node too; a UTF-8 report with a stray byte is read, the byte a
// U+FFFD that the garble detector flags; a UTF-16 file cut inside a character says so.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeInput } from './index';
import { decodeTextBytes } from './encoding';
import { inspectBytes, isErrorDocument } from '../inspect';

const FIXTURES = new URL('../../../fixtures/decode/', import.meta.url);
const bytesOf = (name: string) => new Uint8Array(readFileSync(new URL(name, FIXTURES)));

describe('Big5 with HKSCS characters', () => {
  it('decodes every fixture to its expected text (the WHATWG big5 index, as browsers do)', () => {
    for (const [file, expected] of [
      ['hkscs.big5.txt', 'hkscs.big5-expected.txt'],
      ['hainan.big5.txt', 'hainan.big5-expected.txt'],
    ] as const) {
      const got = decodeTextBytes(bytesOf(file));
      expect(got.ok && got.value.encoding).toBe('big5');
      expect(got.ok && got.value.text).toBe(readFileSync(new URL(expected, FIXTURES), 'utf8'));
    }
  });

  it('gives 减 户 羣 where a private-use decoder would not (differential against the expected text)', () => {
    const got = decodeTextBytes(bytesOf('hkscs.big5.txt'));
    if (!got.ok) throw new Error(got.reason);
    for (const ch of '减户羣') expect(got.value.text).toContain(ch);
    expect(/[\ue000-\uf8ff]/.test(got.value.text)).toBe(false);
  });

  it('reads the agency with its HKSCS character', async () => {
    const doc = await inspectBytes(bytesOf('hkscs.big5.txt'), 'hkscs.big5.txt');
    if (isErrorDocument(doc)) throw new Error(doc.error);
    expect(doc.meta.agency).toBe('香港群众服务中心'); // simplified (羣 is a variant of 群)
    expect(doc.meta.year).toBe(2023);
  }, 60_000);
});

describe('UTF-8 with a stray byte', () => {
  it('is read as UTF-8 with the byte as U+FFFD, flagged as a replacement garble, and the rest read', async () => {
    const decoded = await decodeInput(bytesOf('stray-byte.utf8.txt'), 'stray-byte.utf8.txt');
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(decoded.value.encoding).toBe('utf-8');
    expect(decoded.value.text.split('\ufffd')).toHaveLength(2);
    expect(decoded.value.warnings).toMatchObject([{ code: 'decode.badUtf8', message: expect.stringContaining('U+FFFD') }]);
    const doc = await inspectBytes(bytesOf('stray-byte.utf8.txt'), 'stray-byte.utf8.txt');
    if (isErrorDocument(doc)) throw new Error(doc.error);
    const at = doc.text.indexOf('\ufffd');
    expect(doc.garbles.some((g) => g.kind === 'replacement' && g.span[0] <= at && at < g.span[1])).toBe(true);
    expect([doc.meta.agency, doc.meta.year]).toEqual(['青石县公安局', 2023]);
  }, 60_000);

  it('still refuses legacy-encoded text read as UTF-8 (mostly U+FFFD)', () => {
    const gbk = new Uint8Array([0xd5, 0xfe, 0xb8, 0xae, 0xd0, 0xc5, 0xcf, 0xa2, 0xb9, 0xab, 0xbf, 0xaa]);
    const got = decodeTextBytes(gbk);
    expect(got.ok && got.value.encoding).not.toBe('utf-8');
  });
});

describe('UTF-16 cut inside a character', () => {
  it('says so instead of dropping the half character silently', async () => {
    const decoded = await decodeInput(bytesOf('cut.utf16le.txt'), 'cut.utf16le.txt');
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(decoded.value.encoding).toBe('utf-16le');
    expect(decoded.value.text.endsWith('本局收到申请12')).toBe(true);
    expect(decoded.value.warnings).toMatchObject([{ code: 'decode.cutInCharacter' }]);
  });

  it('names the dropped bytes by their place in the file (the BOM counted)', () => {
    const le = (t: string) => new Uint8Array(Buffer.from(t, 'utf16le'));
    const bom = [0xff, 0xfe];
    const cases: [Uint8Array, { from: number; to: number; bytes: string }][] = [
      // an odd last byte
      [new Uint8Array([...bom, ...le('报告12'), 0x34]), { from: 10, to: 10, bytes: '0x34' }],
      // a high surrogate without its pair (𠀀 is D840 DC00)
      [new Uint8Array([...bom, ...le('报告12'), 0x40, 0xd8]), { from: 10, to: 11, bytes: '0x40 0xD8' }],
      // both: the surrogate and half of its pair
      [new Uint8Array([...bom, ...le('报告12'), 0x40, 0xd8, 0x00]), { from: 10, to: 12, bytes: '0x40 0xD8 0x00' }],
    ];
    for (const [bytes, params] of cases) {
      const got = decodeTextBytes(bytes);
      if (!got.ok) throw new Error(got.reason);
      expect(got.value.text).toBe('报告12');
      expect(got.value.warnings).toMatchObject([{ code: 'decode.cutInCharacter', params }]);
    }
    expect(decodeTextBytes(cases[1]![0]).ok && (decodeTextBytes(cases[1]![0]) as { value: { warnings: { message: string }[] } }).value.warnings[0]!.message).toContain('第 10–11 字节（0x40 0xD8，从 0 起数）');
  });

  it('says nothing for a whole file', async () => {
    const whole = bytesOf('cut.utf16le.txt').subarray(0, 80);
    const decoded = await decodeInput(whole, 'whole.txt');
    expect(decoded.ok && decoded.value.warnings).toEqual([]);
  });
});
