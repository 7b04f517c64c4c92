import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { countInputs, expand, type Input } from './inputs';

async function all(paths: string[]) {
  const stats = { skipped: 0 };
  const out: Input[] = [];
  for await (const i of expand(paths, stats)) out.push(i);
  return { out, stats };
}

describe('inputs', () => {
  it('walks folders in order, skips hidden entries, streams zip members, and counts ahead', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gouji-inputs-'));
    mkdirSync(join(dir, 'b', 'c'), { recursive: true });
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'b', 'c', '2.txt'), 'x');
    writeFileSync(join(dir, 'a.txt'), 'x');
    writeFileSync(join(dir, '.DS_Store'), 'x');
    writeFileSync(join(dir, '.git', 'HEAD'), 'x');
    const zip = join(dir, '..', `${dir.split('/').pop()}.zip`);
    writeFileSync(zip, zipSync({ 'm/1.txt': strToU8('one'), '__MACOSX/m/._1.txt': strToU8('junk') }));
    const missing = join(dir, 'nope.txt');
    expect(await countInputs([dir, missing])).toBe(3);
    expect(await countInputs([dir, zip])).toBeNull();
    const { out, stats } = await all([dir, zip, missing]);
    expect(out.map((i) => i.file)).toEqual([join(dir, 'a.txt'), join(dir, 'b', 'c', '2.txt'), `${zip}/m/1.txt`, missing]);
    expect(stats.skipped).toBe(3); // .DS_Store, .git, the zip's __MACOSX member
    expect(new TextDecoder().decode((out[2] as { bytes: Uint8Array }).bytes)).toBe('one');
    expect(out[3]).toMatchObject({ missing: true, error: { code: 'file.notFound' } });
  });

  it('streams a zip found inside a folder and follows a link to a file, with the names the listing gave', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gouji-inputs-'));
    writeFileSync(join(dir, 'in.zip'), zipSync({ 'y.txt': strToU8('zipped') }));
    writeFileSync(join(dir, 'real.txt'), 'x');
    symlinkSync(join(dir, 'real.txt'), join(dir, 'link.txt'));
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
    const { out } = await all([dir]);
    expect(out.map((i) => [i.file, i.base])).toEqual([
      [join(dir, 'dangling.txt'), 'dangling.txt'],
      [`${join(dir, 'in.zip')}/y.txt`, 'y.txt'],
      [join(dir, 'link.txt'), 'link.txt'],
      [join(dir, 'real.txt'), 'real.txt'],
    ]);
    expect(out[0]).toMatchObject({ error: { code: 'file.notFound' } });
    expect(out[0]).not.toMatchObject({ missing: true }); // only a PATH given on the command line is "missing"
    expect(out[2]).toEqual({ file: join(dir, 'link.txt'), base: 'link.txt', path: join(dir, 'link.txt') });
    expect(out[3]).toEqual({ file: join(dir, 'real.txt'), base: 'real.txt', path: join(dir, 'real.txt') });
  });

  it('gives a damaged zip an error row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gouji-inputs-'));
    const bad = join(dir, 'bad.zip');
    writeFileSync(bad, 'PK\u0003\u0004 this is not really a zip');
    const { out } = await all([bad]);
    expect(out.at(-1)).toMatchObject({ file: bad, error: { ok: false, reason: expect.any(String) } });
  });
});
