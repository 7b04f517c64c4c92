// Two checkouts' garble detectors compared in ONE process, calls alternated (A then B, B then A
// on the next round), CPU time per call: on a shared machine the load drifts over minutes, so
// runs of the two in turn differ by more than the change being measured. Each checkout's core is
// bundled with esbuild. Inputs: the garbles bench's 1.1 MB paste (the samples with noise planted,
// one text) or its reports one by one (`reports`). Medians and minimums of the rounds.
//   npx tsx scripts/bench/garbles-ab.ts <checkout A> <checkout B> [paste|reports] [rounds, default 12] [precise|thorough]
// e.g. git worktree add /tmp/base main --detach (node_modules copied in), then
//   npx tsx scripts/bench/garbles-ab.ts /tmp/base . paste 16
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleCheckout } from './bundle-checkout';
import { decodeInput } from '../../src/core/decode';
import { loadLexicon } from '../../src/core/garbles/lexicon';
import { charPools, inject } from '../../src/core/garbles/injector';
import { corpus } from './structure';

interface Core {
  makeContext(text: string): unknown;
  detectGarbles(ctx: unknown, sections: unknown[], options: { mode: 'precise' | 'thorough' }): Promise<unknown>;
}

async function bundle(checkout: string, out: string): Promise<Core> {
  await bundleCheckout(checkout, out, [['makeContext', 'context'], ['detectGarbles', 'garbles']]);
  return (await import(pathToFileURL(out).href)) as Core;
}

const [a, b, which = 'paste', roundsArg, modeArg] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: npx tsx scripts/bench/garbles-ab.ts <checkout A> <checkout B> [paste|reports] [rounds] [precise|thorough]');
  process.exit(2);
}
const rounds = Number(roundsArg ?? 12);
const mode = modeArg === 'thorough' ? 'thorough' : 'precise';
const dir = mkdtempSync(join(tmpdir(), 'garbles-ab-'));
const A = await bundle(a, join(dir, 'a.mjs'));
const B = await bundle(b, join(dir, 'b.mjs'));

/** the texts, as the garbles bench builds them */
async function texts(): Promise<{ texts: string[]; bytes: number }> {
  if (which === 'reports') {
    const out: string[] = [];
    let bytes = 0;
    for (const input of corpus(1_200_000)) {
      const d = await decodeInput(input.bytes, input.name);
      if (!d.ok) continue;
      out.push(d.value.text);
      bytes += input.bytes.length;
    }
    return { texts: out, bytes };
  }
  const samples = join(import.meta.dirname, '..', '..', 'fixtures', 'samples');
  const all = readdirSync(samples).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(samples, f), 'utf8'));
  const pools = charPools(await loadLexicon());
  const parts: string[] = [];
  let bytes = 0;
  for (let seed = 1; bytes < 1_100_000; seed++) {
    const s = all[seed % all.length];
    const { text } = inject(s.replace(/\d+/g, (d) => String(Number(d) + seed)), { pool: pools.common, cls: 'common', length: 1 + (seed % 4), every: 400, seed, traditional: false });
    parts.push(text);
    bytes += Buffer.byteLength(text);
  }
  return { texts: [parts.join('\n')], bytes };
}

const { texts: inputs, bytes } = await texts();
const ctxs = { a: inputs.map((t) => A.makeContext(t)), b: inputs.map((t) => B.makeContext(t)) };
async function pass(L: Core, cs: unknown[]): Promise<number> {
  const c0 = process.cpuUsage();
  for (const ctx of cs) await L.detectGarbles(ctx, [], { mode });
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}
await pass(A, ctxs.a);
await pass(B, ctxs.b);
const ta: number[] = [];
const tb: number[] = [];
for (let r = 0; r < rounds; r++) {
  if (r % 2) {
    tb.push(await pass(B, ctxs.b));
    ta.push(await pass(A, ctxs.a));
  } else {
    ta.push(await pass(A, ctxs.a));
    tb.push(await pass(B, ctxs.b));
  }
}
const median = (x: number[]) => [...x].sort((p, q) => p - q)[x.length >> 1];
const mb = bytes / 1e6;
const row = (name: string, t: number[]) => `  ${name}: median ${median(t).toFixed(0)} ms, min ${Math.min(...t).toFixed(0)} ms CPU = ${(mb / (median(t) / 1000)).toFixed(2)} MB/s (median), ${(mb / (Math.min(...t) / 1000)).toFixed(2)} MB/s (min)`;
console.log(`garbles A/B (${mode}), ${which}: ${inputs.length} text(s), ${mb.toFixed(2)} MB, load average ${loadavg()[0].toFixed(1)}; ${rounds} interleaved rounds after one each:`);
console.log(row(`A (${a})`, ta));
console.log(row(`B (${b})`, tb));
console.log(`  B/A: median ${(median(tb) / median(ta)).toFixed(3)}, min ${(Math.min(...tb) / Math.min(...ta)).toFixed(3)}`);
