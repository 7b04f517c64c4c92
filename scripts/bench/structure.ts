// Throughput of the structure pass (decode → context → sections → tables → meta → checks; not
// the garble detector, which has its own bench) on ≥ 1 MB of realistic reports: every sample
// plus generated reports in every layout and script. Per stage, warm (steady state) and cold (the
// first pass). Targets: ≥ 50 MB/s warm, ≥ 10 MB/s cold.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import * as fc from 'fast-check';
import { decodeInput } from '../../src/core/decode';
import { makeContext } from '../../src/core/context';
import { findSections } from '../../src/core/sections';
import { extractTables } from '../../src/core/tables';
import { detectMeta } from '../../src/core/meta';
import { runChecks } from '../../src/core/checks';
import { LAYOUTS } from '../../src/core/testing/layouts';
import { arbRendered } from '../../src/core/testing/measure';

interface Input {
  name: string;
  bytes: Uint8Array;
}

export function corpus(minBytes: number): Input[] {
  const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'samples');
  const samples = readdirSync(dir)
    .filter((f) => /\.(txt|html)$/.test(f))
    .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(dir, f))) }));
  const inputs: Input[] = [...samples];
  let size = samples.reduce((a, s) => a + s.bytes.length, 0);
  let seed = 1;
  while (size < minBytes) {
    for (const layout of LAYOUTS) {
      for (const format of ['2019', '2021'] as const) {
        const [r] = fc.sample(arbRendered(layout, format), { seed: seed++, numRuns: 1 });
        inputs.push({ name: r.name, bytes: r.bytes });
        size += r.bytes.length;
      }
    }
    // the real samples again, so they weigh as much as the generated ones
    inputs.push(...samples);
    size += samples.reduce((a, s) => a + s.bytes.length, 0);
  }
  return inputs;
}

/** CPU milliseconds (user + system) of this process since `from` */
const cpuMs = (from: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
};

export const STAGES = ['decode', 'context', 'sections', 'tables', 'meta', 'checks'] as const;
const WARMUP = 4;
const MEASURED = 5;

export type Stage = (typeof STAGES)[number];

/** One input through the structure pass, `lap(stage)` called as each stage ends; null when it does not decode. */
export async function structureStages(input: Input, lap: (stage: Stage) => void): Promise<{ tables: number; failing: number } | null> {
  const decoded = await decodeInput(input.bytes, input.name);
  lap('decode');
  if (!decoded.ok) return null;
  const ctx = makeContext(decoded.value.text);
  lap('context');
  const sections = findSections(ctx);
  lap('sections');
  const extraction = extractTables(ctx, sections);
  lap('tables');
  const meta = detectMeta(ctx, sections, extraction.format);
  lap('meta');
  const checks = runChecks(ctx, extraction.tables, meta, sections);
  lap('checks');
  return { tables: Object.values(extraction.tables).filter(Boolean).length, failing: checks.filter((c) => c.status === 'fail').length };
}

