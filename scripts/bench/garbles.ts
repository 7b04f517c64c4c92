// Throughput of the garble detector (detectGarbles: exact kinds, duplicates, mojibake, the
// injected-character lattice) on ≥ 1 MB of realistic text: the samples' text repeated with
// fresh noise planted in each copy, as one paste. Also the lexicon's load time. Target ≥ 5 MB/s.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeContext } from '../../src/core/context';
import { detectGarbles } from '../../src/core/garbles';
import { loadLexicon } from '../../src/core/garbles/lexicon';
import { charPools, inject } from '../../src/core/garbles/injector';

export async function benchGarbles(): Promise<void> {
  const t0 = performance.now();
  const lex = await loadLexicon();
  const loadMs = performance.now() - t0;
  console.log(`garbles: lexicon load (import + trie) ${loadMs.toFixed(0)} ms`);

  const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'samples');
  const samples = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  const pools = charPools(lex);
  const parts: string[] = [];
  let size = 0;
  for (let seed = 1; size < 1_100_000; seed++) {
    const s = samples[seed % samples.length];
    // a different report each time: numbers shifted, noise planted anew
    const { text } = inject(s.replace(/\d+/g, (d) => String(Number(d) + seed)), { pool: pools.common, cls: 'common', length: 1 + (seed % 4), every: 400, seed, traditional: false });
    parts.push(text);
    size += Buffer.byteLength(text);
  }
  const big = parts.join('\n');
  const bytes = Buffer.byteLength(big);
  for (const mode of ['precise', 'thorough'] as const) {
    const ctx = makeContext(big);
    await detectGarbles(ctx, [], { mode }); // warm-up
    // best of 5, wall clock and this process's CPU time (the machine may be shared)
    let wall = Infinity;
    let cpu = Infinity;
    let found = 0;
    for (let i = 0; i < 5; i++) {
      const c0 = process.cpuUsage();
      const t1 = performance.now();
      found = (await detectGarbles(ctx, [], { mode })).garbles.length;
      wall = Math.min(wall, (performance.now() - t1) / 1000);
      const c = process.cpuUsage(c0);
      cpu = Math.min(cpu, (c.user + c.system) / 1e6);
    }
    const mb = bytes / 1e6;
    console.log(
      `garbles (${mode}): ${mb.toFixed(2)} MB (${big.length} chars): wall ${(wall * 1000).toFixed(0)} ms = ${(mb / wall).toFixed(1)} MB/s, CPU ${(cpu * 1000).toFixed(0)} ms = ${(mb / cpu).toFixed(1)} MB/s; ${found} garbles (target ≥ 5 MB/s)`,
    );
  }
}
