// @vitest-environment jsdom
// The grid's sort through the table library, with the collation ranks, against a plain
// reference sort (String.localeCompare in Chinese for text, numbers by value, blanks last,
// ties in input order) — for every column, both directions, and as rows stream in.
import { beforeEach, describe, expect, it } from 'vitest';
import { act, useEffect, useState } from 'react';
import { useTable, type SortingState } from '@tanstack/react-table';
import type { BatchEntry } from '../store/batch-slice';
import { COLUMNS } from './grid-columns';
import { columns, features, rankSome, resetRanks, sortEntries, unranked } from './grid-sort';
import { CollationRanks } from './collation-ranks';
import { rootPerTest } from '../shared/test-root';

// a small deterministic generator (mulberry32)
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// agencies with the look-alikes a collator may rank close or equal: scripts, widths, Latin, a
// zero-width character, digits
const AGENCIES = ['平潭县公安局', '平潭縣公安局', '紫阳县公安局', '福州市鼓楼区人民政府', 'ＡＢＣ办公室', 'ABC办公室', 'abc办公室', '平潭县\u200b公安局', '厦门市2号局', '厦门市10号局', '阿坝州', '啊'];

function entries(n: number, seed: number): BatchEntry[] {
  const r = rng(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const error = r() < 0.1 ? pick(['binary', 'empty', '无法识别']) : null;
    const path = `${pick(['a', 'b', '乙', 'Z'])}/${pick(['报告', 'report', '年报'])}-${Math.floor(r() * 50)}.txt`;
    const num = () => (r() < 0.2 ? null : Math.floor(r() * 5));
    const rate = () => (r() < 0.3 ? null : pick([0, 0.25, 0.5, 1 / 3, 1]));
    return {
      key: `k${seed}-${i}`, order: i, path, ms: r() < 0.1 ? null : Math.floor(r() * 100), fails: [],
      corrected: r() < 0.2 ? 1 : undefined,
      chain: { file: path, agency: null, year: null, format: null, tables: { applications: null, proactive: null } },
      row: {
        file: path, json: null, agency: r() < 0.15 ? null : pick(AGENCIES), year: r() < 0.1 ? null : 2019 + Math.floor(r() * 7),
        format: pick([null, '2019', '2021', 'pre-2019', 'unknown'] as const), template: null, script: pick(['simplified', 'traditional', 'mixed'] as const),
        tables: num() ?? 0, tablesFound: [], checks: { fail: num() ?? 0, uncertain: num() ?? 0 }, warnings: num() ?? 0, garbles: num() ?? 0,
        duplicates: num() ?? 0, error,
        indicators: { disclosureRate: rate(), denialRate: rate(), reviewCorrectionRate: rate(), litigationCorrectionRate: rate(), disputeRate: rate() },
      },
    } as BatchEntry;
  });
}

/** the plain reference: what a person expects a sort by these columns to give */
const cmp = (x: string | number, y: string | number) =>
  typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh');
function referenceBy(data: readonly BatchEntry[], sorting: SortingState): string[] {
  return data
    .map((e, i) => ({ e, i }))
    .sort((a, b) => {
      for (const s of sorting) {
        const spec = COLUMNS.find((c) => c.id === s.id)!;
        const x = spec.value(a.e);
        const y = spec.value(b.e);
        if (x === undefined || y === undefined) {
          if (x === y) continue;
          return x === undefined ? 1 : -1;
        }
        const c = (s.desc ? -1 : 1) * cmp(x, y);
        if (c) return c;
      }
      return a.i - b.i;
    })
    .map((x) => x.e.key);
}
const reference = (data: readonly BatchEntry[], id: string, desc: boolean) => referenceBy(data, [{ id, desc }]);

const keysOf = (xs: readonly BatchEntry[]) => xs.map((e) => e.key);

