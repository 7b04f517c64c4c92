// Two checkouts' structure passes compared in ONE process, input by input (A then B, B then A
// on the next pass), CPU time per stage: on a shared machine the load drifts over minutes, so
// runs of the two in turn differ by more than the change being measured; interleaved, both see
// the same load. Each checkout's core is bundled with esbuild (its own node_modules).
//   npx tsx scripts/bench/structure-ab.ts <checkout A> <checkout B> [warm passes, default 10]
// e.g. git worktree add /tmp/base main --detach (node_modules copied in), then
//   npx tsx scripts/bench/structure-ab.ts /tmp/base .
// Cold figures need a fresh process each (run stage-cpu.ts in turn): here only warm ones.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadavg } from 'node:os';
import { bundleCheckout, STRUCTURE_EXPORTS } from './bundle-checkout';
import { corpus, STAGES, type Stage } from './structure';

interface Pass {
  decodeInput(bytes: Uint8Array, name: string): Promise<{ ok: boolean; value?: { text: string } }>;
  makeContext(text: string): unknown;
  findSections(ctx: unknown): unknown;
  extractTables(ctx: unknown, sections: unknown): { format: unknown; tables: unknown };
  detectMeta(ctx: unknown, sections: unknown, format: unknown): unknown;
  runChecks(ctx: unknown, tables: unknown, meta: unknown, sections: unknown): unknown;
}

async function bundle(checkout: string, out: string): Promise<Pass> {
  await bundleCheckout(checkout, out, STRUCTURE_EXPORTS);
  return (await import(pathToFileURL(out).href)) as Pass;
}

const [a, b, passesArg] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: npx tsx scripts/bench/structure-ab.ts <checkout A> <checkout B> [passes]');
  process.exit(2);
}
const passes = Number(passesArg ?? 10);
const dir = mkdtempSync(join(tmpdir(), 'structure-ab-'));
const A = await bundle(a, join(dir, 'a.mjs'));
const B = await bundle(b, join(dir, 'b.mjs'));
const inputs = corpus(1_200_000);
const mb = inputs.reduce((x, i) => x + i.bytes.length, 0) / 1e6;
const zero = () => Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;

async function one(L: Pass, input: { name: string; bytes: Uint8Array }, acc: Record<Stage, number>): Promise<void> {
  let c = process.cpuUsage();
  const lap = (s: Stage) => {
    const d = process.cpuUsage(c);
    acc[s] += (d.user + d.system) / 1000;
    c = process.cpuUsage();
  };
  const decoded = await L.decodeInput(input.bytes, input.name);
  lap('decode');
  if (!decoded.ok || !decoded.value) return;
  const ctx = L.makeContext(decoded.value.text);
  lap('context');
  const sections = L.findSections(ctx);
  lap('sections');
  const ex = L.extractTables(ctx, sections);
  lap('tables');
  const meta = L.detectMeta(ctx, sections, ex.format);
  lap('meta');
  L.runChecks(ctx, ex.tables, meta, sections);
  lap('checks');
}

const WARMUP = 3;
const wa = zero();
const wb = zero();
for (let p = 0; p < passes + WARMUP; p++) {
  const ta = p < WARMUP ? zero() : wa;
  const tb = p < WARMUP ? zero() : wb;
  for (const input of inputs) {
    if (p % 2) {
      await one(A, input, ta);
      await one(B, input, tb);
    } else {
      await one(B, input, tb);
      await one(A, input, ta);
    }
  }
}
const total = (t: Record<Stage, number>) => STAGES.reduce((x, s) => x + t[s], 0);
const row = (name: string, t: Record<Stage, number>) =>
  `  ${name} ` + STAGES.map((s) => `${s} ${(t[s] / passes).toFixed(1)}`).join(', ') + `; total ${(total(t) / passes).toFixed(1)} ms = ${(mb / (total(t) / passes / 1000)).toFixed(1)} MB/s`;
console.log(`structure pass A/B, ${inputs.length} reports, ${mb.toFixed(2)} MB, load average ${loadavg()[0].toFixed(1)}; CPU ms per warm pass, ${passes} interleaved passes after ${WARMUP}:`);
console.log(row(`A (${a})`, wa));
console.log(row(`B (${b})`, wb));
console.log('  B/A: ' + STAGES.map((s) => `${s} ${(wb[s] / wa[s]).toFixed(2)}`).join(', ') + `; total ${(total(wb) / total(wa)).toFixed(3)}`);
