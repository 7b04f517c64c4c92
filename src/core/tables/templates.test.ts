import { describe, expect, it } from 'vitest';
import type { Table } from '../types';
import {
  APPLICATION_COLS,
  APPLICATION_ROWS,
  PROACTIVE_ROWS,
  REVIEW_COL_LABELS,
  REVIEW_ROWS,
  printedPath,
  rowShortName,
  tableFormat,
  tableTemplate,
  TABLE_KEYS,
  type TableFormat,
} from './templates';

const FORMATS: TableFormat[] = ['2019', '2021'];
const byKey = (f: TableFormat, k: string) => APPLICATION_ROWS[f].find((r) => r.key === k)!;

/** A table holding every cell of the template's grids (blank). */
function fullTable(key: (typeof TABLE_KEYS)[number], format: TableFormat): Table {
  const rows: Table['rows'] = {};
  for (const b of tableTemplate(key, format).blocks) for (const r of b.rows) rows[r.key] = Object.fromEntries(b.cols.map((c) => [c.key, null]));
  return { span: [0, 0], rows, cells: [] };
}

describe('the printed templates', () => {
  it('name each row and column once per grid', () => {
    for (const f of FORMATS) {
      for (const k of TABLE_KEYS) {
        const blocks = tableTemplate(k, f).blocks;
        const rows = blocks.flatMap((b) => b.rows.map((r) => r.key));
        expect(new Set(rows).size).toBe(rows.length);
        for (const b of blocks) expect(new Set(b.cols.map((c) => c.key)).size).toBe(b.cols.length);
      }
    }
  });

  it('give the extractor, the checks and the views the same keys in the same order', () => {
    for (const f of FORMATS) {
      const [app] = tableTemplate('applications', f).blocks;
      expect(app!.rows).toBe(APPLICATION_ROWS[f]);
      expect(app!.cols.map((c) => c.key)).toEqual([...APPLICATION_COLS]);
      const pro = tableTemplate('proactive', f).blocks;
      expect(PROACTIVE_ROWS[f].map((r) => [r.key, r.cols])).toEqual(pro.flatMap((b) => b.rows.map((r) => [r.key, b.cols.map((c) => c.key)])));
    }
    const [rev] = tableTemplate('reviewLitigation', '2019').blocks;
    expect(rev!.rows.map((r) => r.key)).toEqual([...REVIEW_ROWS]);
    expect(rev!.cols.map((c) => c.label)).toEqual(REVIEW_COL_LABELS);
  });

  it('mark the 万元 columns, which only the amounts are', () => {
    expect(PROACTIVE_ROWS['2019'].filter((r) => r.wan).map((r) => [r.key, r.wan])).toEqual([['procurement', ['amount']]]);
    expect(PROACTIVE_ROWS['2021'].filter((r) => r.wan).map((r) => [r.key, r.wan])).toEqual([['fees', ['amount']]]);
  });

  it('print each row under its headings', () => {
    expect(printedPath(byKey('2019', 'deniedStateSecret'))).toEqual(['三、本年度办理结果', '（三）不予公开', '1.属于国家秘密']);
    expect(printedPath(byKey('2019', 'otherHandling'))).toEqual(['三、本年度办理结果', '（六）其他处理']);
    expect(printedPath(byKey('2019', 'newReceived'))).toEqual(['一、本年新收政府信息公开申请数量']);
  });

  it('give check messages short row names: the sub-heading numbering with the row, or the short form', () => {
    expect(rowShortName(byKey('2019', 'deniedSecurityStability'))).toBe('（三）3.危及“三安全一稳定”');
    expect(rowShortName(byKey('2021', 'otherOther'))).toBe('（六）3.其他');
    expect(rowShortName(byKey('2021', 'otherUnpaidFee'))).toBe('（六）2.逾期未缴纳费用');
    expect(rowShortName(byKey('2019', 'resultsTotal'))).toBe('（七）总计');
    expect(rowShortName(byKey('2019', 'newReceived'))).toBe('一、本年新收申请');
  });

  it('tell a table’s template from its keys before the document’s format', () => {
    for (const f of FORMATS) {
      const other = f === '2019' ? '2021' : '2019';
      expect(tableFormat(fullTable('applications', f), other)).toBe(f);
      expect(tableFormat(fullTable('proactive', f), other)).toBe(f);
      // table 四 is the same in both: the document decides
      expect(tableFormat(fullTable('reviewLitigation', f), other)).toBe(other);
    }
    expect(tableFormat(null, 'unknown')).toBe('2019');
  });
});