export async function benchStructure(): Promise<void> {
  const inputs = corpus(1_200_000);
  const bytes = inputs.reduce((a, i) => a + i.bytes.length, 0);
  let tables = 0;
  let failing = 0;
  const pass = async (): Promise<Record<(typeof STAGES)[number], number>> => {
    const time: Record<(typeof STAGES)[number], number> = { decode: 0, context: 0, sections: 0, tables: 0, meta: 0, checks: 0 };
    tables = 0;
    failing = 0;
    for (const input of inputs) {
      let t = performance.now();
      const lap = (stage: (typeof STAGES)[number]) => {
        const now = performance.now();
        time[stage] += now - t;
        t = now;
      };
      const r = await structureStages(input, lap);
      tables += r?.tables ?? 0;
      failing += r?.failing ?? 0;
    }
    return time;
  };
  const sum = (t: Record<(typeof STAGES)[number], number>) => STAGES.reduce((a, s) => a + t[s], 0);
  // The first pass runs cold (the JIT has not compiled the hot paths yet): what one report in a
  // fresh worker costs. Then a few warm-up passes, and the median of the measured ones: the
  // steady state, what a batch of reports costs.
  let c0 = process.cpuUsage();
  const cold = await pass();
  const cpuCold = cpuMs(c0);
  for (let i = 0; i < WARMUP; i++) await pass();
  const runs: Record<(typeof STAGES)[number], number>[] = [];
  const cpuRuns: number[] = [];
  for (let i = 0; i < MEASURED; i++) {
    c0 = process.cpuUsage();
    runs.push(await pass());
    cpuRuns.push(cpuMs(c0));
  }
  cpuRuns.sort((a, b) => a - b);
  const cpuWarm = cpuRuns[Math.floor(cpuRuns.length / 2)]!;
  runs.sort((a, b) => sum(a) - sum(b));
  const time = runs[Math.floor(runs.length / 2)];
  const total = sum(time);
  const mb = bytes / 1e6;
  const rate = (ms: number) => (mb / (ms / 1000)).toFixed(1).padStart(8);
  console.log(`structure pass: ${inputs.length} reports, ${mb.toFixed(2)} MB (samples + generated, ${LAYOUTS.length} layouts); load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
  console.log(`  warm: median of ${MEASURED} passes after ${WARMUP + 1} warm-up passes; cold: the first pass (what one report in a fresh worker costs)`);
  console.log(`  stage       warm ms    MB/s    cold ms    MB/s`);
  const line = (name: string, w: number, c: number) => console.log(`  ${name.padEnd(9)} ${w.toFixed(0).padStart(8)} ${rate(w)} ${c.toFixed(0).padStart(10)} ${rate(c)}`);
  for (const s of STAGES) line(s, time[s], cold[s]);
  line('total', total, sum(cold));
  console.log(`  warm ${(mb / (total / 1000)).toFixed(1)} MB/s (target ≥ 50: ${mb / (total / 1000) >= 50 ? 'met' : 'NOT met'}), cold ${(mb / (sum(cold) / 1000)).toFixed(1)} MB/s (target ≥ 10: ${mb / (sum(cold) / 1000) >= 10 ? 'met' : 'NOT met'})`);
  console.log(`  CPU time of this process: warm pass ${cpuWarm.toFixed(0)} ms = ${rate(cpuWarm).trim()} MB/s, cold pass ${cpuCold.toFixed(0)} ms = ${rate(cpuCold).trim()} MB/s (steadier than wall time on a shared machine)`);
  console.log(`  ${tables} tables extracted, ${failing} failing checks per pass`);
}

/**
 * The whole inspection (inspectBytes: decode, structure, garbles, the report document) on the
 * same reports: what one core does per second, warm (median of 3 passes after one). The garble
 * detector's lexicon is loaded before timing. Target ≥ 10 MB/s per core.
 */
export async function benchWhole(): Promise<void> {
  const { inspectBytes } = await import('../../src/core/inspect');
  const { loadLexicon } = await import('../../src/core/garbles/lexicon');
  await loadLexicon();
  const inputs = corpus(1_200_000);
  const mb = inputs.reduce((a, i) => a + i.bytes.length, 0) / 1e6;
  const pass = async () => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const input of inputs) await inspectBytes(input.bytes, input.name);
    return { wall: performance.now() - t0, cpu: cpuMs(c0) };
  };
  const first = await pass();
  const runs = [await pass(), await pass(), await pass()].sort((a, b) => a.cpu - b.cpu);
  const r = runs[1]!;
  const rate = (ms: number) => (mb / (ms / 1000)).toFixed(1);
  console.log(`whole inspection (inspectBytes, garbles included), ${mb.toFixed(2)} MB, load average ${loadavg()[0].toFixed(1)}:`);
  console.log(`  warm: wall ${r.wall.toFixed(0)} ms = ${rate(r.wall)} MB/s, CPU ${r.cpu.toFixed(0)} ms = ${rate(r.cpu)} MB/s (target ≥ 10 MB/s per core); first pass (cold, unless the benches before it ran): CPU ${first.cpu.toFixed(0)} ms = ${rate(first.cpu)} MB/s`);
}
