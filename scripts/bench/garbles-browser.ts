// The garble detector's throughput in Chromium (Debian's /usr/bin/chromium, headless): the core
// bundled with esbuild into one script, run in a page on the same ≥ 1 MB damaged text as
// `npm run bench`. Also the word data's load time there. Run: npx tsx scripts/bench/garbles-browser.ts
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { join } from 'node:path';

const entry = `
import { makeContext } from './src/core/context';
import { detectGarbles } from './src/core/garbles';
import { loadLexicon } from './src/core/garbles/lexicon';
import { loadPlaces } from './src/core/garbles/places';
import { charPools, inject } from './src/core/garbles/injector';
export async function run(samples, modes) {
  const out = [];
  let t0 = performance.now();
  const lex = await loadLexicon();
  out.push('lexicon load (import + trie + variants) ' + (performance.now() - t0).toFixed(0) + ' ms');
  t0 = performance.now();
  await loadPlaces();
  out.push('gazetteer load ' + (performance.now() - t0).toFixed(0) + ' ms');
  const pools = charPools(lex);
  const parts = [];
  let size = 0;
  for (let seed = 1; size < 1100000; seed++) {
    const s = samples[seed % samples.length];
    const { text } = inject(s.replace(/\\d+/g, (d) => String(Number(d) + seed)), { pool: pools.common, cls: 'common', length: 1 + (seed % 4), every: 400, seed, traditional: false });
    parts.push(text);
    size += new TextEncoder().encode(text).length;
  }
  const big = parts.join('\\n');
  const mb = new TextEncoder().encode(big).length / 1e6;
  for (const mode of modes) {
    const ctx = makeContext(big);
    await detectGarbles(ctx, [], { mode });
    let best = Infinity;
    for (let i = 0; i < 5; i++) {
      const t1 = performance.now();
      await detectGarbles(ctx, [], { mode });
      best = Math.min(best, (performance.now() - t1) / 1000);
    }
    out.push(mode + ': ' + mb.toFixed(2) + ' MB, best of 5 ' + (best * 1000).toFixed(0) + ' ms = ' + (mb / best).toFixed(1) + ' MB/s');
  }
  return out;
}
`;

const root = join(import.meta.dirname, '..', '..');
const res = await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, format: 'iife', globalName: 'bench', write: false, platform: 'browser', target: 'es2022' });
const { readFileSync, readdirSync } = await import('node:fs');
const dir = join(root, 'fixtures', 'samples');
const samples = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage();
await page.addScriptTag({ content: res.outputFiles[0].text });
const lines = await page.evaluate(([s]) => (globalThis as unknown as { bench: { run: (s: string[], m: string[]) => Promise<string[]> } }).bench.run(s, ['precise', 'thorough']), [samples] as const);
for (const l of lines) console.log('chromium garbles: ' + l);
await browser.close();
