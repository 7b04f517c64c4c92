// The unzip thread (the built dist of unzip.ts) against the same reader on this thread: the same
// members in the same order, the junk it skipped counted, damage reported, and a consumer that
// stops early ends the thread.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Input } from './inputs';
import { AHEAD, readZip, zipInputs } from './zip-inputs';

const root = fileURLToPath(new URL('../../', import.meta.url));
// built inside the repository so the bundle's npm imports (fflate) resolve from node_modules
mkdirSync(join(root, 'node_modules/.tmp'), { recursive: true });
const dist = mkdtempSync(join(root, 'node_modules/.tmp/gouji-unzip-dist-'));
const unzipUrl = pathToFileURL(join(dist, 'unzip.js'));

beforeAll(() => {
  const r = spawnSync(process.execPath, ['scripts/build-cli.mjs', '--quiet', '--outdir', dist], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`CLI build failed: ${r.stderr}`);
}, 120_000);
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const text = (i: Input) => ('bytes' in i ? new TextDecoder().decode(i.bytes) : 'error' in i ? i.error.code : i.path);

async function collect(gen: AsyncGenerator<Input>, stopAfter = Infinity): Promise<Input[]> {
  const out: Input[] = [];
  for await (const i of gen) {
    out.push(i);
    if (out.length >= stopAfter) break;
  }
  return out;
}

describe('a zip inflated on its own thread', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'gouji-zip-inputs-'));
  const members: Record<string, Uint8Array> = { '__MACOSX/._a.txt': strToU8('junk') };
  for (let i = 0; i < 3 * AHEAD + 1; i++) members[`r/${String(i).padStart(2, '0')}.txt`] = strToU8(`report ${i} `.repeat(200 + i));
  const zip = join(dir, 'many.zip');
  writeFileSync(zip, zipSync(members));

  it('gives the members, in order, that the reader gives on this thread', async () => {
    const here = { skipped: 0 };
    const there = { skipped: 0 };
    const expected = await collect(readZip(zip, here));
    const got = await collect(zipInputs(zip, there, unzipUrl));
    expect(got.map((i) => i.file)).toEqual(expected.map((i) => i.file));
    expect(got.map(text)).toEqual(expected.map(text));
    expect(got).toHaveLength(3 * AHEAD + 1);
    expect(there.skipped).toBe(1);
    expect(here.skipped).toBe(1);
  });

  it('reports a damaged archive the same way', async () => {
    const bad = join(dir, 'bad.zip');
    writeFileSync(bad, 'PK\u0003\u0004 this is not really a zip');
    const expected = await collect(readZip(bad, { skipped: 0 }));
    const got = await collect(zipInputs(bad, { skipped: 0 }, unzipUrl));
    expect(got).toEqual(expected);
    expect(got.at(-1)).toMatchObject({ file: bad, error: { ok: false } });
  });

  it('ends the thread when the consumer stops early', async () => {
    const got = await collect(zipInputs(zip, { skipped: 0 }, unzipUrl), 2);
    expect(got.map((i) => i.file)).toEqual([`${zip}/r/00.txt`, `${zip}/r/01.txt`]);
  });
});
