// The structure pass's output and the whole report document over a fixed corpus, as digests: run
// it on two checkouts (before and after a speed change) and the digests must be equal. Corpus:
// the samples and decode fixtures, generated reports in every layout and template (seeds from 1),
// and the held-out generator's DEBUG split (seeds from 5000, far below the held-out 1,000,000).
// Per input: the structure pass as the structure bench runs it (decoded text, folded text,
// sections, tables, metadata without garbles, checks) and inspectBytes's document, as JSON.
//   npx tsx scripts/bench/structure-digest.ts [generated per layout, default 20] [debug seeds, default 300] [--out file]
// --out writes one line per input (name, structure digest, document digest), to diff two runs.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { decodeInput } from '../../src/core/decode';
import { makeContext } from '../../src/core/context';
import { findSections } from '../../src/core/sections';
import { extractTables } from '../../src/core/tables';
import { detectMeta } from '../../src/core/meta';
import { runChecks } from '../../src/core/checks';
import { inspectBytes } from '../../src/core/inspect';
import { LAYOUTS } from '../../src/core/testing/layouts';
import { arbRendered } from '../../src/core/testing/measure';
import { generate } from '../../holdout/generate';

const root = join(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args.splice(outAt, 2)[1] : undefined;
const perLayout = Number(args[0] ?? 20);
const debugSeeds = Number(args[1] ?? 300);
const DEBUG_FROM = 5000; // the held-out split starts at 1,000,000: never read here

const inputs: { id: string; name: string; bytes: Uint8Array }[] = [];
for (const dir of ['fixtures/samples', 'fixtures/decode']) {
  for (const f of readdirSync(join(root, dir)).sort()) {
    const p = join(root, dir, f);
    if (statSync(p).isFile() && !f.endsWith('.mts')) inputs.push({ id: `${dir}/${f}`, name: f, bytes: new Uint8Array(readFileSync(p)) });
  }
}
let seed = 1;
for (let k = 0; k < perLayout; k++) {
  for (const layout of LAYOUTS) {
    for (const format of ['2019', '2021'] as const) {
      const [r] = fc.sample(arbRendered(layout, format), { seed, numRuns: 1 });
      inputs.push({ id: `generated ${layout} ${format} seed ${seed}`, name: r.name, bytes: r.bytes });
      seed++;
    }
  }
}
for (let s = DEBUG_FROM; s < DEBUG_FROM + debugSeeds; s++) {
  const g = generate(s);
  inputs.push({ id: `holdout debug seed ${s}`, name: g.name, bytes: g.bytes });
}

const digest = (x: unknown) => createHash('sha1').update(typeof x === 'string' ? x : JSON.stringify(x)).digest('hex').slice(0, 16);
const lines: string[] = [];
for (const input of inputs) {
  let structure: string;
  try {
    const decoded = await decodeInput(input.bytes, input.name);
    if (!decoded.ok) structure = digest(decoded);
    else {
      const ctx = makeContext(decoded.value.text);
      const sections = findSections(ctx);
      const extraction = extractTables(ctx, sections);
      const meta = detectMeta(ctx, sections, extraction.format);
      const checks = runChecks(ctx, extraction.tables, meta, sections);
      structure = digest({ decoded: decoded.value, folded: ctx.folded, sections, extraction, meta, checks });
    }
  } catch (e) {
    structure = `throws ${String(e)}`;
  }
  let document: string;
  try {
    document = digest(await inspectBytes(input.bytes, input.name));
  } catch (e) {
    document = `throws ${String(e)}`;
  }
  lines.push(`${input.id}\t${structure}\t${document}`);
}
if (out) writeFileSync(out, lines.join('\n') + '\n');
console.log(`${inputs.length} inputs; structure pass and documents: ${digest(lines.join('\n'))}`);