describe('the grid sort', () => {
  // the rank tables are the module's, kept across sorts: each test starts from none
  beforeEach(() => resetRanks());
  it('orders every column as the plain reference does, both ways', () => {
    const data = entries(400, 1);
    for (const c of COLUMNS) {
      for (const desc of [false, true]) {
        expect(keysOf(sortEntries(data, [{ id: c.id, desc }])), `${c.id} ${desc ? 'desc' : 'asc'}`).toEqual(reference(data, c.id, desc));
      }
    }
    expect(sortEntries(data, [])).toBe(data);
  });

  it('sorts by several columns in turn (shift-click), each with its own direction', () => {
    const data = entries(300, 2);
    for (const sorting of [
      [{ id: 'agency', desc: false }, { id: 'year', desc: true }],
      [{ id: 'format', desc: true }, { id: 'fail', desc: false }, { id: 'file', desc: false }],
    ]) expect(keysOf(sortEntries(data, sorting))).toEqual(referenceBy(data, sorting));
  });

  it('stays right as rows stream in (ranks kept across flushes) and over a filtered subset', () => {
    let all: BatchEntry[] = [];
    for (let flush = 0; flush < 6; flush++) {
      all = [...all, ...entries(60, 100 + flush)];
      for (const id of ['agency', 'file', 'format', 'error', 'year']) {
        expect(keysOf(sortEntries(all, [{ id, desc: flush % 2 === 1 }])), `${id} flush ${flush}`).toEqual(reference(all, id, flush % 2 === 1));
      }
    }
    const some = all.filter((_, i) => i % 3 === 0);
    expect(keysOf(sortEntries(some, [{ id: 'agency', desc: false }], all))).toEqual(reference(some, 'agency', false));
  });

  it('ranks many new values in slices (each slice stops at its deadline), then sorts as the reference', () => {
    const data = entries(2000, 9);
    const sorting = [{ id: 'file', desc: false }, { id: 'agency', desc: true }];
    const before = unranked(data, sorting);
    // no ranks left from earlier tests (beforeEach): every file name and agency is new
    expect(before).toBeGreaterThan(2000);
    // a deadline already past: one step of 64 rows, then it stops
    expect(rankSome(data, sorting, 0)).toBe(false);
    const after = unranked(data, sorting);
    expect(after).toBeLessThan(before);
    // exactly the first 64 rows' file names (the first column sorted on), every row with one of them
    const first = new Set(data.slice(0, 64).map((e) => e.path));
    expect(after).toBe(before - data.filter((e) => first.has(e.path)).length);
    // then slices with a deadline until all are ranked: never one lost (a slice that overran its
    // deadline in the rows ranked already may add none, so no count of slices is asserted)
    let left = after;
    let slices = 0;
    for (let done = false; !done; ) {
      done = rankSome(data, sorting, performance.now() + 2);
      slices++;
      const now = unranked(data, sorting);
      expect(now, `slice ${slices}`).toBeLessThanOrEqual(left);
      left = now;
      expect(slices).toBeLessThan(1000);
    }
    expect(left).toBe(0);
    expect(keysOf(sortEntries(data, sorting))).toEqual(referenceBy(data, sorting));
  });

  it('a new workspace after a large one starts its ranks again and still sorts right', () => {
    const big = entries(3000, 7);
    sortEntries(big, [{ id: 'file', desc: false }]);
    const small = entries(30, 8);
    expect(keysOf(sortEntries(small, [{ id: 'file', desc: false }]))).toEqual(reference(small, 'file', false));
  });
});

describe('the sort state from the header toggles', () => {
  const t = rootPerTest();
  it('text columns sort ascending first, numbers descending first, a third click unsorts', () => {
    const seen: { sorting: SortingState; toggle: (id: string) => void } = { sorting: [], toggle: () => {} };
    const report = (sorting: SortingState, toggle: (id: string) => void) => Object.assign(seen, { sorting, toggle });
    function Probe({ onState }: { onState: typeof report }) {
      const [s, setS] = useState<SortingState>([]);
      const table = useTable({ features, columns, data: [] as BatchEntry[], state: { sorting: s }, onSortingChange: setS, manualSorting: true });
      useEffect(() => {
        onState(s, (id) => table.getColumn(id)!.toggleSorting(undefined, false));
      });
      return null;
    }
    t.render(<Probe onState={report} />);
    const click = (id: string) => act(() => seen.toggle(id));
    click('agency');
    expect(seen.sorting).toEqual([{ id: 'agency', desc: false }]);
    click('agency');
    expect(seen.sorting).toEqual([{ id: 'agency', desc: true }]);
    click('year');
    expect(seen.sorting).toEqual([{ id: 'year', desc: true }]);
    click('year');
    expect(seen.sorting).toEqual([{ id: 'year', desc: false }]);
    click('year');
    expect(seen.sorting).toEqual([]);
  });
});

describe('CollationRanks', () => {
  it('ranks as the collator orders, values it holds equal sharing a rank', () => {
    const compare = new Intl.Collator('zh').compare;
    const r = rng(3);
    const values = Array.from({ length: 500 }, () => Array.from({ length: 1 + Math.floor(r() * 4) }, () => String.fromCharCode(0x4e00 + Math.floor(r() * 300))).join(''));
    values.push('a', 'A', 'ａ', 'a\u200b', '1', '10', '2');
    const ranks = new CollationRanks(compare);
    ranks.add(values.slice(0, 250));
    ranks.add(values.slice(250));
    for (let i = 0; i < values.length; i++) {
      for (let j = 0; j < values.length; j += 7) {
        expect(Math.sign(ranks.rank(values[i]!) - ranks.rank(values[j]!)), `${values[i]} vs ${values[j]}`).toBe(Math.sign(compare(values[i]!, values[j]!)));
      }
    }
    expect(() => ranks.rank('never added')).toThrow();
  });
});
