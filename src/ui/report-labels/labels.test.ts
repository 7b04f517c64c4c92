import { describe, expect, it } from 'vitest';
import { cellLabel, checkTable, layoutFor, tableFormat } from './labels';
import { brokenDoc, makeTable } from './test-doc';

const count = (k: 'applications' | 'proactive', f: '2019' | '2021') =>
  layoutFor(k, f).blocks.reduce((n, b) => n + b.rows.length * b.cols.length, 0);

describe('table layouts', () => {
  it('has the data cell counts of the templates (161 / 175 for 三, 22 / 10 for 二)', () => {
    expect(count('applications', '2019')).toBe(161);
    expect(count('applications', '2021')).toBe(175);
    expect(count('proactive', '2019')).toBe(22);
    expect(count('proactive', '2021')).toBe(10);
  });

  it('reads the format from the table keys before the document format', () => {
    const at = { text: '' };
    const t2021 = makeTable('applications', '2021', {}, at);
    expect(tableFormat(t2021, '2019')).toBe('2021');
    expect(tableFormat(null, '2021')).toBe('2021');
    expect(tableFormat(null, 'unknown')).toBe('2019');
  });

  it('names cells by their Chinese labels', () => {
    const l = layoutFor('applications', '2019');
    expect(cellLabel(l, 'deniedStateSecret', 'naturalPerson')).toBe('（三）不予公开 1.属于国家秘密 · 自然人');
    expect(cellLabel(l, 'newReceived', 'legal')).toBe('一、本年新收政府信息公开申请数量 · 法人或其他组织·法律服务机构');
    expect(cellLabel(layoutFor('reviewLitigation', '2019'), 'litigationDirect', 'total')).toBe('行政诉讼 · 未经复议直接起诉 · 总计');
    expect(cellLabel(layoutFor('proactive', '2019'), 'procurement', 'amount')).toContain('第二十条第（九）项 政府集中采购');
  });

  it('maps check ids to tables', () => {
    expect(checkTable('applications.balance.total')).toBe('applications');
    expect(checkTable('prose.figures')).toBeNull();
  });

  it('test doc spans point at their figures', () => {
    const doc = brokenDoc();
    for (const t of [doc.tables.applications!, doc.tables.proactive!]) {
      for (const c of t.cells) if (c.span) expect(doc.text.slice(...c.span)).toBe(c.raw);
    }
  });
});
