// End to end: the command line as researchers run it — the built JavaScript (dist-cli/, built
// here first so the tests see the current sources), spawned in a child process.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import schema from '../core/export/report.schema.json';
import { inspectBytes } from '../core/inspect';
import { reportJsonText } from '../core/export/report-json';
import { batchDocument, batchItem, buildChains, summaryCsv, type BatchDocument, type SummaryRow } from '../core/batch';
import { generateBatchSet } from '../core/testing/batch-set';
import { USAGE_LINE } from './args';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sample = (name: string) => join(root, 'fixtures/samples', name);
const validate = new Ajv().compile(schema);
const bin = join(root, 'dist-cli/inspect.js');

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000, input });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'gouji-cli-'));

beforeAll(() => {
  const r = spawnSync(process.execPath, ['scripts/build-cli.mjs', '--quiet'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`CLI build failed: ${r.stderr}`);
}, 120_000);

describe('npm run -s inspect', { timeout: 120_000 }, () => {
  it('runs the built JavaScript through npm', () => {
    const r = spawnSync('npm', ['run', '-s', 'inspect', '--', '--help'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(USAGE_LINE);
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.inspect).toBe('node dist-cli/inspect.js');
  });

  it('writes one document per file, batch.json, an error document for a bad one, and exits 1', () => {
    const out = tmp();
    const empty = join(out, 'empty.txt');
    writeFileSync(empty, '');
    const dir = join(out, 'docs');
    const r = cli(['--out', dir, sample('hainan-provincial-police-2020-traditional.txt'), empty, sample('bachu-county-police-2023.txt')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('empty.txt');
    expect(readdirSync(dir).sort()).toEqual(['bachu-county-police-2023.json', 'batch.json', 'empty.json', 'hainan-provincial-police-2020-traditional.json']);
    const hainan = JSON.parse(readFileSync(join(dir, 'hainan-provincial-police-2020-traditional.json'), 'utf8'));
    expect(validate(hainan)).toBe(true);
    expect(hainan.source).toMatchObject({ name: 'hainan-provincial-police-2020-traditional.txt', bytes: 10770 });
    expect(hainan.meta).toMatchObject({ agency: '海南省公安厅', year: 2020 });
    const bad = JSON.parse(readFileSync(join(dir, 'empty.json'), 'utf8'));
    expect(validate(bad)).toBe(true);
    expect(typeof bad.error).toBe('string');
    const batch = JSON.parse(readFileSync(join(dir, 'batch.json'), 'utf8')) as BatchDocument;
    expect(batch.schema).toBe('gouji.batch/1');
    expect(batch.reports.map((x) => [x.json, x.error === null])).toEqual([
      ['hainan-provincial-police-2020-traditional.json', true], ['empty.json', false], ['bachu-county-police-2023.json', true],
    ]);
  });

  it('prints a single file to stdout, the same document the browser builds', async () => {
    const file = sample('ziyang-county-police-2020.txt');
    const r = cli([file]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const bytes = new Uint8Array(readFileSync(file));
    expect(r.stdout).toBe(reportJsonText(await inspectBytes(bytes, 'ziyang-county-police-2020.txt')));
  });

  it('leaves text and cleanedText out with --no-text', () => {
    const doc = JSON.parse(cli(['--no-text', sample('ziyang-county-police-2020.txt')]).stdout);
    expect(doc.text).toBeUndefined();
    expect(doc.cleanedText).toBeUndefined();
    expect(doc.textOmitted).toBe(true);
    expect(validate(doc)).toBe(true);
    expect(doc.meta.agency).toBe('紫阳县公安局');
  });

  it('writes the batch\'s documents without text with --no-text (2 threads), and says where the time went with --times', () => {
    const dir = join(tmp(), 'docs');
    const r = cli(['--out', dir, '--no-text', '--times', '--jobs', '2', sample('ziyang-county-police-2020.txt'), sample('bachu-county-police-2023.txt')]);
    expect(r.status).toBe(0);
    for (const name of ['ziyang-county-police-2020.json', 'bachu-county-police-2023.json']) {
      const doc = JSON.parse(readFileSync(join(dir, name), 'utf8'));
      expect(doc.text).toBeUndefined();
      expect(doc.cleanedText).toBeUndefined();
      expect(doc.textOmitted).toBe(true);
      expect(validate(doc)).toBe(true);
    }
    expect(r.stderr).toMatch(/times \(ms.*summed over 2 reports: read \d+, inspect \d+ \+ \d+ .*JSON \d+, write \d+.*main thread: .*chains \d+, batch\.json \d+/);
  });

  it('reports missing and binary files, with a usage line for the missing PATH, and still processes the rest', () => {
    const dir = tmp();
    const png = join(dir, 'scan.png');
    writeFileSync(png, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
    const r = cli(['--out', dir, join(dir, 'no-such-report.txt'), png, sample('haidong-city-police-2019.txt')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no-such-report.txt');
    expect(r.stderr).toContain('scan.png');
    expect(r.stderr).toContain(USAGE_LINE);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(JSON.parse(readFileSync(join(dir, 'scan.json'), 'utf8'))).toMatchObject({ schema: 'gouji.report/1', error: expect.any(String) });
    expect(JSON.parse(readFileSync(join(dir, 'no-such-report.json'), 'utf8'))).toMatchObject({ code: 'file.notFound', error: expect.stringMatching(/^文件不存在/) });
    expect(JSON.parse(readFileSync(join(dir, 'haidong-city-police-2019.json'), 'utf8')).meta.agency).toBe('海东市公安局');
  });

  it('exits 0 when every file was read, 2 with a usage line on unknown flags and bad arguments', () => {
    expect(cli(['--out', tmp(), sample('pingtan-2021-flattened.txt')]).status).toBe(0);
    for (const args of [[], ['--verbose', sample('pingtan-2021-flattened.txt')], ['--jobs', '0', 'x'], [join(root, 'fixtures/samples')]]) {
      const r = cli(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(USAGE_LINE);
      expect(r.stdout).toBe('');
    }
  });

  it('exits quietly with status 0 when its output pipe closes (| head)', () => {
    // a document far larger than a pipe's buffer, so the writer meets the closed pipe
    const dir = tmp();
    const big = join(dir, 'big.txt');
    writeFileSync(big, readFileSync(sample('ziyang-county-police-2020.txt'), 'utf8').repeat(60));
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" "${big}" | head -c 100 >/dev/null; echo "status=\${PIPESTATUS[0]}"`], { encoding: 'utf8', timeout: 120_000 });
    expect(r.stdout.trim()).toBe('status=0');
    expect(r.stderr).toBe('');
  });
});

/** a folder of reports: the fixtures plus a generated chain with a planted carry-over break */
function fixtureFolder(): { dir: string; planted: string[]; files: string[] } {
  const dir = tmp();
  const files: string[] = [];
  for (const f of ['pingtan-2020-flattened.txt', 'pingtan-2021-flattened.txt', 'ziyang-county-police-2020.txt', 'shanghai-gov-office-2019.html']) {
    mkdirSync(join(dir, 'real'), { recursive: true });
    copyFileSync(sample(f), join(dir, 'real', f));
    files.push(`real/${f}`);
  }
  const set = generateBatchSet({ reports: 4, years: 4, breakEvery: 2, seed: 3 });
  for (const f of set.files) {
    mkdirSync(join(dir, 'gen', f.name.split('/')[0]), { recursive: true });
    writeFileSync(join(dir, 'gen', f.name), f.bytes);
    files.push(`gen/${f.name}`);
  }
  writeFileSync(join(dir, 'real', 'broken.pdf'), '%PDF-1.7\n1 0 obj <<>> garbage\n%%EOF');
  files.push('real/broken.pdf');
  writeFileSync(join(dir, '.hidden.txt'), 'skipped');
  return { dir, planted: set.plantedBreaks, files: files.sort() };
}

async function inProcess(dir: string, files: string[], prefix: string) {
  const items = [];
  for (const f of files) {
    const doc = await inspectBytes(new Uint8Array(readFileSync(join(dir, f))), f.split('/').pop() as string);
    items.push(batchItem(doc, `${prefix}${f}`));
  }
  return { rows: items.map((i) => i.row), chains: buildChains(items.map((i) => i.chain)) };
}

const withoutJson = (rows: SummaryRow[]) => rows.map((r) => ({ ...r, json: null }));

describe('a batch: the CLI against the same core in-process', { timeout: 180_000 }, () => {
  it('gives the same rows, chains and summary CSV for a folder (2 jobs) as the core run in-process', async () => {
    const { dir, planted, files } = fixtureFolder();
    expect(planted).toHaveLength(1);
    const out = join(dir, '..', `${dir.split('/').pop()}-out`);
    const csv = join(out, 'summary.csv');
    mkdirSync(out, { recursive: true });
    const r = cli(['--out', out, '--summary', csv, '--jobs', '2', dir]);
    expect(r.status).toBe(1); // broken.pdf
    expect(r.stderr).toContain('broken.pdf');
    expect(r.stderr).toMatch(/hidden files? skipped/);
    expect(r.stderr).toContain('(2 worker threads)');
    const batch = JSON.parse(readFileSync(join(out, 'batch.json'), 'utf8')) as BatchDocument;
    const mine = await inProcess(dir, files, `${dir}/`);
    expect(batch.reports.map((x) => x.file)).toEqual(files.map((f) => `${dir}/${f}`));
    const expected = batchDocument(mine.rows, mine.chains);
    expect(batch.chains).toEqual(expected.chains);
    expect(batch.reports.map((x) => ({ ...x, json: null }))).toEqual(expected.reports.map((x) => ({ ...x, json: null })));
    // every report's document is where its row says
    for (const x of batch.reports) expect(JSON.parse(readFileSync(join(out, x.json as string), 'utf8')).schema).toBe('gouji.report/1');
    // the planted break is the one failing carry-over link of the generated body
    const gen = batch.chains.find((c) => c.reports.some((x) => x.file.includes('/gen/')));
    expect(gen?.checks.filter((c) => c.status === 'fail').map((c) => `${gen.agency} ${c.from}→${c.to} ${c.id}`)).toEqual(planted);
    // the summary CSV is the core's, byte for byte
    const json = batch.reports.map((x) => x.json);
    expect(readFileSync(csv, 'utf8')).toBe(summaryCsv(withoutJson(mine.rows).map((row, i) => ({ ...row, json: json[i] }))));
  });

  it('reads a .zip as a stream of members, with the same results (1 job)', async () => {
    const { dir, files } = fixtureFolder();
    const zip = join(dir, '..', `${dir.split('/').pop()}.zip`);
    writeFileSync(zip, zipSync(Object.fromEntries(files.map((f) => [f, new Uint8Array(readFileSync(join(dir, f)))]))));
    const csv = join(dir, '..', `${dir.split('/').pop()}-zip.csv`);
    const r = cli(['--summary', csv, '--jobs', '1', zip]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('(one thread)');
    const mine = await inProcess(dir, files, `${zip}/`);
    const got = readFileSync(csv, 'utf8');
    expect(got).toBe(summaryCsv(mine.rows));
    expect(got.split('\r\n')).toHaveLength(files.length + 2);
  });
});
