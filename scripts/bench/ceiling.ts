// The hardware's own ceiling for the batch pool: a trivially parallel pure-JavaScript workload on
// 1 and on 2 worker threads (same work per thread, no messages between them), so the CLI's
// --jobs ratio can be read against what this machine gives any two threads. Two workloads:
// `compute` (integer arithmetic, no allocation: the cores alone) and `alloc` (short strings,
// regexes, arrays and maps, like the parser: the cores plus V8's allocator, GC and memory).
// Each thread reports its own CPU seconds from /proc/thread-self (Linux). Then the inspecting core
// itself the same way (`core`): each thread inspects the same generated reports, a first pass
// (cold: loading the lexicon, compiling) and a warm one, with nothing shared — what the CLI's pool
// could reach if messages, files and JSON cost nothing.
// `npm run bench -- ceiling [UNITS] [DIR]` (DIR: a folder of reports for `core`).
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const cpu = () => {
  try {
    const s = readFileSync('/proc/thread-self/stat', 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch { return NaN; }
};
function compute(units) {
  let x = 1, acc = 0;
  for (let u = 0; u < units; u++) for (let i = 0; i < 1e6; i++) { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; acc = (acc + (x & 1023)) | 0; }
  return acc;
}
function alloc(units) {
  let acc = 0;
  const re = /(\\d+)\\s*件/g;
  for (let u = 0; u < units; u++) {
    const parts = [];
    for (let i = 0; i < 20000; i++) parts.push('第' + i + '行 收到申请 ' + (i * 7 % 1000) + ' 件');
    const text = parts.join('\\n');
    const m = new Map();
    for (const line of text.split('\\n')) {
      re.lastIndex = 0;
      const g = re.exec(line);
      if (g) m.set(line.slice(0, 6), { n: Number(g[1]), line });
    }
    for (const v of m.values()) acc = (acc + v.n) | 0;
  }
  return acc;
}
const c0 = cpu(), t0 = performance.now();
const r = (workerData.kind === 'compute' ? compute : alloc)(workerData.units);
parentPort.postMessage({ r, wall: (performance.now() - t0) / 1000, cpu: cpu() - c0 });
`;

interface ThreadResult {
  wall: number;
  cpu: number;
}

function runThreads(kind: string, units: number, n: number): Promise<{ wall: number; threads: ThreadResult[] }> {
  const t0 = performance.now();
  return Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<ThreadResult>((resolve, reject) => {
          const w = new Worker(WORKER, { eval: true, workerData: { kind, units } });
          w.once('message', (m: ThreadResult) => resolve(m));
          w.once('error', reject);
        }),
    ),
  ).then((threads) => ({ wall: (performance.now() - t0) / 1000, threads }));
}

const steal = (): number[] => readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);

interface Pass {
  cpu: number;
  wall: number;
}

function coreThreads(files: string[], n: number): Promise<{ first: Pass; warm: Pass }[]> {
  return Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<{ first: Pass; warm: Pass }>((resolve, reject) => {
          // the worker is TypeScript: tsx's loader is registered in the thread before importing it
          const src = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(new URL('./ceiling-core-worker.ts', import.meta.url).href)}); })`;
          const w = new Worker(src, { eval: true, workerData: { files } });
          w.once('message', resolve);
          w.once('error', reject);
        }),
    ),
  );
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export async function benchCeilingCore(dir: string): Promise<void> {
  const files = listFiles(dir);
  console.log(`── the core on ${files.length} reports of ${dir}, each thread the whole set: cold pass, then warm pass (thread CPU)`);
  for (let r = 0; r < 2; r++) {
    for (const n of [1, 2]) {
      const load = loadavg()[0];
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const res = await coreThreads(files, n);
      const wall = (performance.now() - t0) / 1000;
      const c = process.cpuUsage(c0);
      const per = (p: Pass) => ((1000 * p.cpu) / files.length).toFixed(2);
      console.log(
        `  core, ${n} thread${n > 1 ? 's' : ''}: cold pass CPU/report ${res.map((x) => per(x.first)).join(' ')} ms, warm ${res.map((x) => per(x.warm)).join(' ')} ms; ` +
          `warm wall ${res.map((x) => x.warm.wall.toFixed(2)).join(' ')} s; process CPU ${((c.user + c.system) / 1e6).toFixed(2)} s (all threads, per thread of work ${((c.user + c.system) / 1e6 / n).toFixed(2)}), wall ${wall.toFixed(2)} s (load ${load.toFixed(2)})`,
      );
    }
  }
}

export async function benchCeiling(units = 0): Promise<void> {
  console.log(`── reference ceiling: the same pure-JS work on 1 and on 2 worker threads (load ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
  for (const [kind, u] of [
    ['compute', units || 600],
    ['alloc', units || 60],
  ] as const) {
    const rounds: string[] = [];
    let best1 = Infinity;
    let best2 = Infinity;
    let cpu1 = Infinity;
    let cpu2 = Infinity;
    for (let r = 0; r < 2; r++) {
      for (const n of [1, 2]) {
        const s0 = steal();
        const load = loadavg()[0];
        const run = await runThreads(kind, u, n);
        const s1 = steal();
        const d = s1.map((v, i) => v - s0[i]);
        const st = (100 * (d[7] ?? 0)) / (d.reduce((a, b) => a + b, 0) || 1);
        const cpu = run.threads.reduce((a, t) => a + t.cpu, 0);
        rounds.push(`${n} thread${n > 1 ? 's' : ''}: wall ${run.wall.toFixed(2)} s, per-thread CPU ${run.threads.map((t) => t.cpu.toFixed(2)).join(' + ')} s (load ${load.toFixed(2)}, steal ${st.toFixed(0)}%)`);
        if (n === 1) {
          best1 = Math.min(best1, run.wall);
          cpu1 = Math.min(cpu1, cpu);
        } else {
          best2 = Math.min(best2, run.wall);
          cpu2 = Math.min(cpu2, cpu / 2);
        }
      }
    }
    for (const line of rounds) console.log(`  ${kind}, ${line}`);
    // two threads do twice the work: the ratio is 2 × (one thread's wall) / (two threads' wall)
    console.log(`  ${kind}: throughput ×${((2 * best1) / best2).toFixed(2)} by wall with 2 threads (best of 2 each); CPU per unit of work ×${(cpu2 / cpu1).toFixed(2)} (1.00 = the second thread costs nothing extra)`);
  }
}
