// Mojibake found and repaired, measured with a damage model of its own (written from
// shared/notes/garbled-text.md and the common real mix-ups, not from the detector's code; it
// encodes with its own tables built from TextDecoder): each line with Han text is misdecoded
// whole, one mix-up at a time, and set between its clean neighbours; detectGarbles reads the
// three lines. A line is *found* when every non-ASCII unit of the damaged line lies inside a
// mojibake or replacement garble, *repaired exactly* when the cleaned line equals the original
// (a repair marked as a guess counts when it is right; the last column counts only lines whose
// repair has no guess in it).
//   npx tsx scripts/bench/mojibake-heldout.ts insample   # the samples' lines (fixtures/samples/*.txt): tune here
//   npx tsx scripts/bench/mojibake-heldout.ts heldout    # holdout/real/texts + held-out generated reports: totals only
//   (--only <part of a mix-up's name>: that mix-up only; --debug, in-sample only: print each miss)
// Held out: the 10 real reports of holdout/real/texts and the text reports generated from seeds
// 1,000,000–1,000,039 by holdout/generate.ts (lines touching a planted garble left out). No one
// tunes on them; this script prints only totals for them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeContext } from '../../src/core/context';
import { cleanText, detectGarbles } from '../../src/core/garbles';
import { loadLexicon } from '../../src/core/garbles/lexicon';
import { generate } from '../../holdout/generate';
import type { Garble } from '../../src/core/types';

const root = join(import.meta.dirname, '..', '..');
const HAN4 = /[\u4e00-\u9fff]{4}/;

/** character → bytes in a 2-byte legacy codec, from TextDecoder (this script's own table) */
function encoderFor(label: 'gbk' | 'big5'): (s: string) => Uint8Array | null {
  const dec = new TextDecoder(label);
  const map = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let t = 0x40; t <= 0xfe; t++) {
      const ch = dec.decode(new Uint8Array([lead, t]));
      if (ch.length === 1 && ch !== '\ufffd' && !map.has(ch)) map.set(ch, [lead, t]);
    }
  return (s) => {
    const out: number[] = [];
    for (const ch of s) {
      const c = ch.codePointAt(0)!;
      if (c < 0x80) out.push(c);
      else {
        const b = map.get(ch);
        if (!b) return null; // not in that codec: the line cannot have been written in it
        out.push(...b);
      }
    }
    return new Uint8Array(out);
  };
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const gbk = encoderFor('gbk');
const big5 = encoderFor('big5');
const read = (label: string, b: Uint8Array | null) => (b ? new TextDecoder(label).decode(b) : null);
const isTraditional = (s: string) => big5(s) !== null && gbk(s) !== null && /[們這個說為與會於對業發專務關區國]/.test(s);

/** the mix-ups: file encoding → the encoding it was read as */
const MIXUPS: [string, (l: string) => string | null, boolean][] = [
  // [name, damage, repairable]
  ['UTF-8 read as GBK', (l) => read('gb18030', utf8(l)), true],
  ['UTF-8 read as Big5', (l) => read('big5', utf8(l)), true],
  ['UTF-8 read as Latin-1 (cp1252)', (l) => read('windows-1252', utf8(l)), true],
  ['UTF-8 read as Latin-1 twice (double encoding)', (l) => read('windows-1252', utf8(read('windows-1252', utf8(l))!)), true],
  ['UTF-8 read as GBK twice (double encoding)', (l) => read('gb18030', utf8(read('gb18030', utf8(l))!)), true],
  ['GBK read as Latin-1 (cp1252)', (l) => read('windows-1252', gbk(l)), true],
  ['GBK read as Big5 (simplified lines)', (l) => (isTraditional(l) ? null : read('big5', gbk(l))), true],
  ['Big5 read as GBK (traditional lines)', (l) => (isTraditional(l) ? read('gb18030', big5(l)) : null), true],
  ['GBK read as UTF-8 (bytes lost)', (l) => read('utf-8', gbk(l)), false],
];

function inSampleLines(): string[] {
  const dir = join(root, 'fixtures', 'samples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'));
}

function heldOutLines(): string[] {
  const dir = join(root, 'holdout', 'real', 'texts');
  const out = readdirSync(dir).flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'));
  for (let seed = 1_000_000; seed < 1_000_040; seed++) {
    const r = generate(seed);
    if (r.truth.kind !== 'text') continue;
    let at = 0;
    for (const line of r.text.split('\n')) {
      const [s, e] = [at, at + line.length];
      at = e + 1;
      if (!r.truth.plants.some((p) => p.span[0] < e && p.span[1] > s)) out.push(line);
    }
  }
  return out;
}

