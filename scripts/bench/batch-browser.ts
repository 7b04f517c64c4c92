// The batch workspace in Chromium (Debian's /usr/bin/chromium, headless), on a generated folder
// of reports (several bodies over 2019–2025, both templates, mixed layouts, scripts and
// encodings): the folder goes in through the folder picker, then
//   - time to the first row and to the full grid (every row shown, the run done);
//   - main-thread long tasks (PerformanceObserver 'longtask') from the pick to the full grid:
//     the longest, how many over 50 ms, and the scripts behind the worst frames
//     ('long-animation-frame' attribution, to find the causes);
//   - memory: the page's JS heap (main thread) and the whole browser's RSS (workers included),
//     both peaks, sampled every 250 ms;
//   - the four exports built on those reports: time and longest task each;
//   - a 5,000-row workspace (the rows stored again under new keys, then a reload restores it):
//     time to the restored grid, sorting it by agency, then by file name (what a flush into a sorted grid costs at
//     that size), then a wheel scroll through it: longest task and frame.
// Several builds can be measured in one run (before/after): each is served by `vite preview`
// on a port of its own, in a fresh browser, one after the other on the same generated folder.
//
//   npm run bench -- batch-browser [--reports 1000] [--rows 5000] [--rounds 1] [--profile] [--no-trace] [--no-exports] [--sort-during-run] [DIST…]
//
// Each phase is also traced (Chromium's own trace, main-thread-trace.ts): every main-thread task
// with its wall time and its CPU time, and what ran inside the longest. On a loaded machine a
// task's wall time includes the time its thread waited for a core; the CPU time says what the
// page itself did. --no-trace leaves the trace out.
// --profile adds a CPU profile of the page's main thread for the run and the scroll (the top
// functions by self time; build with `vite build --minify false` to read the names).
// DIST defaults to $PW_OUTDIR or dist (built with `vite build` when missing). Port: $PW_PORT
// (default 4306), the next builds the ports after it. A benchmark, never a test: on a shared
// machine every figure is slowed by the other jobs; the load average is printed with them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { generateBatchSet } from '../../src/core/testing/batch-set';
import { tracedTasks, type TaskFigures } from './main-thread-trace';
import { servePreview } from './preview-server';

const root = join(import.meta.dirname, '..', '..');

interface Options {
  /** print where the main thread's time went (CPU profile, top functions by self time) */
  profile: boolean;
  /** a Chromium trace of each phase: every main-thread task's wall and CPU time, what ran in the long ones */
  trace: boolean;
  reports: number;
  rows: number;
  rounds: number;
  /** false: leave out the four exports (--no-exports: the run, the reload and the scroll only) */
  exports: boolean;
  /** --sort-during-run: sort the grid by agency as soon as the first row shows, so every flush re-sorts */
  sortDuringRun: boolean;
  dists: string[];
}

function parse(argv: string[]): Options {
  const o: Options = { profile: false, trace: true, reports: 1000, rows: 5000, rounds: 1, exports: true, sortDuringRun: false, dists: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--reports') o.reports = Number(argv[++i]);
    else if (a === '--rows') o.rows = Number(argv[++i]);
    else if (a === '--rounds') o.rounds = Number(argv[++i]);
    else if (a === '--profile') o.profile = true;
    else if (a === '--no-trace') o.trace = false;
    else if (a === '--no-exports') o.exports = false;
    else if (a === '--sort-during-run') o.sortDuringRun = true;
    else o.dists.push(a);
  }
  if (o.dists.length === 0) o.dists.push(process.env.PW_OUTDIR ?? 'dist');
  return o;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const serve = (dist: string, port: number) => servePreview(root, dist, port);

/** RSS of a process and all its descendants (MB), from /proc */
function treeRssMb(pid: number): number {
  const children = new Map<number, number[]>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(d));
      children.set(ppid, list);
    } catch {
      // gone
    }
  }
  let kb = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (m) kb += Number(m[1]);
    } catch {
      // gone
    }
    stack.push(...(children.get(p) ?? []));
  }
  return kb / 1024;
}

