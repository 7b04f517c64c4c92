import { describe, expect, it } from 'vitest';
import type { BatchEntry } from '../store/batch-slice';
import { EMPTY_FILTER } from '../store/batch-slice';
import { facets, filterEntries, isFiltered } from './filter-rows';
import { formatBytes, runFigures, splitSeconds } from './progress-text';
import { reasonDiagnostic, reasonWords } from './unreadable-list';
import { RowSlots } from './row-slots';

const entry = (path: string, over: Partial<BatchEntry['row']> = {}): BatchEntry => ({
  key: path, order: 0, path, ms: 1, fails: [],
  chain: { file: path, agency: null, year: null, format: null, tables: { applications: null, proactive: null } },
  row: {
    file: path, json: null, agency: '平潭县公安局', year: 2020, format: '2019', template: null, script: 'simplified', tables: 3,
    tablesFound: [], checks: { fail: 0, uncertain: 0 }, warnings: 0, garbles: 0, duplicates: 0, error: null,
    indicators: { disclosureRate: null, denialRate: null, reviewCorrectionRate: null, litigationCorrectionRate: null, disputeRate: null },
    ...over,
  },
});

describe('grid filters', () => {
  const rows = [
    entry('a/pingtan-2020.txt'),
    entry('b.txt', { agency: '紫阳县公安局', year: 2021, format: '2021', checks: { fail: 2, uncertain: 0 } }),
    entry('c.bin', { agency: null, year: null, format: null, error: 'binary' }),
    entry('d.txt', { garbles: 4 }),
  ];
  const f = (o: Partial<typeof EMPTY_FILTER>) => filterEntries(rows, { ...EMPTY_FILTER, ...o }).map((e) => e.path);
  it('filters by text on path and agency, and by each facet', () => {
    expect(f({})).toEqual(['a/pingtan-2020.txt', 'b.txt', 'c.bin', 'd.txt']);
    expect(f({ text: 'PINGTAN' })).toEqual(['a/pingtan-2020.txt']);
    expect(f({ text: '紫阳' })).toEqual(['b.txt']);
    expect(f({ agency: '平潭县公安局' })).toEqual(['a/pingtan-2020.txt', 'd.txt']);
    expect(f({ year: '2021' })).toEqual(['b.txt']);
    expect(f({ template: '2019' })).toEqual(['a/pingtan-2020.txt', 'd.txt']);
    expect(f({ failures: true })).toEqual(['b.txt']);
    expect(f({ garbles: true })).toEqual(['d.txt']);
    expect(f({ unreadable: true })).toEqual(['c.bin']);
    expect(f({ garbles: true, failures: true })).toEqual([]);
    expect(isFiltered(EMPTY_FILTER)).toBe(false);
    expect(isFiltered({ ...EMPTY_FILTER, text: ' x ' })).toBe(true);
  });
  it('offers the distinct agencies, years and templates', () => {
    expect(facets(rows)).toEqual({ agencies: ['平潭县公安局', '紫阳县公安局'], years: ['2020', '2021'], templates: ['2019', '2021'] });
  });
});

describe('progress figures', () => {
  it('rate and time left from what is done', () => {
    expect(runFigures(0, 10, 1000)).toEqual({ rate: null, etaSeconds: null });
    expect(runFigures(5, 10, 2000)).toEqual({ rate: 2.5, etaSeconds: 2 });
    expect(splitSeconds(75.4)).toEqual({ m: 1, s: 15 });
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2 KB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MB');
  });
});

import { failuresByRule, histogram, stats } from './batch-chart-data';
describe('batch chart figures', () => {
  it('bins indicators by tenths, ratios over 1 apart', () => {
    const h = histogram([0, 0.05, 0.5, 1, 1.5]);
    expect(h[0]!.count).toBe(2);
    expect(h[5]!.count).toBe(1);
    expect(h[9]!.count).toBe(1);
    expect(h.at(-1)).toEqual({ label: '>100%', count: 1 });
    expect(histogram([0.2]).length).toBe(10);
  });
  it('median, min and max', () => {
    expect(stats([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3 });
    expect(stats([1, 2])).toEqual({ median: 1.5, min: 1, max: 2 });
    expect(stats([])).toEqual({ median: null, min: null, max: null });
  });
  it('counts each report once per failing rule', () => {
    const e = (fails: string[]) => ({ fails }) as unknown as BatchEntry;
    expect(failuresByRule([e(['a', 'a', 'b']), e(['b']), e([])])).toEqual([{ label: 'b', count: 2 }, { label: 'a', count: 1 }]);
  });
});

describe('unreadable reasons are batch.* diagnostics', () => {
  it('words a stored `code` or `code:detail` in both languages, and shows anything else as it is', () => {
    expect(reasonDiagnostic('zipTooLarge:99')).toEqual({ code: 'batch.zipTooLarge', params: { detail: '99' } });
    expect(reasonWords('zipTooLarge:99', 'en')).toBe('archive member too large (99 bytes)');
    expect(reasonWords('zipTooLarge:99', 'zh')).toBe('压缩包内文件过大（99 字节）');
    expect(reasonWords('systemFile', 'en')).toBe('system file (not a report)');
    expect(reasonWords('readFailed:a:b', 'zh')).toBe('无法读取：a:b');
    expect(reasonDiagnostic('文件为空')).toBeNull();
    expect(reasonWords('文件为空', 'en')).toBe('文件为空');
  });
});

describe('RowSlots (grid rows reused while scrolling)', () => {
  it('keeps the slot of a row that stays, gives a row scrolled in the slot of one scrolled out, and never moves rows when the count changes', () => {
    const s = new RowSlots();
    const ids = (a: number, b: number) => Array.from({ length: b - a }, (_, i) => `r${a + i}`);
    const first = s.assign(ids(0, 10));
    expect([...first.values()]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // down 3 rows: r3..r9 keep their slots, r10..r12 take the slots of r0..r2
    const second = s.assign(ids(3, 13));
    for (const id of ids(3, 10)) expect(second.get(id)).toBe(first.get(id));
    expect(new Set(ids(10, 13).map((id) => second.get(id)))).toEqual(new Set([0, 1, 2]));
    // one row more in view (a partial row at the bottom): the others stay where they are
    const third = s.assign(ids(3, 14));
    for (const id of ids(3, 13)) expect(third.get(id)).toBe(second.get(id));
    expect(third.get('r13')).toBe(10);
    // every slot distinct
    expect(new Set(third.values()).size).toBe(11);
    // a jump: all rows new, the same 11 slots reused
    expect(new Set(s.assign(ids(500, 511)).values())).toEqual(new Set(third.values()));
  });
});
