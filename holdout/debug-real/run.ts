// Real report texts to look at and tune on (holdout/debug-real/SOURCES.md), unlike holdout/real:
// every garble the detector reports on them, with its context, and the injected flags per 10k
// characters (counted as holdout/real counts them: over the whole text). The texts are clean as
// published, so an injected flag here is a false flag; page chrome flagged as markup is real.
//   npx tsx holdout/debug-real/run.ts [--quiet] [--traditional]
// --traditional: each text converted to Taiwan traditional first (OpenCC cn → twp, word by word,
// as converters publish it), so the script-variant handling meets real prose too.
import { readFileSync, readdirSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { inspectBytes, isErrorDocument } from '../../src/core/inspect';

const dir = new URL('texts/', import.meta.url);
const quiet = process.argv.includes('--quiet');
const toTraditional = process.argv.includes('--traditional') ? OpenCC.Converter({ from: 'cn', to: 'twp' }) : null;
let chars = 0;
const byKind: Record<string, number> = {};
for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const raw = readFileSync(new URL(file, dir), 'utf8');
  const bytes = new TextEncoder().encode(toTraditional ? toTraditional(raw) : raw);
  const doc = await inspectBytes(bytes, file);
  if (isErrorDocument(doc)) throw new Error(`${file}: ${doc.error}`);
  chars += doc.text.replace(/\s/g, '').length; // as holdout/real counts: no whitespace
  for (const g of doc.garbles) {
    byKind[g.kind] = (byKind[g.kind] ?? 0) + 1;
    if (quiet) continue;
    const [a, z] = g.span;
    const ctx = `${doc.text.slice(Math.max(0, a - 8), a)}[${doc.text.slice(a, z)}]${doc.text.slice(z, z + 8)}`.replace(/\n/g, '⏎');
    console.log(`${file.padEnd(42)} ${g.kind.padEnd(10)} ${ctx}`);
  }
}
const injected = byKind.injected ?? 0;
console.log(`debug-real: ${injected} injected flags over ${chars} characters (${((1e4 * injected) / chars).toFixed(2)} per 10k); all kinds ${JSON.stringify(byKind)}`);
