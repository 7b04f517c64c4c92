// Realistic-damage recall of the garble detector, in-sample (the project's own injector,
// injector.ts injectAnywhere): runs of 1–5 characters from three frequency bands (top 300,
// ranks 0–3,500, rare 5,000–15,000) planted anywhere beside a Han character of the clean
// samples (prose, labels, headings, dates, beside punctuation, digits, line breaks), both
// scripts. Prints recall per band, run length and position, and false flags per sample.
// Run: npx tsx scripts/bench/garbles-recall.ts [precise|thorough] [seeds] ['<lattice params JSON>']
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeContext } from '../../src/core/context';
import { detectGarbles } from '../../src/core/garbles';
import { loadLexicon } from '../../src/core/garbles/lexicon';
import { formatBand, measureAnywhere } from '../../src/core/garbles/injector';
import type { LatticeParams } from '../../src/core/garbles/lattice';
import { htmlToText } from '../../src/core/decode/html-text';

const HAINAN_RUNS = ['微束姜', '轎循朵', '滲蜜盼', '酷乘', '殃拜幾辣', '再謎局', '說酷遙晚']; // known noise

export function cleanSamples(): [string, string][] {
  const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'samples');
  const out: [string, string][] = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => {
      let t = readFileSync(join(dir, f), 'utf8');
      if (f.startsWith('hainan')) for (const r of HAINAN_RUNS) t = t.replace(r, '');
      return [f, t];
    });
  out.push(['shanghai-gov-office-2019.html', htmlToText(readFileSync(join(dir, 'shanghai-gov-office-2019.html'), 'utf8'))]);
  return out;
}

const han = (t: string) => (t.match(/\p{Script=Han}/gu) ?? []).length;

export async function recallReport(mode: 'precise' | 'thorough', seeds = 3, params: Partial<LatticeParams> & { damaged?: Partial<LatticeParams> } = {}): Promise<string[]> {
  const lex = await loadLexicon();
  const lines: string[] = [];
  const samples = cleanSamples();
  let flagsAll = 0;
  let hanAll = 0;
  for (const [f, t] of samples) {
    const { garbles } = await detectGarbles(makeContext(t), [], { mode, params });
    const inj = garbles.filter((g) => g.kind === 'injected');
    flagsAll += inj.length;
    hanAll += han(t);
    lines.push(`clean ${f}: ${inj.length} injected flags on ${han(t)} Han chars = ${((inj.length / han(t)) * 1e4).toFixed(2)} per 10k ${inj.map((g) => g.text).join(' ')}`);
  }
  lines.push(`clean total: ${flagsAll} flags on ${hanAll} = ${((flagsAll / hanAll) * 1e4).toFixed(2)} per 10k`);
  const bands = await measureAnywhere(lex, samples, async (text) => (await detectGarbles(makeContext(text), [], { mode, params })).garbles.filter((g) => g.kind === 'injected').map((g) => g.span), { seeds });
  for (const b of bands) lines.push(formatBand(mode, b));
  return lines;
}

if (process.argv[1]?.endsWith('garbles-recall.ts')) {
  for (const l of await recallReport((process.argv[2] ?? 'precise') as 'precise' | 'thorough', Number(process.argv[3] ?? 3), JSON.parse(process.argv[4] ?? '{}'))) console.log(l);
}
