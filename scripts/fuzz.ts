// npm run fuzz [-- runs [seed]]: more fuzz cases than the suite runs (src/core/testing/fuzz.ts),
// from a new seed each time unless one is given; failures are shrunk and printed with their seed.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runFuzz } from '../src/core/testing/fuzz';

const runs = Number(process.argv[2] ?? 2000);
const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);
const dir = join(import.meta.dirname, '..', 'fixtures', 'samples');
const samples = readdirSync(dir)
  .filter((n) => /\.(txt|html)$/.test(n))
  .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
const t = performance.now();
const failures = await runFuzz(samples, runs, seed, true);
console.log(`fuzz: ${runs} mutated reports + ${runs} arbitrary inputs from seed ${seed} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
for (const f of failures) console.log(`FAIL ${f}`);
process.exitCode = failures.length ? 1 : 0;