const pct = (a: number, b: number) => (b ? (a / b).toFixed(3) : '—');

interface Tally {
  n: number;
  found: number;
  exact: number;
  /** repaired exactly with no guessed piece */
  sure: number;
}

async function main(): Promise<void> {
  const which = process.argv[2];
  if (which !== 'insample' && which !== 'heldout') throw new Error('usage: mojibake-heldout.ts insample|heldout');
  const raw = which === 'insample' ? inSampleLines() : heldOutLines();
  // distinct lines with Han text, each with its neighbours in the source
  const seen = new Set<string>();
  const items: [string, string, string][] = [];
  for (let i = 0; i < raw.length; i++) {
    const l = raw[i].replace(/\r$/, '');
    if (!HAN4.test(l) || seen.has(l)) continue;
    seen.add(l);
    items.push([raw[i - 1] ?? '', l, raw[i + 1] ?? '']);
  }
  await loadLexicon();
  const t0 = performance.now();
  const tallies = new Map<string, Tally>();
  let cleanChanged = 0;
  const debug = which === 'insample' && process.argv.includes('--debug');
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : '';
  for (const [prev, line, next] of items) {
    // clean: no mojibake may be reported on the line as printed
    {
      const doc = `${prev}\n${line}\n${next}`;
      const { garbles } = await detectGarbles(makeContext(doc), []);
      const s = prev.length + 1;
      if (garbles.some((g) => g.kind === 'mojibake' && g.span[0] < s + line.length && g.span[1] > s)) cleanChanged++;
    }
    for (const [name, damage, repairable] of MIXUPS) {
      if (only && !name.includes(only)) continue;
      const bad = damage(line);
      if (bad === null || bad === line) continue;
      const doc = `${prev}\n${bad}\n${next}`;
      const s = prev.length + 1;
      const e = s + bad.length;
      const { garbles } = await detectGarbles(makeContext(doc), []);
      const mine: Garble[] = garbles
        .filter((g) => g.span[0] < e && g.span[1] > s)
        .map((g) => ({ ...g, span: [Math.max(s, g.span[0]) - s, Math.min(e, g.span[1]) - s] as [number, number] }));
      let found = true;
      for (let i = 0; i < bad.length && found; i++) {
        if (bad.charCodeAt(i) < 0x80) continue;
        if (!mine.some((g) => (g.kind === 'mojibake' || g.kind === 'replacement') && g.span[0] <= i && i < g.span[1])) found = false;
      }
      const exact = repairable && cleanText(bad, mine.filter((g) => g.kind === 'mojibake' || g.kind === 'replacement')) === line;
      const t = tallies.get(name) ?? { n: 0, found: 0, exact: 0, sure: 0 };
      t.n++;
      if (found) t.found++;
      if (exact) t.exact++;
      if (exact && !mine.some((g) => g.code === 'garble.misreadGuess')) t.sure++;
      tallies.set(name, t);
      if (debug && (!found || (repairable && !exact))) console.log(`${name}${found ? '' : ' NOT FOUND'}\n  ${line}\n  ${bad}\n  ${cleanText(bad, mine)}`);
    }
  }
  console.log(`${which}: ${items.length} distinct lines with Han text; clean lines given a mojibake garble: ${cleanChanged}`);
  console.log('mix-up'.padEnd(48) + 'lines  found  repaired exactly (no guess in it)');
  const all: Tally = { n: 0, found: 0, exact: 0, sure: 0 };
  const rep: Tally = { n: 0, found: 0, exact: 0, sure: 0 };
  for (const [name, , repairable] of MIXUPS) {
    const t = tallies.get(name);
    if (!t) continue;
    console.log(`${name.padEnd(48)}${String(t.n).padStart(5)}  ${pct(t.found, t.n)}  ${repairable ? `${pct(t.exact, t.n)}  (${pct(t.sure, t.n)})` : '(lost)'}`);
    for (const a of repairable ? [all, rep] : [all]) {
      a.n += t.n;
      a.found += t.found;
      a.exact += t.exact;
      a.sure += t.sure;
    }
  }
  console.log(`${'all mix-ups'.padEnd(48)}${String(all.n).padStart(5)}  ${pct(all.found, all.n)}`);
  console.log(`${'repairable mix-ups'.padEnd(48)}${String(rep.n).padStart(5)}  ${pct(rep.found, rep.n)}  ${pct(rep.exact, rep.n)}  (${pct(rep.sure, rep.n)})`);
  console.log(`(${((performance.now() - t0) / 1000).toFixed(0)} s)`);
}

await main();
