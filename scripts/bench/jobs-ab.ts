// The command line of two checkouts on the same generated folder, `--jobs 1` and `--jobs 2`,
// alternately (A1, B1, A2, B2, then again): on a shared machine the load drifts over minutes, so
// runs of one checkout after the other differ by more than a change. Each run gives its CPU by
// thread (bench/proc.ts): the main thread, the pool's worker threads, V8's helper threads
// (optimising compiler, GC). Ends with each way's least CPU and the ratio estimate 2 × (--jobs 1's
// main-thread CPU) / (--jobs 2's CPU in all): what two idle cores would give.
//   npx tsx scripts/bench/jobs-ab.ts <checkout A> <checkout B> [rounds, default 3] [reports, default 1000]
// Each checkout's dist-cli is built first (its own scripts/build-cli.mjs); the JSON of both is
// compared byte for byte after the last round.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { generateBatchSet } from '../../src/core/testing/batch-set';
import { runMeasured } from './proc';

const [a, b, roundsArg, reportsArg] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: npx tsx scripts/bench/jobs-ab.ts <checkout A> <checkout B> [rounds] [reports]');
  process.exit(2);
}
const rounds = Number(roundsArg ?? 3);
const work = mkdtempSync(join(tmpdir(), 'gouji-jobs-ab-'));
const uptime = () => spawnSync('uptime', { encoding: 'utf8' }).stdout.trim();
try {
  const set = generateBatchSet({ reports: Number(reportsArg ?? 1000), years: 7, breakEvery: 10, seed: 11 });
  const dir = join(work, 'reports');
  for (const f of set.files) {
    const p = join(dir, f.name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, f.bytes);
  }
  const checkouts = [resolve(a), resolve(b)];
  for (const c of checkouts) {
    const r = spawnSync(process.execPath, ['scripts/build-cli.mjs', '--quiet'], { cwd: c, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
  }
  console.log(`before: ${uptime()}`);
  type Row = { wall: number; cpu: number; main: number; workers: number; helpers: number };
  const ways = checkouts.flatMap((c, i) => [1, 2].map((jobs) => ({ name: `${i ? 'B' : 'A'} --jobs ${jobs}`, c, jobs, out: join(work, `out-${i}-${jobs}`), rows: [] as Row[] })));
  for (let r = 0; r < rounds; r++) {
    for (const w of ways) {
      rmSync(w.out, { recursive: true, force: true });
      const run = await runMeasured(process.execPath, ['dist-cli/inspect.js', '--out', w.out, '--summary', `${w.out}.csv`, '--jobs', String(w.jobs), dir], { cwd: w.c });
      if (run.status !== 0) throw new Error(`${w.name} exited ${run.status}: ${run.stderr.trim().split('\n').at(-1)}`);
      // the pool's worker threads are the busiest threads after the main one (bench/cli.ts byKind)
      const others = run.threads.map((t) => t.seconds).sort((x, y) => y - x);
      const nw = w.jobs > 1 ? w.jobs : 0;
      const row = { wall: run.wall, cpu: run.cpu ?? NaN, main: run.main ?? NaN, workers: others.slice(0, nw).reduce((x, y) => x + y, 0), helpers: others.slice(nw).reduce((x, y) => x + y, 0) };
      w.rows.push(row);
      console.log(`  round ${r + 1}, ${w.name}: wall ${row.wall.toFixed(1)} s, CPU ${row.cpu.toFixed(2)} s (main ${row.main.toFixed(2)}, worker threads ${row.workers.toFixed(2)}, V8 helpers ${row.helpers.toFixed(2)}), load ${run.load[0].toFixed(1)}`);
    }
  }
  console.log(`after: ${uptime()}`);
  const least = (rows: Row[], k: keyof Row) => Math.min(...rows.map((x) => x[k]));
  const median = (rows: Row[], k: keyof Row) => rows.map((x) => x[k]).sort((x, y) => x - y)[Math.floor(rows.length / 2)];
  for (const w of ways) {
    console.log(`${w.name} (${w.c}): CPU least ${least(w.rows, 'cpu').toFixed(2)} / median ${median(w.rows, 'cpu').toFixed(2)} s = ${((median(w.rows, 'cpu') / set.files.length) * 1000).toFixed(1)} ms a report; main ${median(w.rows, 'main').toFixed(2)}, worker threads ${median(w.rows, 'workers').toFixed(2)}, V8 helpers ${median(w.rows, 'helpers').toFixed(2)} (medians); best wall ${least(w.rows, 'wall').toFixed(1)} s`);
  }
  for (const [i, c] of checkouts.entries()) {
    const [j1, j2] = ways.slice(i * 2, i * 2 + 2);
    console.log(`${i ? 'B' : 'A'} (${c}): ratio if two idle cores split --jobs 2's CPU and --jobs 1 took its main thread's (medians): ×${((2 * median(j1.rows, 'main')) / median(j2.rows, 'cpu')).toFixed(2)}; measured wall ×${(least(j1.rows, 'wall') / least(j2.rows, 'wall')).toFixed(2)} (best of ${rounds}, loaded machine)`);
  }
  const same = spawnSync('diff', ['-r', ways[0].out, ways[3].out], { encoding: 'utf8' }).status === 0 && spawnSync('cmp', [`${ways[0].out}.csv`, `${ways[3].out}.csv`]).status === 0;
  console.log(`A --jobs 1 and B --jobs 2 wrote ${same ? 'byte-identical' : 'DIFFERENT'} JSON, batch.json and summary CSV`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
