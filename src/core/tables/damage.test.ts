// Damage inside labels and headings: runs of 1–5 injected characters inside row labels
// ((六)其他[…]处理, 部[…]分公开), an invisible character or a byte-order mark inside 第二十条,
// Taiwan vocabulary with characters injected inside it (规范性檔[…]案), and column headers of
// table 二 damaged beyond reading — the template must follow the rows, not a broken header.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbRendered, compareWithTruth, inspectStructure } from '../testing/measure';
import { LAYOUTS, type Layout } from '../testing/layouts';
import { makeContext } from '../context';
import { APPLICATION_ROWS, PROACTIVE_FORMAT_MARKS, PROACTIVE_ROWS } from './templates';
import { findGapLabel } from './gap';

const dec = new TextDecoder();
const enc = new TextEncoder();
// characters written the same in both scripts, so the script stays what it was
const POOL = '的一是在了有和人中大上个以要时来们生到作地于出就分对成可主年动同工也能下过子产种面而方后多定行法所民得十三之进等部度家力如水自二理起小物加量都两体机当使点从业本去性好应开它合还因由其些然前外天四日那社事平形相全表间样与关各重新线内数正心反明看原又利比或但质气第向道命此';
function prng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

type Damage = (text: string, format: '2019' | '2021', rnd: () => number) => string;

/** Insert `make()` once inside each chosen occurrence (positions found in the folded view). */
function inside(text: string, words: string[], make: () => string, rnd: () => number, every = false): string {
  const f = makeContext(text).folded;
  const edits: [number, string][] = [];
  for (const w of words) {
    for (let i = f.indexOf(w); i >= 0; i = every ? f.indexOf(w, i + w.length) : -1) edits.push([i + 1 + Math.floor(rnd() * (w.length - 1)), make()]);
  }
  edits.sort((a, b) => b[0] - a[0]);
  let out = text;
  for (const [at, s] of edits) out = out.slice(0, at) + s + out.slice(at);
  return out;
}
const runOf = (rnd: () => number, min: number, max: number) => () => {
  let s = '';
  const n = min + Math.floor(rnd() * (max - min + 1));
  for (let i = 0; i < n; i++) s += POOL[Math.floor(rnd() * POOL.length)];
  return s;
};

const DAMAGE: Record<string, Damage> = {
  'runs of 1–5 characters inside a third of the row labels': (t, format, rnd) => {
    const labels = [...APPLICATION_ROWS[format], ...PROACTIVE_ROWS[format]].map((r) => r.label).filter((l) => l.length >= 4 && rnd() < 0.33);
    return inside(t, labels, runOf(rnd, 1, 5), rnd);
  },
  'three characters inside (六)其他处理': (t, _f, rnd) => inside(t, ['其他处理'], runOf(rnd, 3, 3), rnd),
  'an invisible character or a BOM inside every 第二十条': (t, _f, rnd) => inside(t, ['第二十条'], () => ['\u200b', '\ufeff', '\u200d'][Math.floor(rnd() * 3)]!, rnd, true),
  'runs of 4–5 characters inside every column header of 二 and the 2021 marks of 三': (t, _f, rnd) =>
    inside(inside(t, [...PROACTIVE_FORMAT_MARKS['2019'], ...PROACTIVE_FORMAT_MARKS['2021']], runOf(rnd, 4, 5), rnd, true), ['逾期不补正', '逾期未按收费通知'], runOf(rnd, 2, 4), rnd, true),
};

async function problems(layout: Layout, damage: Damage): Promise<string[]> {
  const out: string[] = [];
  for (const format of ['2019', '2021'] as const) {
    for (const [i, r] of fc.sample(arbRendered(layout, format), { seed: 31, numRuns: 4 }).entries()) {
      const text = damage(dec.decode(r.bytes), format, prng(1 + i * 7919 + (format === '2019' ? 0 : 104729)));
      const got = await inspectStructure(r.name, enc.encode(text));
      const cmp = compareWithTruth(got, r);
      if (cmp.mismatches.length) out.push(`${format} #${i}: ${cmp.mismatches.slice(0, 3).join('; ')}`);
      if (got.meta.format !== format) out.push(`${format} #${i}: format ${got.meta.format}`);
      if (cmp.failingGot.join() !== cmp.failingWant.join()) out.push(`${format} #${i} checks: ${cmp.failingGot.join()} ≠ ${cmp.failingWant.join()}`);
    }
  }
  return out;
}

for (const [name, damage] of Object.entries(DAMAGE)) {
  describe(name, () => {
    for (const layout of LAYOUTS.filter((l) => l !== 'glued')) {
      it(layout, async () => expect(await problems(layout, damage)).toEqual([]), 60_000);
    }
  });
}

describe('findGapLabel', () => {
  it('finds a label with one injected run at a cell start, in Taiwan vocabulary too', () => {
    expect(findGapLabel('\n(六)其微束姜他处理\n1', '其他处理', 0, 20)?.start).toBe(4);
    expect(findGapLabel('\n规范性档厂近将案\n1', '规范性文件', 0, 20)?.end).toBe(9);
  });
  it('refuses two gaps, a figure inside, and a start inside a word', () => {
    expect(findGapLabel('\n其微他束处理\n', '其他处理', 0, 20)).toBeNull();
    expect(findGapLabel('\n其他12处理\n', '其他处理', 0, 20)).toBeNull();
    expect(findGapLabel('\n关于其他事项的处理\n', '其他处理', 0, 20)).toBeNull();
  });
});

describe('findGapLabel on a two-character label', () => {
  it('takes 规[犖]章 only as a whole cell', () => {
    expect(findGapLabel('\n\t规犖章\n\t12', '规章', 0, 20)).toEqual({ start: 2, end: 5, cost: 0.34 });
    expect(findGapLabel('\n规三个章12144', '规章', 0, 20)?.end).toBe(5);
    expect(findGapLabel('\n规章\n', '规章', 0, 20)?.end).toBe(3);
  });
  it('refuses it inside prose', () => {
    expect(findGapLabel('，规范性文件和规章，', '规章', 0, 20)).toBeNull();
    expect(findGapLabel('\n规范性文件和规章\n', '规章', 0, 20)).toBeNull();
  });
});
