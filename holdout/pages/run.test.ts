// The page runner's scoring, on a project sample whose golden values are known (not on the
// third-party texts, which are not in git): right cells count right, a changed truth value counts
// exactly that cell, a table the core does not return counts as a null table, and a failing check is
// judged the report's own when its cells are read as annotated, false when one is misread.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scorePage } from './run';
import { rowCols, type PageTableKey, type PageTruth, type TruthValue } from './truth';

const text = readFileSync(new URL('../../fixtures/samples/bachu-county-police-2023.txt', import.meta.url), 'utf8');
const golden = JSON.parse(readFileSync(new URL('../../fixtures/golden/bachu-county-police-2023.json', import.meta.url), 'utf8')) as {
  tables: Record<PageTableKey, Record<string, Record<string, number | null>>>;
};

/** The golden rows of one table as truth arrays (template column order). */
function rowsOf(table: PageTableKey, keys: string[]): Record<string, TruthValue[]> {
  return Object.fromEntries(keys.map((k) => [k, (rowCols(table, '2021', k) ?? []).map((c) => golden.tables[table][k][c])]));
}

const base = (tables: PageTruth['tables']): PageTruth => ({
  id: '000',
  split: 'dev',
  url: 'https://example.invalid/bachu',
  query: 'test',
  layout: 'cell-per-line',
  script: 'simplified',
  level: 'county-bureau',
  agency: '巴楚县公安局',
  agencyAlternatives: [],
  agencyUnsure: false,
  year: 2023,
  format: '2021',
  tables,
});

const proactive = rowsOf('proactive', ['regulations', 'normativeDocuments', 'licensing', 'penalties', 'enforcement', 'fees']);
const applications = rowsOf('applications', ['newReceived', 'carriedOver', 'granted']);

describe('holdout/pages scorePage', () => {
  it('scores the golden values of a sample all right', async () => {
    const s = await scorePage(base({ proactive, applications }), text);
    expect(s.error).toBeNull();
    expect(s.cells).toBe(10 + 3 * 7);
    expect(s.wrong).toEqual([]);
    expect([s.agency, s.year, s.format]).toEqual([true, true, true]);
    expect(s.nullTables).toEqual([]);
    expect(s.falseFails).toEqual([]);
  }, 60_000);

  it('counts exactly the cell whose truth differs, and an unsure value not at all', async () => {
    const changed = { ...proactive, licensing: [49_802], penalties: ['?' as const] };
    const s = await scorePage(base({ proactive: changed }), text);
    expect(s.cells).toBe(9);
    expect(s.wrong.map((w) => `${w.cell.row}.${w.cell.col}:${String(w.got)}`)).toEqual(['licensing.decisions:49801']);
  }, 60_000);

  it('counts a table the core does not return as a null table, all its annotated cells wrong', async () => {
    const cut = text.slice(0, text.indexOf('三、收到和处理'));
    const s = await scorePage(base({ proactive, applications }), cut);
    expect(s.nullTables).toEqual(['applications']);
    expect(s.wrong.length).toBe(21);
  }, 60_000);

  it('judges a failing check the report\'s own when read as annotated, false when a cell is misread', async () => {
    // the report itself prints 1 自然人 with 总计 0 on its first table 三 row
    const printed = text.replace(/(一、本年新收政府信息公开申请数量 \|\n)0 \|/, '$11 |');
    expect(printed).not.toBe(text);
    const own = await scorePage(base({ applications: { newReceived: [1, 0, 0, 0, 0, 0, 0] } }), printed);
    expect(own.ownFails).toContain('applications.rowTotal.newReceived');
    expect(own.falseFails).not.toContain('applications.rowTotal.newReceived');
    const misread = await scorePage(base({ applications: { newReceived: [0, 0, 0, 0, 0, 0, 0] } }), printed);
    expect(misread.falseFails).toContain('applications.rowTotal.newReceived');
  }, 60_000);
});
