// What a folder pick costs the page's main thread, and how much of it is the browser's own: the
// same generated folder of N reports picked through a bare <input webkitdirectory> with no
// handler (the browser building its file list: the floor no page code can go under), then
// through the app's folder input (the list, our handler, collecting the members, opening the
// workspace), and through the app's folder button with the browser's directory picker
// (showDirectoryPicker answered with an origin-private folder holding the same files: the
// dialog cannot be driven, the handle and its reading are Chromium's own). Every main-thread
// task is traced (wall and CPU, main-thread-trace.ts). A benchmark, not a test; on a shared
// machine say the load.
//
//   npx tsx scripts/bench/folder-pick.ts [--reports 1000] [--rounds 2] DIST
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { generateBatchSet } from '../../src/core/testing/batch-set';
import { tracedTasks, type TaskFigures } from './main-thread-trace';
import { servePreview } from './preview-server';

const root = join(import.meta.dirname, '..', '..');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const serve = (dist: string, port: number) => servePreview(root, dist, port);

const line = (t: TaskFigures | null) =>
  t ? `longest ${t.longestWall} ms wall / ${t.longestCpu} ms CPU; over 50 ms: ${t.over50Wall} by wall, ${t.over50Cpu} by CPU\n      ${t.worst.slice(0, 3).join('\n      ')}` : '';

async function main() {
  const argv = process.argv.slice(2);
  let reports = 1000;
  let rounds = 2;
  const dists: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--reports') reports = Number(argv[++i]);
    else if (argv[i] === '--rounds') rounds = Number(argv[++i]);
    else dists.push(argv[i]!);
  }
  if (!dists.length) dists.push(process.env.PW_OUTDIR ?? 'dist');
  const work = mkdtempSync(join(tmpdir(), 'gouji-bench-pick-'));
  const folder = join(work, 'reports');
  const files = generateBatchSet({ reports, years: 7, breakEvery: 10, seed: 11 }).files;
  for (const f of files) {
    const p = join(folder, f.name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, f.bytes);
  }
  const port0 = Number(process.env.PW_PORT ?? 4306);
  const servers = await Promise.all(dists.map((d, i) => serve(d, port0 + i)));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    console.log(`\n── a folder of ${reports} reports picked (load average ${loadavg().map((x) => x.toFixed(1)).join(' ')})`);
    for (let r = 0; r < rounds; r++) {
      // alternately, in the same minutes: the bare input, then each build
      const ways = [{ d: 'bare input', i: -1, handle: false }, ...dists.flatMap((d, i) => [{ d: `${d} input`, i, handle: false }, { d: `${d} directory picker`, i, handle: true }])];
      for (const { d, i, handle } of ways) {
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        const page = await context.newPage();
        if (i < 0) {
          await page.goto(`http://127.0.0.1:${port0}/`);
          // the app's page, its input replaced by a bare one with no handler
          await page.evaluate(() => {
            document.body.innerHTML = '<input type="file" webkitdirectory data-testid="folder-input">';
          });
        } else {
          await page.goto(`http://127.0.0.1:${port0 + i}/`);
        }
        await page.getByTestId('folder-input').waitFor({ state: 'attached' });
        if (handle) {
          const hasPicker = await page.evaluate(() => 'showDirectoryPicker' in window);
          const hasButton = (await page.getByTestId('folder-button').count()) > 0;
          if (!hasPicker || !hasButton) {
            console.log(`  round ${r + 1}, ${d}: ${hasPicker ? 'this build has no folder button with the directory picker' : 'this browser has no showDirectoryPicker'}`);
            await context.close();
            continue;
          }
          await page.evaluate(async (fs) => {
            const top = await (await navigator.storage.getDirectory()).getDirectoryHandle('reports', { create: true });
            for (const f of fs) {
              const parts = f.name.split('/');
              let dir = top;
              for (const n of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(n, { create: true });
              const w = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
              await w.write(Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0)));
              await w.close();
            }
            (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () => top;
          }, files.map((f) => ({ name: f.name, b64: Buffer.from(f.bytes).toString('base64') })));
        }
        await sleep(500);
        const { tasks } = await tracedTasks(browser, page, true, async () => {
          if (handle) await page.getByTestId('folder-button').click();
          else await page.getByTestId('folder-input').setInputFiles(folder);
          // the app: until the workspace shows its first row; the bare input: a moment
          if (i >= 0) await page.waitForSelector('[data-testid="batch-grid"] [role="row"][data-key]', { timeout: 0 });
          await sleep(i >= 0 ? 500 : 1500);
        });
        console.log(`  round ${r + 1}, ${d}: ${line(tasks)}`);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    for (const s of servers) s.kill();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
