import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { readZipStream } from './unzip';

async function* chunks(bytes: Uint8Array, size = 5): AsyncIterable<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}

describe('readZipStream (the page\'s zips, on the core reader)', () => {
  it('reads members in sub-folders from small chunks, lists system files', async () => {
    const zip = zipSync({ 'a.txt': strToU8('一'), 'dir/': new Uint8Array(0), 'dir/b.html': strToU8('<p>二</p>'), '__MACOSX/._a.txt': strToU8('x') });
    const { members, skipped } = await readZipStream(chunks(zip));
    expect(members.map((m) => m.path).sort()).toEqual(['a.txt', 'dir/b.html']);
    expect(new TextDecoder().decode(members.find((m) => m.path === 'a.txt')!.bytes)).toBe('一');
    expect(skipped).toEqual([{ path: '__MACOSX/._a.txt', reason: 'systemFile' }]);
  });

  it('each member owns its buffer (it is transferred alone)', async () => {
    const zip = zipSync({ 'a.txt': [strToU8('甲'.repeat(50)), { level: 0 }], 'b.txt': [strToU8('乙'.repeat(50)), { level: 0 }] });
    const { members } = await readZipStream(chunks(zip, 1 << 16));
    for (const m of members) expect(new TextDecoder().decode(m.bytes)).toMatch(/^(甲{50}|乙{50})$/);
  });

  it('throws on bytes that are not a zip, and on an empty input', async () => {
    await expect(readZipStream(chunks(new Uint8Array([1, 2, 3, 4])))).rejects.toThrow();
    await expect(readZipStream(chunks(new Uint8Array(0)))).rejects.toThrow();
  });

  it('decodes GBK names stored without the UTF-8 flag', async () => {
    // 报告 in GBK: B1 A8 B8 E6; fflate writes the name's code units as bytes when given Latin-1
    const zip = zipSync({ '\u00b1\u00a8\u00b8\u00e6.txt': strToU8('x') });
    const { members } = await readZipStream(chunks(zip));
    expect(members.map((m) => m.path)).toEqual(['报告.txt']);
  });
});