// Installed before the app's own scripts: every long task and long frame from the start.
const OBSERVE = () => {
  type Script = { src: string; fn: string; invoker: string; dur: number };
  const w = window as unknown as { goujiBench: { longs: { start: number; dur: number }[]; frames: { start: number; dur: number; scripts: Script[] }[] } };
  w.goujiBench = { longs: [], frames: [] };
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) w.goujiBench.longs.push({ start: e.startTime, dur: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries() as (PerformanceEntry & { scripts?: { sourceURL: string; sourceFunctionName: string; invoker: string; duration: number }[] })[]) {
        w.goujiBench.frames.push({
          start: e.startTime,
          dur: e.duration,
          scripts: (e.scripts ?? []).map((s) => ({ src: s.sourceURL.split('/').pop() ?? '', fn: s.sourceFunctionName, invoker: s.invoker, dur: s.duration })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // no LoAF in this browser: long tasks only
  }
};

interface Longs {
  count: number;
  over50: number;
  longest: number;
  total: number;
}

async function longsSince(page: Page, t0: number, t1 = Infinity): Promise<Longs & { worst: string[] }> {
  return page.evaluate(
    ([a, b]) => {
      const w = window as unknown as { goujiBench: { longs: { start: number; dur: number }[]; frames: { start: number; dur: number; scripts: { src: string; fn: string; invoker: string; dur: number }[] }[] } };
      const ls = w.goujiBench.longs.filter((l) => l.start >= a && l.start <= b);
      const frames = w.goujiBench.frames.filter((f) => f.start >= a && f.start <= b).sort((x, y) => y.dur - x.dur).slice(0, 4);
      const worst = frames.map(
        (f) => `${Math.round(f.dur)} ms frame: ${f.scripts.filter((s) => s.dur >= 5).map((s) => `${s.invoker || '?'} ${s.fn || ''}@${s.src} ${Math.round(s.dur)} ms`).join('; ') || '(no script over 5 ms: layout/style/GC)'}`,
      );
      return {
        count: ls.length,
        over50: ls.filter((l) => l.dur > 50).length,
        longest: Math.round(Math.max(0, ...ls.map((l) => l.dur))),
        total: Math.round(ls.reduce((s, l) => s + l.dur, 0)),
        worst,
      };
    },
    [t0, t1] as const,
  );
}

const now = (page: Page) => page.evaluate(() => performance.now());

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** A CPU profile of the page's main thread while `during` runs: the top functions by self time. */
async function profiled<T>(page: Page, on: boolean, during: () => Promise<T>): Promise<{ value: T; top: string[] }> {
  if (!on) return { value: await during(), top: [] };
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  const value = await during();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  await cdp.detach();
  const byNode = new Map<number, number>();
  profile.samples.forEach((id, i) => byNode.set(id, (byNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const self = new Map<string, number>();
  for (const n of profile.nodes) {
    const f = n.callFrame;
    const k = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber + 1}`;
    self.set(k, (self.get(k) ?? 0) + (byNode.get(n.id) ?? 0));
  }
  const busy = [...self].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)'));
  const top = busy
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([k, us]) => `${(us / 1000).toFixed(0).padStart(5)} ms self  ${k}`);
  const all = busy.reduce((s, [, us]) => s + us, 0);
  top.unshift(`${(all / 1000).toFixed(0).padStart(5)} ms sampled in all (idle and (program) left out)`);
  return { value, top };
}

interface Result {
  dist: string;
  lines: string[];
}

/** The trace's figures as lines: CPU time is what the page did, wall time includes waiting for a core. */
function traceLines(t: TaskFigures | null): string[] {
  if (!t) return [];
  return [
    `  trace (${t.tasks} main-thread tasks): longest ${t.longestWall} ms wall / ${t.longestCpu} ms CPU; over 50 ms: ${t.over50Wall} by wall, ${t.over50Cpu} by CPU`,
    ...t.worst.map((w) => `    ${w}`),
  ];
}

async function measure(dist: string, port: number, folder: string, reports: number, rows: number, profile: boolean, trace: boolean, exports = true, sortDuringRun = false): Promise<Result> {
  const lines: string[] = [];
  const log = (s: string) => {
    lines.push(s);
    console.log(`  [${dist}] ${s}`);
  };
  const server = await serve(dist, port);
  const bs = await chromium.launchServer({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const browserPid = bs.process().pid!;
  const browser = await chromium.connect(bs.wsEndpoint());
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    // tsx (esbuild, keepNames) wraps named functions in page-side code with __name()
    await page.addInitScript('window.__name = (f) => f;');
    await page.addInitScript(OBSERVE);
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByTestId('folder-input').waitFor({ state: 'attached' });
    await sleep(500);
    // through the DevTools protocol: performance.memory with precise figures costs the page itself
    const heapCdp = await context.newCDPSession(page);
    const heap = async () => ((await heapCdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
    let heapPeak = 0;
    let rssPeak = 0;
    const sampling = { on: true };
    const sampler = (async () => {
      while (sampling.on) {
        heapPeak = Math.max(heapPeak, await heap().catch(() => 0));
        rssPeak = Math.max(rssPeak, treeRssMb(browserPid));
        await sleep(250);
      }
    })();

    // ── the run: pick the folder, wait for the full grid
    const load0 = loadavg()[0];
    const t0 = await now(page);
    const runTraced = await tracedTasks(browser, page, trace, () => profiled(page, profile, async () => {
      await page.getByTestId('folder-input').setInputFiles(folder);
      const first = await page.waitForFunction(() => (document.querySelector('[data-testid="batch-grid"] [role="row"][data-key]') ? performance.now() : false), null, { polling: 50, timeout: 0 });
      if (sortDuringRun) await page.locator('[data-testid="batch-grid"] [data-col="agency"]').click();
      const full = await page.waitForFunction(
        (n) => {
          const s = document.querySelector('[data-testid="batch-progress"]')?.getAttribute('data-state');
          const c = document.querySelector('[data-testid="batch-count"]')?.textContent ?? '';
          return s === 'done' && c.startsWith(`${n} / ${n}`) ? performance.now() : false;
        },
        reports,
        { polling: 50, timeout: 0 },
      );
      const times = { tFirst: (await first.jsonValue()) as number, tFull: (await full.jsonValue()) as number };
      await sleep(1000); // the tail: a task right after the last row counts too
      return times;
    }));
    const runProfile = runTraced.value;
    const { tFirst, tFull } = runProfile.value;
    const run = await longsSince(page, t0);
    sampling.on = false;
    await sampler;
    if (sortDuringRun) log('the grid sorted by agency from the first row on (every flush sorts every row again)');
    log(`${reports} reports: first row ${((tFirst - t0) / 1000).toFixed(1)} s, full grid ${((tFull - t0) / 1000).toFixed(1)} s (${(reports / ((tFull - t0) / 1000)).toFixed(1)} reports/s; load average ${load0.toFixed(1)} at start)`);
    log(`  main thread during the run: longest task ${run.longest} ms, ${run.over50} tasks over 50 ms (${run.count} long tasks, ${run.total} ms in all)`);
    for (const w of run.worst) log(`    ${w}`);
    for (const l of runProfile.top) log(`    ${l}`);
    for (const l of traceLines(runTraced.tasks)) log(l);
    log(`  memory peaks: page JS heap ${(heapPeak / 1e6).toFixed(0)} MB, browser RSS (all processes, workers included) ${rssPeak.toFixed(0)} MB`);

    // ── exports of those reports
    for (const kind of exports ? ['summaryCsv', 'longCsv', 'jsonl', 'batchJson'] : []) {
      const e0 = await now(page);
      const { value: [d], tasks } = await tracedTasks(browser, page, trace, () =>
        Promise.all([page.waitForEvent('download', { timeout: 0 }), page.locator(`[data-export="${kind}"]`).click()]),
      );
      const e1 = await now(page);
      const saved = join(tmpdir(), `gouji-bench-export-${process.pid}`);
      await d.saveAs(saved);
      const size = readFileSync(saved).length;
      rmSync(saved, { force: true });
      const ex = await longsSince(page, e0, e1);
      log(`  export ${kind}: ${((e1 - e0) / 1000).toFixed(1)} s, ${(size / 1e6).toFixed(1)} MB; longest task ${ex.longest} ms, ${ex.over50} over 50 ms`);
      for (const l of traceLines(tasks)) log(`  ${l}`);
    }

    // ── a workspace of `rows` rows: the stored rows again under new keys, restored by a reload
    await page.evaluate(async (n) => {
      const req = <T,>(r: IDBRequest<T>) =>
        new Promise<T>((ok, err) => {
          r.addEventListener('success', () => ok(r.result));
          r.addEventListener('error', () => err(r.error));
        });
      const db = await req(indexedDB.open('gouji'));
      const tx = db.transaction(['rows', 'workspace'], 'readwrite');
      const stored = (await req(tx.objectStore('rows').getAll())) as { key: string; order: number; row: { path: string } }[];
      const ws = (await req(tx.objectStore('workspace').get('current'))) as { members: { key: string; path: string }[]; total: number; state: string };
      const members: { key: string; path: string }[] = [];
      for (let i = 0; i < n; i++) {
        const src = stored[i % stored.length]!;
        const key = String(i).padStart(6, '0');
        const path = i < stored.length ? src.row.path : `copy-${Math.floor(i / stored.length)}/${src.row.path}`;
        members.push({ key, path });
        tx.objectStore('rows').put({ key, order: i, row: { ...src.row, path, row: { ...(src.row as unknown as { row: object }).row, file: path } } });
      }
      tx.objectStore('workspace').put({ ...ws, members, total: n, state: 'done' }, 'current');
      await new Promise((ok) => tx.addEventListener('complete', ok));
      db.close();
    }, rows);
    const r0 = Date.now();
    const restoreTraced = await tracedTasks(browser, page, trace, async () => {
      await page.reload();
      await page.waitForFunction((n) => (document.querySelector('[data-testid="batch-count"]')?.textContent ?? '').startsWith(`${n} / ${n}`), rows, { polling: 50, timeout: 0 });
    });
    log(`${rows}-row workspace restored by a reload in ${((Date.now() - r0) / 1000).toFixed(1)} s (page load included)`);
    for (const l of traceLines(restoreTraced.tasks)) log(l);
    await sleep(1000);
    // ── sorting all the rows: the agency header clicked three times (ascending, descending, none).
    // A run that streams rows into a sorted grid sorts them again at every flush, so one sort of
    // `rows` rows bounds what a flush costs at that size.
    // then the file names (all distinct: the worst case for ranking text the first time)
    for (const [col, dir] of [['agency', 'ascending'], ['agency', 'descending'], ['agency', 'none'], ['file', 'ascending']] as const) {
      const { value: sortProfile, tasks } = await tracedTasks(browser, page, trace, () => profiled(page, profile, async () => {
        await page.locator(`[data-testid="batch-grid"] [data-col="${col}"]`).click();
        await page.waitForFunction(
          ([c, d]) =>
            document.querySelector(`[data-testid="batch-grid"] [role="columnheader"]:has([data-col="${c}"])`)?.getAttribute('aria-sort') === d &&
            document.querySelector('[data-testid="batch-grid"]')?.getAttribute('aria-busy') !== 'true',
          [col, dir] as const,
          { polling: 50, timeout: 0 },
        );
        await sleep(300);
      }));
      log(`  sort ${rows} rows by ${col} (${dir}):`);
      for (const l of traceLines(tasks)) log(`  ${l}`);
      for (const l of sortProfile.top) log(`    ${l}`);
    }
    const grid = page.getByTestId('batch-grid');
    const box = (await grid.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const s0 = await now(page);
    await page.evaluate(() => {
      const w = window as unknown as { benchFrames: number[]; benchFraming: boolean };
      w.benchFrames = [];
      w.benchFraming = true;
      let last = performance.now();
      const tick = (t: number) => {
        w.benchFrames.push(t - last);
        last = t;
        if (w.benchFraming) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    // what the page changed in the grid while scrolling (deterministic, unlike times on a shared
    // machine): elements added or removed, texts and attributes changed
    await grid.evaluate((el) => {
      const w = window as unknown as { benchMutations: { added: number; removed: number; text: number; attrs: number }; benchObserver: MutationObserver };
      w.benchMutations = { added: 0, removed: 0, text: 0, attrs: 0 };
      w.benchObserver = new MutationObserver((list) => {
        for (const m of list) {
          if (m.type === 'childList') {
            w.benchMutations.added += [...m.addedNodes].filter((n) => n.nodeType === 1).length;
            w.benchMutations.removed += [...m.removedNodes].filter((n) => n.nodeType === 1).length;
          } else if (m.type === 'characterData') w.benchMutations.text++;
          else w.benchMutations.attrs++;
        }
      });
      w.benchObserver.observe(el, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    const steps = 150;
    const scrollTraced = await tracedTasks(browser, page, trace, () => profiled(page, profile, async () => {
      for (let i = 0; i < steps; i++) {
        await page.mouse.wheel(0, 600);
        await sleep(16);
      }
      // then jumps, as when the scrollbar is dragged
      for (const f of [0.25, 0.75, 0.5, 1, 0]) {
        await grid.evaluate((el, x) => (el.scrollTop = x * el.scrollHeight), f);
        await sleep(100);
      }
    }));
    const scrollProfile = scrollTraced.value;
    const frames = await page.evaluate(() => {
      const w = window as unknown as { benchFrames: number[]; benchFraming: boolean };
      w.benchFraming = false;
      return w.benchFrames.slice(1);
    });
    const s1 = await now(page);
    const mutations = await page.evaluate(() => {
      const w = window as unknown as { benchMutations: { added: number; removed: number; text: number; attrs: number }; benchObserver: MutationObserver };
      w.benchObserver.disconnect();
      return w.benchMutations;
    });
    const top = await grid.evaluate((el) => el.scrollHeight);
    const shape = await grid.evaluate((el) => `${el.clientHeight} px shown, ${el.querySelectorAll('[role="row"][data-key]').length} rows in the DOM`);
    const sc = await longsSince(page, s0, s1);
    const sorted = [...frames].sort((a, b) => a - b);
    const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
    log(`  scrolling ${rows} rows (${steps} wheel steps of 600 px, then 5 jumps; grid ${top} px tall, ${shape}): longest task ${sc.longest} ms, ${sc.over50} over 50 ms; frames ${frames.length}, longest ${Math.round(sorted[sorted.length - 1] ?? 0)} ms, p95 ${Math.round(p95)} ms`);
    log(`    grid changes while scrolling: ${mutations.added} elements added, ${mutations.removed} removed, ${mutations.text} texts and ${mutations.attrs} attributes changed`);
    for (const w of sc.worst) log(`    ${w}`);
    for (const l of scrollProfile.top) log(`    ${l}`);
    for (const l of traceLines(scrollTraced.tasks)) log(l);
    await context.close();
  } finally {
    await browser.close();
    await bs.close();
    server.kill();
  }
  return { dist, lines };
}

export async function benchBatchBrowser(argv: string[]): Promise<void> {
  const o = parse(argv);
  const basePort = Number(process.env.PW_PORT ?? 4306);
  for (const d of o.dists) {
    if (!existsSync(join(root, d, 'index.html'))) {
      console.log(`building ${d} (vite build)…`);
      const b = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--outDir', d], { cwd: root, encoding: 'utf8' });
      if (b.status !== 0) throw new Error(b.stderr);
    }
  }
  const work = mkdtempSync(join(tmpdir(), 'gouji-bench-batch-'));
  try {
    const set = generateBatchSet({ reports: o.reports, years: 7, breakEvery: 10, seed: 11 });
    const folder = join(work, 'reports');
    let bytes = 0;
    for (const f of set.files) {
      const p = join(folder, f.name);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, f.bytes);
      bytes += f.bytes.length;
    }
    console.log(`\n── the batch workspace in Chromium: ${set.files.length} generated reports (${(bytes / 1e6).toFixed(1)} MB, ${new Set(set.files.map((f) => f.agency)).size} bodies, 2019–2025), then a ${o.rows}-row workspace`);
    console.log(`   shared machine: load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at start; figures are upper bounds for an idle machine`);
    for (let round = 0; round < o.rounds; round++) {
      for (const [i, d] of o.dists.entries()) await measure(d, basePort + i, folder, set.files.length, o.rows, o.profile, o.trace, o.exports, o.sortDuringRun);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
