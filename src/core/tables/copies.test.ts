// The light copies (copies.ts: only the best copy kept whole while reading) against the plain
// way (every copy held, joined, then picked: extractPlain): the same extraction, on every sample,
// on generated reports in every layout, on pastes holding many copies of each table, and on
// tables broken over pages (pieces joined) printed in or out of text order.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { makeContext } from '../context';
import { decodeInput } from '../decode';
import { extractPlain, extractTables } from './index';
import { ContinuationFold, joinContinuations, type Piece } from './continuation';
import type { Table } from '../types';
import { LAYOUTS } from '../testing/layouts';
import { arbRendered } from '../testing/measure';

const dir = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'samples');
const samples = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(dir, f), 'utf8'));

function same(text: string): void {
  const ctx = makeContext(text);
  expect(JSON.stringify(extractTables(ctx, []))).toBe(JSON.stringify(extractPlain(ctx)));
}

describe('light table copies', () => {
  it('extract the same as the plain way on every sample', () => {
    for (const s of samples) same(s);
  });

  it('extract the same on pastes of many reports (many copies, some differing, some equal)', () => {
    const parts: string[] = [];
    for (let seed = 1; seed <= 24; seed++) {
      // every third copy unchanged: copies printed twice alike (differs: false) and not
      const s = samples[seed % samples.length]!;
      parts.push(seed % 3 === 0 ? s : s.replace(/\d+/g, (d) => String(Number(d) + seed)));
      if (seed % 4 === 0) same(parts.join('\n'));
    }
  });

  it('extract the same on generated reports in every layout, alone and pasted together', async () => {
    const texts: string[] = [];
    let seed = 7;
    for (const layout of LAYOUTS) {
      for (const format of ['2019', '2021'] as const) {
        const [r] = fc.sample(arbRendered(layout, format), { seed: seed++, numRuns: 1 });
        const d = await decodeInput(r!.bytes, r!.name);
        if (!d.ok) continue;
        same(d.value.text);
        texts.push(d.value.text);
      }
    }
    same(texts.join('\n'));
  }, 60_000);

  it('extract the same on a table broken over pages, its pieces in text order or not', () => {
    const head = '## 三、收到和处理政府信息公开申请情况\n\n| | | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n';
    const first = head + '| | 一、本年新收政府信息公开申请数量 | 6 | 4 | 0 | 4 | 1 | 13 | 28 |\n| | 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 1 | 1 |\n| 三、本年度办理结果 | （一）予以公开 | 1 | 0 | 0 | 3 | 0 | 0 | 4 |\n';
    const second = head + '| | （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 0 | 0 | 0 | 0 | 1 | 0 | 1 |\n| | （四）无法提供 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n| | 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n';
    same(first + '\n' + second);
    same(second + '\n' + first);
    same([first, second, samples[0]!, first, second].join('\n'));
  });
});

// pieces of a four-row table: a span, and which rows each found (the others noted missing)
const ORDER = ['a', 'b', 'c', 'd'];
const arbPiece = fc.record({ start: fc.integer({ min: 0, max: 40 }), len: fc.integer({ min: 1, max: 15 }), found: fc.subarray(ORDER) }).map(({ start, len, found }): Piece => {
  const table: Table = {
    span: [start, start + len],
    rows: Object.fromEntries(ORDER.map((k) => [k, { v: found.includes(k) ? start : null }])),
    cells: [],
    notes: ORDER.filter((k) => !found.includes(k)).map((row) => ({ kind: 'missing-row' as const, code: 'note.rowMissing', params: { row, label: row }, message: row, span: null, row })),
  };
  return { table, rowsFound: found.length, warnings: [] };
});

describe('ContinuationFold', () => {
  it('joins pieces in text order as joinContinuations does, and refuses pieces out of text order', () => {
    fc.assert(
      // half the time in text order (pieces join), else as drawn (mostly out of order)
      fc.property(fc.array(arbPiece, { maxLength: 8 }), fc.boolean(), (drawn, sorted) => {
        const pieces = sorted ? [...drawn].sort((x, y) => x.table.span[0] - y.table.span[0]) : drawn;
        const settled: Piece[] = [];
        const fold = new ContinuationFold<Piece>(() => ORDER, (p) => settled.push(p));
        let inOrder = true;
        for (const p of pieces) {
          const accepted = fold.add(p);
          const expected = inOrder && pieces.indexOf(p) > 0 ? p.table.span[0] >= pieces[pieces.indexOf(p) - 1]!.table.span[0] : inOrder;
          expect(accepted).toBe(expected);
          if (!accepted) inOrder = false;
          if (!inOrder) break;
        }
        fold.end();
        if (inOrder) expect(JSON.stringify(settled)).toBe(JSON.stringify(joinContinuations(pieces, () => ORDER)));
      }),
      { numRuns: 500 },
    );
  });
});
