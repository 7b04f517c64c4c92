import { describe, expect, it } from 'vitest';
import { cellAtSpan, failingByCell, failingTotals, selectedCells } from './cell-marks';
import { brokenDoc } from '../report-labels/test-doc';

describe('cell marks', () => {
  const doc = brokenDoc();

  it('marks only the cells of failing checks', () => {
    const bad = failingByCell(doc);
    expect(bad.get('applications:newReceived:total')?.map((c) => c.id)).toEqual([
      'applications.rowTotal.newReceived',
      'applications.balance.total',
    ]);
    expect(bad.has('applications:granted:total')).toBe(false); // its check passed
    expect(bad.has('reviewLitigation:review:total')).toBe(false);
  });

  it('tells the compared totals from their addends', () => {
    const totals = failingTotals(doc);
    expect(totals.has('applications:newReceived:total')).toBe(true);
    expect(totals.has('applications:newReceived:naturalPerson')).toBe(false); // an addend of the row total
    expect(totals.has('applications:resultsTotal:total')).toBe(true); // a side of the balance
  });

  it('finds the cell under a span selected in the source', () => {
    const cell = doc.tables.applications!.cells.find((c) => c.row === 'resultsTotal' && c.col === 'total')!;
    const [s, e] = cell.span!;
    expect(cellAtSpan(doc, [s, e])).toEqual({ table: 'applications', row: 'resultsTotal', col: 'total' });
    expect(cellAtSpan(doc, [s + 1, s + 1])).toBeNull(); // a caret after a one-digit figure
    expect(cellAtSpan(doc, [s, s])).toEqual({ table: 'applications', row: 'resultsTotal', col: 'total' });
    expect(cellAtSpan(doc, [0, 3])).toBeNull();
  });

  it('turns a check selection into its cells', () => {
    const r = selectedCells(doc, { kind: 'check', id: 'applications.balance.total', spans: [] });
    expect([...r.ids]).toHaveLength(4);
    expect(r.focus).toBe('applications:newReceived:total');
    expect(selectedCells(doc, null).ids.size).toBe(0);
  });

  it('selects every cell printed inside a longer span of the source', () => {
    const cells = doc.tables.applications!.cells.filter((c) => c.row === 'newReceived' && c.span);
    const r = selectedCells(doc, { kind: 'span', span: [cells[0].span![0], cells.at(-1)!.span![1]] });
    expect([...r.ids]).toEqual(cells.map((c) => `applications:newReceived:${c.col}`));
    expect(r.focus).toBe('applications:newReceived:naturalPerson');
  });
});
