import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isJunkMember, memberName, zipReader, type ZipMember } from './zip';

function readAll(zip: Uint8Array, chunk = 7, max?: number) {
  const members: ZipMember[] = [];
  const skipped: string[] = [];
  const r = zipReader((m) => members.push(m), (n) => skipped.push(n), max);
  let thrown: string | null = null;
  try {
    for (let i = 0; i < zip.length; i += chunk) r.push(zip.subarray(i, i + chunk), i + chunk >= zip.length);
  } catch (e) {
    thrown = (e as Error).message;
  }
  const archiveError = r.finish() ?? thrown;
  return { members, skipped, archiveError };
}

describe('zip reader', () => {
  it('streams members out of an archive pushed in small chunks', () => {
    const zip = zipSync({
      'a/报告2021.txt': strToU8('第一份'),
      'a/b/stored.txt': [strToU8('x'.repeat(1000)), { level: 0 }],
      '__MACOSX/a/._报告2021.txt': strToU8('junk'),
      'a/.DS_Store': strToU8('junk'),
    });
    const { members, skipped } = readAll(zip);
    expect(members.map((m) => [m.name, m.bytes && new TextDecoder().decode(m.bytes).slice(0, 3)])).toEqual([
      ['a/报告2021.txt', '第一份'],
      ['a/b/stored.txt', 'xxx'],
    ]);
    expect(skipped).toEqual(['__MACOSX/a/._报告2021.txt', 'a/.DS_Store']);
  });

  it('refuses a member over the size limit without reading it whole', () => {
    const zip = zipSync({ 'big.txt': new Uint8Array(5000), 'small.txt': strToU8('ok') });
    const { members } = readAll(zip, 64, 1000);
    expect(members[0]).toMatchObject({ name: 'big.txt', bytes: null, error: { code: 'zip.memberTooLarge', params: { limitBytes: 1000 }, reason: expect.stringContaining('1000') } });
    expect(members[1]).toMatchObject({ name: 'small.txt', error: null });
  });

  it('never drops a member silently: a truncated archive and a non-archive are errors', () => {
    const zip = zipSync({ 'a.txt': strToU8('first'), 'b.txt': [strToU8('second '.repeat(500)), { level: 0 }] });
    const cut = readAll(zip.subarray(0, zip.length - 300), 64);
    expect(cut.members.map((m) => [m.name, m.error === null])).toEqual([['a.txt', true], ['b.txt', false]]);
    expect(cut.members[1].error).toMatchObject({ code: 'zip.memberCut' });
    expect(readAll(strToU8('PK\u0003\u0004 not a zip at all')).archiveError).toMatchObject({ code: 'zip.noMember' });
    expect(readAll(zip).archiveError).toBeNull();
  });

  it('decodes GBK member names stored without the UTF-8 flag', () => {
    const gbkBytes = [0xb1, 0xa8, 0xb8, 0xe6]; // 报告 in GBK
    expect(memberName(String.fromCharCode(...gbkBytes) + '.txt')).toBe('报告.txt');
    expect(memberName('报告.txt')).toBe('报告.txt');
    const utf8 = new TextEncoder().encode('报告.txt');
    expect(memberName(String.fromCharCode(...utf8))).toBe('报告.txt');
    expect(isJunkMember('dir/')).toBe(true);
  });
});
