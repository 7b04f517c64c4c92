import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { readZip, fixName } from './unzip';

describe('readZip', () => {
  it('reads members in sub-folders, skips directories', () => {
    const zip = zipSync({ 'a.txt': strToU8('一'), 'dir/': new Uint8Array(0), 'dir/b.html': strToU8('<p>二</p>') });
    const { members, skipped } = readZip(zip);
    expect(members.map((m) => m.path).sort()).toEqual(['a.txt', 'dir/b.html']);
    expect(new TextDecoder().decode(members.find((m) => m.path === 'a.txt')!.bytes)).toBe('一');
    expect(skipped).toEqual([]);
  });

  it('throws on bytes that are not a zip', () => {
    expect(() => readZip(new Uint8Array([1, 2, 3, 4]))).toThrow();
  });

  it('decodes GBK names stored without the UTF-8 flag', () => {
    // 报告 in GBK: B1 A8 B8 E6, read by fflate as Latin-1
    expect(fixName('\u00b1\u00a8\u00b8\u00e6.txt')).toBe('报告.txt');
    expect(fixName('plain.txt')).toBe('plain.txt');
    expect(fixName('报告.txt')).toBe('报告.txt');
  });
});
