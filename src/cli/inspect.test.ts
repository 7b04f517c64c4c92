// End to end: the command line as researchers run it, spawned in a child process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import schema from '../core/export/report.schema.json';
import { inspectBytes } from '../core/inspect';
import { reportJsonText } from '../core/export/report-json';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sample = (name: string) => join(root, 'fixtures/samples', name);
const validate = new Ajv().compile(schema);

function cli(args: string[]) {
  const r = spawnSync('npm', ['run', '-s', 'inspect', '--', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run -s inspect', { timeout: 60_000 }, () => {
  it('writes one document per file, an error document for a bad one, and exits 1', () => {
    const out = mkdtempSync(join(tmpdir(), 'gouji-cli-'));
    const empty = join(out, 'empty.txt');
    writeFileSync(empty, '');
    const dir = join(out, 'docs');
    const r = cli(['--out', dir, sample('hainan-provincial-police-2020-traditional.txt'), empty, sample('bachu-county-police-2023.txt')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('empty.txt');
    expect(readdirSync(dir).sort()).toEqual(['bachu-county-police-2023.json', 'empty.json', 'hainan-provincial-police-2020-traditional.json']);
    const hainan = JSON.parse(readFileSync(join(dir, 'hainan-provincial-police-2020-traditional.json'), 'utf8'));
    expect(validate(hainan)).toBe(true);
    expect(hainan.source).toMatchObject({ name: 'hainan-provincial-police-2020-traditional.txt', bytes: 10770 });
    expect(hainan.meta).toMatchObject({ agency: '海南省公安厅', year: 2020 });
    const bachu = JSON.parse(readFileSync(join(dir, 'bachu-county-police-2023.json'), 'utf8'));
    expect(bachu.meta).toMatchObject({ agency: '巴楚县公安局', year: 2023 });
    const bad = JSON.parse(readFileSync(join(dir, 'empty.json'), 'utf8'));
    expect(validate(bad)).toBe(true);
    expect(bad.schema).toBe('gouji.report/1');
    expect(typeof bad.error).toBe('string');
  });

  it('prints a single file to stdout, the same document the browser builds', async () => {
    const file = sample('ziyang-county-police-2020.txt');
    const r = cli([file]);
    expect(r.status).toBe(0);
    const bytes = new Uint8Array(readFileSync(file));
    expect(r.stdout).toBe(reportJsonText(await inspectBytes(bytes, 'ziyang-county-police-2020.txt')));
  });

  it('reports missing and binary files on stderr and still processes the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gouji-cli-'));
    const png = join(dir, 'scan.png');
    writeFileSync(png, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
    const r = cli(['--out', dir, join(dir, 'no-such-report.txt'), png, sample('haidong-city-police-2019.txt')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no-such-report.txt');
    expect(r.stderr).toContain('scan.png');
    expect(JSON.parse(readFileSync(join(dir, 'scan.json'), 'utf8'))).toMatchObject({ schema: 'gouji.report/1', error: expect.any(String) });
    const missing = JSON.parse(readFileSync(join(dir, 'no-such-report.json'), 'utf8'));
    expect(missing.error).toMatch(/no such file/);
    const ok = JSON.parse(readFileSync(join(dir, 'haidong-city-police-2019.json'), 'utf8'));
    expect(ok.meta.agency).toBe('海东市公安局');
  });

  it('exits 0 when every file was read, 2 on a usage error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gouji-cli-'));
    expect(cli(['--out', dir, sample('pingtan-2021-flattened.txt')]).status).toBe(0);
    const r = cli([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage');
  });
});
