// The command line on a generated folder of 1,000 reports (several bodies over 2019–2025, both
// templates, mixed layouts, scripts and encodings, a few planted year-chain breaks): wall time
// with --jobs 1 and --jobs 2, peak memory (max RSS of the process, worker threads included),
// and opencc-js tw→cn over the same files as one process, for scale. Each run is a separate
// process started the way a user starts it (`node dist-cli/inspect.js`, the build of `npm ci`).
// `npm run bench -- cli [N]` runs only this part (N reports, default 1000).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { generateBatchSet } from '../../src/core/testing/batch-set';
import { describeRun, runMeasured, type ProcRun } from './proc';

const root = join(import.meta.dirname, '..', '..');

interface Run {
  seconds: number;
  /** user + system CPU seconds, all threads: steadier than wall time on a shared machine */
  cpu: number;
  maxRssMb: number;
  status: number | null;
  stderrTail: string;
}

/** one process under /usr/bin/time (GNU time: elapsed seconds, CPU seconds, max RSS) */
function timed(args: string[]): Run {
  const report = join(tmpdir(), `gouji-bench-time-${process.pid}.txt`);
  const r = spawnSync('/usr/bin/time', ['-o', report, '-f', '%e %U %S %M', process.execPath, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  const [e, u, sy, m] = readFileSync(report, 'utf8').trim().split(/\s+/).slice(-4).map(Number);
  rmSync(report, { force: true });
  return { seconds: e, cpu: u + sy, maxRssMb: m / 1024, status: r.status, stderrTail: (r.stderr ?? '').trim().split('\n').slice(-1)[0] ?? '' };
}

const OPENCC_SCRIPT = `
const { readdirSync, readFileSync, writeFileSync, mkdirSync, statSync } = require('node:fs');
const { join } = require('node:path');
const OpenCC = require('opencc-js');
const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });
const [dir, out] = process.argv.slice(1);
mkdirSync(out, { recursive: true });
function decode(b) {
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b);
  try { return new TextDecoder('utf-8', { fatal: true }).decode(b); } catch { return new TextDecoder('gb18030').decode(b); }
}
let n = 0;
function walk(d) {
  for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(d, e.name);
    if (e.isDirectory()) walk(p);
    else writeFileSync(join(out, (n++) + '.txt'), convert(decode(readFileSync(p))));
  }
}
walk(dir);
`;

/** the generated folder of `reports` reports, written under `work` */
function writeSet(work: string, reports: number): { dir: string; files: number; bytes: number; breaks: number } {
  const set = generateBatchSet({ reports, years: 7, breakEvery: 10, seed: 11 });
  let bytes = 0;
  const dir = join(work, 'reports');
  for (const f of set.files) {
    const p = join(dir, f.name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, f.bytes);
    bytes += f.bytes.length;
  }
  return { dir, files: set.files.length, bytes, breaks: set.plantedBreaks.length };
}

function buildCli(): void {
  if (!existsSync(join(root, 'dist-cli', 'inspect.js')) || process.env.GOUJI_BENCH_REBUILD !== '0') {
    const b = spawnSync(process.execPath, ['scripts/build-cli.mjs', '--quiet'], { cwd: root, encoding: 'utf8' });
    if (b.status !== 0) throw new Error(b.stderr);
  }
}

/** the least CPU of some runs (the one least disturbed by others) */
const least = (rs: ProcRun[]) => Math.min(...rs.map((r) => r.cpu ?? Infinity));
/** the main thread's share of a run's CPU, in % (the least of some runs) */
const share = (rs: ProcRun[]) => Math.min(...rs.map((r) => (100 * (r.main ?? 0)) / (r.cpu ?? 1))).toFixed(0);

/** the run of least CPU */
const cheapest = (rs: ProcRun[]) => rs.reduce((a, b) => ((b.cpu ?? Infinity) < (a.cpu ?? Infinity) ? b : a));

/**
 * A run's CPU by kind: the main thread, the `workers` busiest other threads (the pool's worker
 * threads: each does seconds of work, V8's helpers about one), and the rest (V8's platform
 * threads — TurboFan compiling, GC — and libuv's). Threads all read "node" in /proc here, so
 * the split is by CPU, a heuristic that holds for runs of hundreds of reports.
 */
function byKind(r: ProcRun, workers: number): { main: number; workers: number; helpers: number } {
  const others = r.threads.map((t) => t.seconds).sort((a, b) => b - a);
  const w = others.slice(0, workers).reduce((a, b) => a + b, 0);
  return { main: r.main ?? 0, workers: w, helpers: others.slice(workers).reduce((a, b) => a + b, 0) };
}

const uptime = () => spawnSync('uptime', { encoding: 'utf8' }).stdout.trim();

/**
 * `npm run bench -- jobs [N] [ROUNDS]`: the command line's scaling on N generated reports
 * (default 1000), with --out and --summary as a user runs it, three ways: --jobs 1 on the main
 * thread (what `--jobs 1` does), --jobs 1 on one worker thread (GOUJI_CLI_POOL=threads: the
 * same machinery as --jobs 2, so the comparison is like for like) and --jobs 2. They alternate
 * ROUNDS times (default 2); the best wall time of each counts. On a shared virtual machine the
 * wall ratio depends on the others' load and on steal (the hypervisor's), so each run also
 * gives its CPU seconds per thread (bench/proc.ts): the CPU per report, the main thread's share,
 * and the CPU that a second thread adds — what the pool itself costs. Ends with one line:
 * `jobs ratio ×R (…)`.
 */
export async function benchJobs(reports = 1000, rounds = 2): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'gouji-bench-jobs-'));
  try {
    const set = writeSet(work, reports);
    buildCli();
    console.log(`before: ${uptime()}`);
    const ways = [
      { name: '--jobs 1, main thread', jobs: 1, threads: 0, env: {} },
      { name: '--jobs 1, one worker thread', jobs: 1, threads: 1, env: { GOUJI_CLI_POOL: 'threads' } },
      { name: '--jobs 2', jobs: 2, threads: 2, env: {} },
    ];
    const runs: ProcRun[][] = ways.map(() => []);
    for (let r = 0; r < rounds; r++) {
      for (const [w, way] of ways.entries()) {
        const out = join(work, 'out');
        rmSync(out, { recursive: true, force: true });
        const run = await runMeasured(process.execPath, ['dist-cli/inspect.js', '--out', out, '--summary', join(work, 'summary.csv'), '--jobs', String(way.jobs), set.dir], { cwd: root, env: { ...process.env, ...way.env } });
        if (run.status !== 0) throw new Error(`${way.name} exited ${run.status}: ${run.stderr.trim().split('\n').at(-1)}`);
        console.log(`  round ${r + 1}, ${way.name}: ${describeRun(run)}`);
        runs[w].push(run);
      }
    }
    console.log(`after: ${uptime()}`);
    const best = runs.map((rs) => rs.reduce((a, b) => (b.wall < a.wall ? b : a)));
    const [inMain, oneThread, two] = runs;
    if (inMain[0].cpu !== null) {
      const perReport = (rs: ProcRun[]) => ((least(rs) / set.files) * 1000).toFixed(1);
      console.log(`CPU per report (least of ${rounds}, all threads): ${ways.map((w, i) => `${w.name} ${perReport(runs[i])} ms`).join('; ')}`);
      console.log(`main thread's share of the CPU: ${share(oneThread)}% with one worker thread, ${share(two)}% with two`);
      console.log(`CPU added by the second thread: ×${(least(two) / least(oneThread)).toFixed(2)} of one worker thread's, ×${(least(two) / least(inMain)).toFixed(2)} of the main thread's`);
      // on two idle cores the run takes about its busiest core's time: what the ratio would be if nothing else ran
      console.log(`ratio if two idle cores split the CPU evenly: ×${((2 * least(inMain)) / least(two)).toFixed(2)} vs the main thread, ×${((2 * least(oneThread)) / least(two)).toFixed(2)} vs one worker thread (an estimate from CPU seconds, not a measured wall time)`);
      // Where the CPU goes, by kind. V8 compiles hot functions (TurboFan) and collects garbage on
      // its own helper threads: with --jobs 1 they run on the otherwise idle second core, so that
      // run's wall time is about its main thread's CPU alone, while with --jobs 2 both cores are
      // busy and every CPU second counts. Each worker thread's isolate also compiles (and warms
      // up, and builds the lexicon) on its own: the second thread's fixed cost.
      const kinds = ways.map((w, i) => byKind(cheapest(runs[i]), w.threads));
      console.log(`CPU by kind (s; the least-CPU run of each way; V8 helpers = every other thread, mostly TurboFan compiling — they drop to 0.3–0.5 s with --no-concurrent-recompilation, which moves the compiling onto the JavaScript threads): ${ways.map((w, i) => `${w.name}: main ${kinds[i].main.toFixed(2)}, worker threads ${kinds[i].workers.toFixed(2)}, V8 helpers ${kinds[i].helpers.toFixed(2)}`).join('; ')}`);
      const mainOnly = kinds[0].main;
      console.log(`ratio if two idle cores split --jobs 2's CPU evenly and --jobs 1 took its main thread's CPU (its helpers on the idle core): ×${((2 * mainOnly) / least(two)).toFixed(2)}; ×1.7 needs --jobs 2 to cost at most ${((2 * mainOnly) / 1.7).toFixed(2)} s of CPU in all (an estimate)`);
    }
    console.log(`wall ratio vs one worker thread: ×${(best[1].wall / best[2].wall).toFixed(2)}`);
    console.log(`jobs ratio ×${(best[0].wall / best[2].wall).toFixed(2)} (--jobs 1 ${best[0].wall.toFixed(1)} s / --jobs 2 ${best[2].wall.toFixed(1)} s wall, best of ${rounds}; steal ${best[0].machine?.steal.toFixed(0) ?? '?'}% / ${best[2].machine?.steal.toFixed(0) ?? '?'}%; ${set.files} reports, ${(set.bytes / 1e6).toFixed(1)} MB; target ≥ 1.7 on 2 idle cores; ${cpus().length} cores here)`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export async function benchCli(reports = 1000): Promise<void> {
  console.log(`\n── command line on ${reports} generated reports (this machine: ${cpus().length} cores, shared with other engineers' jobs — load average ${loadavg()[0].toFixed(1)} at start; figures are lower bounds)`);
  const work = mkdtempSync(join(tmpdir(), 'gouji-bench-cli-'));
  try {
    const t0 = performance.now();
    const { dir, bytes, ...set } = writeSet(work, reports);
    const mb = bytes / 1e6;
    console.log(`generated ${set.files} reports, ${mb.toFixed(2)} MB, ${set.breaks} planted chain breaks, in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    buildCli();
    const rows: [string, Run][] = [];
    for (const jobs of [1, 2]) {
      const out = join(work, `out-${jobs}`);
      const run = timed(['dist-cli/inspect.js', '--out', out, '--summary', join(work, `summary-${jobs}.csv`), '--jobs', String(jobs), dir]);
      rows.push([`CLI --jobs ${jobs} (--out, --summary)`, run]);
      const batch = JSON.parse(readFileSync(join(out, 'batch.json'), 'utf8')) as { reports: { error: string | null }[]; chains: { checks: { id: string; status: string }[] }[] };
      const failedLinks = batch.chains.flatMap((c) => c.checks).filter((c) => c.id.startsWith('carryOver.') && c.status === 'fail').length;
      console.log(`  --jobs ${jobs}: exit ${run.status}, ${batch.reports.filter((r) => r.error !== null).length} unreadable, ${failedLinks} failed carry-over links (planted ${set.breaks}); ${run.stderrTail}`);
    }
    const oc = join(work, 'opencc.cjs');
    writeFileSync(oc, OPENCC_SCRIPT);
    rows.push(['opencc-js tw→cn, same files, one process', timed([oc, dir, join(work, 'opencc-out')])]);
    console.log('| run | wall s | CPU s | MB/s (wall) | reports/s (wall) | peak RSS MB |');
    console.log('|---|---|---|---|---|---|');
    for (const [name, r] of rows) {
      console.log(`| ${name} | ${r.seconds.toFixed(1)} | ${r.cpu.toFixed(1)} | ${(mb / r.seconds).toFixed(2)} | ${(set.files / r.seconds).toFixed(1)} | ${r.maxRssMb.toFixed(0)} |`);
    }
    const [j1, j2, occ] = rows.map(([, r]) => r.seconds);
    console.log(`scaling --jobs 2 vs --jobs 1: ×${(j1 / j2).toFixed(2)} (target ≥ 1.7 on 2 idle cores)`);
    console.log(`CLI speed relative to opencc-js (wall): ${(occ / j1).toFixed(2)} with --jobs 1, ${(occ / j2).toFixed(2)} with --jobs 2 (target ≥ 0.3)`);
    console.log(`CLI speed relative to opencc-js (CPU, --jobs 1): ${(rows[2][1].cpu / rows[0][1].cpu).toFixed(2)}`);
    console.log(`peak memory per input byte, --jobs 1: ${((rows[0][1].maxRssMb * 1024 * 1024) / bytes).toFixed(1)} (the whole process, including Node's own ~40 MB)`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
