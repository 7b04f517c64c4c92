// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act } from 'react';
import { TablesPane } from './tables-pane';
import { useGouji } from '../store/store';
import { brokenDoc, makeDoc } from '../report-labels/test-doc';
import { rootPerTest } from '../shared/test-root';

const t = rootPerTest();

const render = () => t.render(<TablesPane />);
const cell = (table: string, rc: string) => t.host.querySelector<HTMLTableCellElement>(`[data-table="${table}"] [data-cell="${rc}"]`)!;

describe('TablesPane', () => {
  it('prints table 三 with its grouped header and row labels', () => {
    useGouji.setState({ doc: brokenDoc(), selection: null });
    render();
    const grid = t.host.querySelector('[data-table="applications"] table')!;
    const head = [...grid.querySelectorAll('thead tr')].map((tr) => [...tr.children].map((th) => `${th.textContent}|${(th as HTMLTableCellElement).colSpan}x${(th as HTMLTableCellElement).rowSpan}`));
    expect(head[0][0]).toMatch(/勾稽关系.*\|3x3$/);
    expect(head[0][1]).toBe('申请人情况|7x1');
    expect(head[1]).toEqual(['自然人|1x2', '法人或其他组织|5x1', '总计|1x2']);
    expect([...grid.querySelectorAll('thead tr')[1].children].map((th) => th.className)).toEqual(['tp-colhead tp-short', 'tp-group', 'tp-colhead tp-short']);
    expect(head[2]).toEqual(['商业企业|1x1', '科研机构|1x1', '社会公益组织|1x1', '法律服务机构|1x1', '其他|1x1']);
    const results = [...grid.querySelectorAll('th.tp-rowgroup')].map((th) => `${th.textContent}|${(th as HTMLTableCellElement).rowSpan}`);
    expect(results).toEqual(['三、本年度办理结果|20', '（三）不予公开|8', '（四）无法提供|3', '（五）不予处理|5']);
    expect(grid.querySelectorAll('tbody td').length).toBe(161);
  });

  it('shows blanks blank, not 0, and flags cells of failing checks with text', () => {
    useGouji.setState({ doc: brokenDoc(), selection: null });
    render();
    expect(cell('applications', 'carriedForward:naturalPerson').textContent).toBe('');
    expect(cell('applications', 'carriedOver:naturalPerson').textContent).toBe('0');
    const bad = cell('applications', 'newReceived:total');
    expect(bad.className).toContain('tp-bad');
    expect(bad.textContent).toContain('不符');
    expect(bad.title).toContain('六类申请人之和（6）不等于总计（7）');
    expect(cell('applications', 'granted:total').className).not.toMatch(/tp-bad|tp-part/);
    // an addend of the failing row total is tinted and says so, not flagged as the mismatch
    const part = cell('applications', 'newReceived:naturalPerson');
    expect(part.className).toContain('tp-part');
    expect(part.textContent).toContain('计入不符的合计');
  });

  it('selects a focused cell and follows a span selected in the source', () => {
    const doc = brokenDoc();
    useGouji.setState({ doc, selection: null });
    render();
    act(() => cell('applications', 'resultsTotal:total').focus());
    const target = doc.tables.applications!.cells.find((c) => c.row === 'resultsTotal' && c.col === 'total')!;
    expect(useGouji.getState().selection).toEqual({ kind: 'cell', table: 'applications', row: 'resultsTotal', col: 'total', span: target.span });
    const other = doc.tables.reviewLitigation!.cells.find((c) => c.row === 'review' && c.col === 'upheld')!;
    act(() => useGouji.getState().setSelection({ kind: 'span', span: other.span! }));
    expect(cell('reviewLitigation', 'review:upheld').getAttribute('aria-selected')).toBe('true');
    expect(cell('applications', 'resultsTotal:total').getAttribute('aria-selected')).toBe('false');
  });

  it('moves with the arrow keys (one tab stop per grid)', () => {
    useGouji.setState({ doc: brokenDoc(), selection: null });
    render();
    const grid = t.host.querySelector('[data-table="applications"] table')!;
    expect(grid.querySelectorAll('td[tabindex="0"]').length).toBe(1);
    act(() => cell('applications', 'newReceived:naturalPerson').focus());
    act(() => { document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true })); });
    expect(document.activeElement).toBe(cell('applications', 'carriedOver:naturalPerson'));
    act(() => { document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true })); });
    expect(document.activeElement).toBe(cell('applications', 'carriedOver:total'));
  });

  it('lays out format 2021 and says when a table is absent', () => {
    useGouji.setState({ doc: makeDoc({ format: '2021', applications: {}, proactive: {} }), selection: null });
    render();
    expect(t.host.querySelectorAll('[data-table="applications"] tbody td').length).toBe(175);
    expect(t.host.querySelectorAll('[data-table="proactive"] tbody td').length).toBe(10);
    expect(t.host.querySelector('[data-table="reviewLitigation"]')!.textContent).toContain('未找到');
  });
});
