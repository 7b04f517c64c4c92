// The garble detector's output over a fixed corpus, as one digest: run it on two checkouts
// (before and after a speed change) and the digests must be equal. The corpus: every sample (the
// HTML one decoded), the decode fixtures' texts, generated reports in every layout and script
// (seeds from 1, never held-out ones), each also with injected runs (common and rare, 1–5
// characters, between Han characters and anywhere), and a pasted document of many reports (for
// the document-wide statistics and the duplicate finder); every text in both modes.
//   npx tsx scripts/bench/garbles-digest.ts [generated reports, default 300] [--verbose]
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { decodeInput } from '../../src/core/decode';
import { makeContext } from '../../src/core/context';
import { detectGarbles } from '../../src/core/garbles';
import { loadLexicon } from '../../src/core/garbles/lexicon';
import { bandPools, charPools, inject, injectAnywhere, s2tChar } from '../../src/core/garbles/injector';
import { LAYOUTS } from '../../src/core/testing/layouts';
import { arbRendered } from '../../src/core/testing/measure';

const root = join(import.meta.dirname, '..', '..');

async function texts(generated: number): Promise<[string, string][]> {
  const out: [string, string][] = [];
  const add = async (name: string, bytes: Uint8Array) => {
    const d = await decodeInput(bytes, name);
    if (d.ok) out.push([name, d.value.text]);
  };
  for (const dir of ['fixtures/samples', 'fixtures/decode']) {
    for (const f of readdirSync(join(root, dir)).sort()) if (/\.(txt|html)$/.test(f)) await add(f, new Uint8Array(readFileSync(join(root, dir, f))));
  }
  let seed = 1;
  while (out.length < generated) {
    for (const layout of LAYOUTS) {
      for (const format of ['2019', '2021'] as const) {
        const [r] = fc.sample(arbRendered(layout, format), { seed: seed++, numRuns: 1 });
        await add(`gen-${seed}-${r.name}`, r.bytes);
      }
    }
  }
  const lex = await loadLexicon();
  const pools = charPools(lex);
  const bands = bandPools(lex);
  const s2t = s2tChar();
  const clean = [...out];
  for (const [k, [name, t]] of clean.entries()) {
    const traditional = /traditional|[們這國]/.test(t);
    const cls = k % 2 ? 'rare' : 'common';
    out.push([`${name} +inject`, inject(t, { pool: pools[cls], cls, length: 1 + (k % 5), every: 150 + 50 * (k % 4), seed: k + 1, traditional, s2t }).text]);
    const band = (['top', 'common', 'rare'] as const)[k % 3];
    out.push([`${name} +anywhere`, injectAnywhere(t, { pool: bands[band], band, maxLength: 5, every: 200, seed: k + 7, traditional, s2t }).text]);
  }
  // one long paste of many reports, numbers shifted in each copy
  let paste = '';
  for (let k = 0; paste.length < 150_000; k++) paste += clean[k % clean.length][1].replace(/\d+/g, (d) => String(Number(d) + k)) + '\n';
  out.push(['paste', paste]);
  return out;
}

const n = Number(process.argv[2] ?? 300);
const verbose = process.argv.includes('--verbose');
const all = createHash('sha256');
let garbles = 0;
let duplicates = 0;
for (const [name, text] of await texts(n)) {
  for (const mode of ['precise', 'thorough'] as const) {
    const r = await detectGarbles(makeContext(text), [], { mode });
    const one = JSON.stringify(r);
    all.update(`${name}\t${mode}\t${one}\n`);
    garbles += r.garbles.length;
    duplicates += r.duplicates.length;
    if (verbose) console.log(`${name}\t${mode}\t${createHash('sha256').update(one).digest('hex').slice(0, 12)}\t${r.garbles.length}`);
  }
}
console.log(`garbles ${garbles}, duplicates ${duplicates}, digest ${all.digest('hex')}`);
