// A folder inspected in the browser and by the command line gives the same results (issue 10:
// "same core, same results as the browser"): the same per-report documents, the same
// gouji.batch/1 rows and chains, the same summary CSV. Only where a file is named differs: the
// browser knows the dropped names, the CLI the paths it was given.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { dropFiles, SET, waitDone } from './batch-helpers';

test.beforeAll(() => {
  if (!existsSync('dist-cli/inspect.js')) execFileSync('node', ['scripts/build-cli.mjs', '--quiet'], { stdio: 'inherit' });
});

type Named = { file: string; json?: string | null; [k: string]: unknown };
/** a file as the CLI names it when run on `.` (./a.txt), as the browser names it (a.txt) */
const base = (f: string) => f.replace(/^\.\//, '');
const byFile = (rows: Named[]) => new Map(rows.map((r) => [base(r.file), { ...r, file: base(r.file), json: null }]));
const chainsOf = (b: { chains: { reports: Named[] }[] }) =>
  b.chains.map((c) => ({ ...c, reports: c.reports.map((r) => ({ ...r, file: base(r.file), json: null })) }));

// the summary CSV: the same rows, apart from the column that names the CLI's JSON file
const csvRows = (csv: string) => {
  const [head, ...body] = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  const cols = head.split(',');
  const drop = cols.indexOf('json');
  const keep = (l: string) => l.split(',').filter((_, i) => i !== drop).map((v, i) => (i === 0 ? base(v) : v)).join(',');
  return { head: keep(head), body: body.map(keep).sort() };
};

test('a folder: the browser and the CLI give the same documents, batch and summary', async ({ page }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'gouji-parity-'));
  const out = mkdtempSync(join(tmpdir(), 'gouji-parity-out-'));
  for (const f of SET) writeFileSync(join(dir, f.name), f.buffer);
  // run from inside the folder so the CLI names files as the browser does
  const cli = spawnSync('node', [join(process.cwd(), 'dist-cli/inspect.js'), '--out', out, '--summary', join(out, 'summary.csv'), '--jobs', '1', '.'], { cwd: dir, encoding: 'utf8' });
  expect(cli.status, cli.stderr).toBe(1); // the unreadable members, as in the browser
  const cliBatch = JSON.parse(readFileSync(join(out, 'batch.json'), 'utf8'));

  await page.goto('/');
  await dropFiles(page, SET);
  await waitDone(page);
  const download = async (kind: string) => {
    const [d] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${kind}"]`).click()]);
    return readFileSync(await d.path(), 'utf8');
  };
  const browserBatch = JSON.parse(await download('batchJson'));
  const jsonl = (await download('jsonl')).trim().split('\n').map((l) => JSON.parse(l));
  const summary = await download('summaryCsv');

  const cliRows = byFile(cliBatch.reports);
  const browserRows = byFile(browserBatch.reports);
  expect([...browserRows.keys()].sort()).toEqual([...cliRows.keys()].sort());
  for (const [f, row] of browserRows) expect(row, f).toEqual(cliRows.get(f));
  expect(chainsOf(browserBatch)).toEqual(chainsOf(cliBatch));

  // every report's document (an error document for what cannot be read): the JSON Lines line,
  // in the workspace's order, equals the CLI's file
  expect(jsonl).toHaveLength(browserBatch.reports.length);
  for (const [i, r] of (browserBatch.reports as Named[]).entries()) {
    const json = (cliBatch.reports as Named[]).find((c) => base(c.file) === base(r.file))?.json;
    expect(json, r.file).toBeTruthy();
    expect(jsonl[i], r.file).toEqual(JSON.parse(readFileSync(join(out, json as string), 'utf8')));
  }

  expect(csvRows(summary)).toEqual(csvRows(readFileSync(join(out, 'summary.csv'), 'utf8')));
});
