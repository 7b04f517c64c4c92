import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fold } from '../normalize/fold';
import { findDuplicates } from './duplicates';
import { rng } from './injector';

const sample = (name: string) => readFileSync(new URL(`../../../fixtures/samples/${name}`, import.meta.url), 'utf8');

describe('findDuplicates', () => {
  it('finds the Hainan paragraph and sections 三–五 published twice, and their insertions', () => {
    const t = sample('hainan-provincial-police-2020-traditional.txt');
    const r = findDuplicates(t, fold(t));
    expect(r.duplicates).toHaveLength(2);
    const [para, sections] = r.duplicates;
    expect(t.slice(...para.of).startsWith('(一)主動公開政府信息情況')).toBe(true);
    expect(t.slice(...para.span).startsWith('(一)主動公開政府信息情況')).toBe(true);
    expect(para.of[1]).toBeLessThanOrEqual(para.span[0]);
    expect(t.slice(...sections.of).startsWith('三、收到和處理政府信息公開申請情況')).toBe(true);
    expect(t.slice(...sections.span).startsWith('三、收到和處理政府信息公開申請情況')).toBe(true);
    expect(t.slice(...sections.span).trimEnd().endsWith('常態化。')).toBe(true);
    expect(r.insertions.map((g) => g.text)).toEqual(['微束姜', '轎循朵', '再謎局', '說酷遙晚']);
    for (const g of r.insertions) expect(t.slice(...g.span)).toBe(g.text);
  });

  it('finds nothing in samples that publish nothing twice', () => {
    for (const f of ['guangdong-provincial-police-2017-traditional.txt', 'ziyang-county-police-2020.txt', 'pingtan-2020-flattened.txt', 'pingtan-2021-flattened.txt', 'huaian-gov-2024-pdftext.txt', 'haidong-city-police-2019.txt', 'bachu-county-police-2023.txt']) {
      const t = sample(f);
      expect([f, findDuplicates(t, fold(t)).duplicates]).toEqual([f, []]);
    }
  });

  it('aligns two copies damaged differently (random insertions, measured)', () => {
    const base = sample('guangdong-provincial-police-2017-traditional.txt').split('\n').filter((l) => l.length > 80);
    const rand = rng(7);
    const noise = '微束姜轎循朵滲蜜盼酷乘殃拜幾辣謎局說遙晚鑫燚犇淼';
    let found = 0;
    let planted = 0;
    let wrong = 0;
    let blocks = 0;
    for (const para of base) {
      const damage = (s: string, marks: Set<string>) => {
        let out = '';
        for (let i = 0; i < s.length; i++) {
          out += s[i];
          if (i > 10 && rand() < 0.01) {
            const run = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => noise[Math.floor(rand() * noise.length)]).join('');
            marks.add(`${out.length}:${run}`);
            out += run;
          }
        }
        return out;
      };
      const m1 = new Set<string>();
      const m2 = new Set<string>();
      const c1 = damage(para, m1);
      const c2 = damage(para, m2);
      const doc = '前言。\n' + c1 + '\n中间的一些别的文字，用来隔开两个副本。\n' + c2 + '\n';
      const o1 = 4;
      const o2 = o1 + c1.length + 1 + 19 + 1;
      const truth = new Set([...[...m1].map((k) => shift(k, o1)), ...[...m2].map((k) => shift(k, o2))]);
      planted += truth.size;
      const r = findDuplicates(doc, fold(doc));
      if (r.duplicates.length === 1) blocks++;
      for (const g of r.insertions) {
        // a run next to an equal character may be placed one step aside: same cleaned text
        const hit = [...truth].some((k) => {
          const [at, run] = k.split(':');
          return Math.abs(Number(at) - g.span[0]) <= run.length && run.length === g.text.length;
        });
        if (hit) found++;
        else wrong++;
      }
    }
    const recall = found / planted;
    const precision = found / (found + wrong);
    console.log(`duplicate alignment: ${blocks}/${base.length} blocks found, ${planted} planted runs, recall ${recall.toFixed(3)}, precision ${precision.toFixed(4)}`);
    expect(blocks / base.length).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.99);
  });

  it('takes no layout, no repeated wording and no long difference for an insertion', () => {
    const para = '继续拓展公开渠道，充分发挥政务新媒体的作用，更好地服务人民群众。下一步，我们将进一步健全工作机制，加强信息发布审核，提升政务公开的质量和实效。';
    // the same paragraph wrapped at other places (a PDF text's two copies): no insertion
    const pdf = `前言。\n${wrap(para, [30, 55])}\n中间的一些别的文字，用来隔开两个副本。\n${wrap(para, [31, 54])}\n`;
    expect(findDuplicates(pdf, fold(pdf)).insertions).toEqual([]);
    // a run that the document prints elsewhere (a table header repeated, rows differing) is wording
    const table = '申请人情况：本机关不掌握相关政府信息的告知申请人。';
    const rep = `${table}\n${para}\n中间的一些别的文字，用来隔开两个副本。\n${para.replace('群众。', '群众。告知申请人')}\n`;
    expect(findDuplicates(rep, fold(rep)).insertions.map((g) => g.text)).toEqual([]);
    // longer than any injected run (the lattice's five): an edit, not noise; five is taken
    for (const [run, want] of [['鑫燚犇淼鱻', ['鑫燚犇淼鱻']], ['鑫燚犇淼鱻骉', []]] as const) {
      const d = `前言。\n${para}\n中间的一些别的文字，用来隔开两个副本。\n${para.replace('群众。', `群众。${run}`)}\n`;
      expect(findDuplicates(d, fold(d)).insertions.map((g) => g.text)).toEqual(want);
    }
  });

  // its speed is measured by `npm run bench`; here, that a 1 MB paste of one report's pieces
  // repeated is read whole and every block found points at an earlier copy
  it('reads a 1 MB paste of repeated pieces', () => {
    const unit = sample('guangdong-provincial-police-2017-traditional.txt');
    let big = '';
    const rand = rng(1);
    while (big.length < 1_000_000) big += unit.slice(Math.floor(rand() * 1000)) + '\n';
    const r = findDuplicates(big, fold(big));
    expect(r.duplicates.length).toBeGreaterThan(0);
    for (const d of r.duplicates) expect(d.of[0]).toBeLessThan(d.span[0]);
  });
});

/** `t` with line breaks at the offsets `at` */
function wrap(t: string, at: number[]): string {
  return at.reduceRight((s, k) => s.slice(0, k) + '\n' + s.slice(k), t);
}

function shift(key: string, by: number): string {
  const [at, run] = key.split(':');
  return `${Number(at) + by}:${run}`;
}
