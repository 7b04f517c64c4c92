// Doubling test of adversarial inputs (issue 13 item 2): each input is inspected at size n and
// 2n; the time ratio should stay near 2 (linear). A ratio above 3 is flagged. Timing figures
// only: nothing here is asserted (the machine is shared; see HELPERS.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspectBytes } from '../../src/core/inspect';

const enc = new TextEncoder();

interface Adversary {
  name: string;
  /** the input at scale n (n roughly proportional to its size) */
  make(n: number): string;
  /** the smallest n measured; each step doubles it */
  n0: number;
}

const PARAGRAPH =
  '一、总体情况\n2023年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息1234条，收到申请56件。\n' +
  '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| 规章 | 0 | 0 | 12 |\n| 规范性文件 | 3 | 1 | 45 |\n';

const SAMPLE = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'samples', 'bachu-county-police-2023.txt'), 'utf8');
/**
 * Prose in which no phrase repeats: the sample's Han characters drawn by a fixed generator, with
 * commas and full stops. The garble detector checks a 6-character phrase against the rest of the
 * document whenever a hashed screen says it may occur; here the screens' false hits are the only
 * hits, so a check that scans the text costs time quadratic in its length.
 */
function variedProse(n: number): string {
  const han = [...new Set(SAMPLE.match(/[\u4e00-\u9fff]/g) ?? [])];
  let x = 12345;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out.push(i % 97 === 96 ? '。\n' : i % 13 === 12 ? '，' : han[(x >>> 8) % han.length]);
  }
  return out.join('');
}

/**
 * Lines that end a sentence and then hold two rare characters before the break (…。[格式]\n): each
 * such fragment was looked up in the whole text, and the finds compared with every other find.
 */
function strandedFragments(n: number): string {
  const prose = variedProse(n);
  let x = 99;
  return prose.replace(/。\n/g, () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return '。' + String.fromCharCode(0x4e00 + ((x >>> 8) % 20000), 0x4e00 + ((x >>> 12) % 20000)) + '\n';
  });
}

/** A real report with its line breaks taken out, repeated to length n. */
const FLAT = SAMPLE.replace(/\s*\n\s*/g, ' ');

export const ADVERSARIES: Adversary[] = [
  {
    name: 'nested HTML tables',
    n0: 5_000,
    make: (n) => '<html><body>' + '<table><tr><td>'.repeat(n) + 'x' + '</td></tr></table>'.repeat(n) + '</body></html>',
  },
  {
    name: 'nested HTML divs',
    n0: 20_000,
    make: (n) => '<html><body>' + '<div>'.repeat(n) + '一' + '</div>'.repeat(n) + '</body></html>',
  },
  { name: 'unmatched close tags', n0: 20_000, make: (n) => '<html><body>' + '<div>'.repeat(n) + '</span>'.repeat(n) + '</body></html>' },
  { name: 'forms inside deep nesting', n0: 20_000, make: (n) => '<html><body>' + '<div>'.repeat(n) + '<form>'.repeat(n) + '</body></html>' },
  {
    name: 'rows under a long rowspan',
    n0: 20_000,
    make: (n) => '<html><body><table><tr>' + '<td rowspan=65534>x'.repeat(100) + '<tr><td>1'.repeat(n) + '</table></body></html>',
  },
  { name: 'outcome phrases without a full stop', n0: 20_000, make: (n) => '予以公开5件，'.repeat(Math.ceil(n / 7)) },
  {
    name: 'no newlines (one long paragraph)',
    n0: 100_000,
    make: (n) => '主动公开政府信息1234条，收到申请56件，'.repeat(Math.ceil(n / 20)).slice(0, n),
  },
  { name: 'a report without newlines', n0: 100_000, make: (n) => FLAT.repeat(Math.ceil(n / FLAT.length)).slice(0, n) },
  {
    name: 'labels without newlines',
    n0: 20_000,
    make: (n) => '规章 0 0 12 规范性文件 3 1 45 收到申请 56 '.repeat(Math.ceil(n / 30)).slice(0, n),
  },
  { name: 'one huge line of pipes', n0: 200_000, make: (n) => '|'.repeat(n) },
  { name: 'pipes with digits on one line', n0: 100_000, make: (n) => '| 1 '.repeat(n / 4) },
  { name: 'tabs with digits on one line', n0: 100_000, make: (n) => '规章\t1\t'.repeat(n / 5) },
  { name: 'a million tiny lines', n0: 250_000, make: (n) => 'a\n'.repeat(n / 2) },
  { name: 'tiny lines of digits', n0: 125_000, make: (n) => '1\n'.repeat(n / 2) },
  { name: 'a paragraph pasted many times', n0: 250, make: (n) => PARAGRAPH.repeat(n) },
  { name: 'varied prose, no phrase repeated', n0: 25_000, make: variedProse },
  { name: 'rare fragments after sentence ends', n0: 25_000, make: strandedFragments },
  // every 免费 read its sentence to the next 。: the text's end here (0.96 MB took 11.0 s, then 1.4 s)
  { name: 'fee wording without a full stop', n0: 20_000, make: (n) => '本机关免费提供服务，'.repeat(Math.ceil(n / 10)) },
  { name: 'a run of placeholder crosses after Han text', n0: 50_000, make: (n) => '报告' + 'x'.repeat(n) + 'a' },
];

async function time(text: string): Promise<number> {
  const bytes = enc.encode(text);
  const t = performance.now();
  await inspectBytes(bytes, text.startsWith('<html') ? 'x.html' : 'x.txt');
  return performance.now() - t;
}

/** Best of `runs` (the least disturbed by other work on the machine). */
async function best(text: string, runs: number): Promise<number> {
  let b = Infinity;
  for (let r = 0; r < runs; r++) b = Math.min(b, await time(text));
  return b;
}

export async function benchScaling(options: { steps?: number; only?: string } = {}): Promise<number> {
  const steps = options.steps ?? 3;
  let flagged = 0;
  console.log('\nadversarial inputs, time per doubling (expect ~2, flagged when the mean ratio > 3; best of 3 runs each)');
  for (const a of ADVERSARIES) {
    if (options.only && !a.name.includes(options.only)) continue;
    const cells: string[] = [];
    let prev = 0;
    let first = 0;
    await best(a.make(a.n0), 1); // warm the code paths
    for (let s = 0, n = a.n0; s <= steps; s++, n *= 2) {
      const text = a.make(n);
      const ms = await best(text, 3);
      const mb = enc.encode(text).length / 1e6;
      if (prev > 0) cells.push(`×${(ms / prev).toFixed(2)}`);
      else first = ms;
      cells.push(`${mb.toFixed(2)} MB ${ms.toFixed(0)} ms`);
      prev = ms;
    }
    // one step's ratio is noisy on a shared machine: judge the mean ratio over all the steps
    const mean = Math.pow(prev / Math.max(first, 0.5), 1 / steps);
    const flag = mean > 3 ? '  <-- SUPER-LINEAR?' : '';
    if (flag) flagged++;
    console.log(`  ${a.name.padEnd(36)} mean ×${mean.toFixed(2)}  ${cells.join('  ')}${flag}`);
  }
  return flagged;
}
