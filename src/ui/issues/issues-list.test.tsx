// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act } from 'react';
import { IssuesList } from './issues-list';
import { buildIssues, checkTerms } from './issue-model';
import { useGouji } from '../store/store';
import { brokenDoc } from '../report-labels/test-doc';
import { say } from '../../core/diagnostics';
import { rootPerTest } from '../shared/test-root';

describe('issue model', () => {
  it('groups failing checks by family and garbles by kind, in that order, and counts the rest', () => {
    const m = buildIssues(brokenDoc(), 'zh');
    expect(m.groups.map((g) => `${g.label}:${g.items.length}`)).toEqual(['行合计:1', '收支平衡:1', '注入字符:1', '不可见字符:1', '重复段落:1']);
    expect(m.passed).toEqual([
      { family: 'rowTotal', label: '行合计', pass: 1, skipped: 0 },
      { family: 'reviewTotal', label: '复议诉讼合计', pass: 1, skipped: 1 },
    ]);
  });

  it('names the summed cells by their labels, blanks as null', () => {
    const doc = brokenDoc();
    const balance = doc.checks.find((c) => c.id === 'applications.balance.total')!;
    expect(checkTerms(doc, balance)).toEqual([
      { label: '一、本年新收政府信息公开申请数量', value: 7 },
      { label: '二、上年结转政府信息公开申请数量', value: 0 },
      { label: '（七）总计', value: 6 },
      { label: '四、结转下年度继续办理', value: null },
    ]);
    const row = doc.checks.find((c) => c.id === 'applications.rowTotal.newReceived')!;
    expect(checkTerms(doc, row)[1]).toEqual({ label: '法人或其他组织·商业企业', value: 0 });
  });
});

describe('IssuesList', () => {
  const t = rootPerTest();

  it('selects an issue on click, with its cell spans', () => {
    const doc = brokenDoc();
    useGouji.setState({ doc, selection: null });
    t.render(<IssuesList />);
    const btn = t.host.querySelector<HTMLButtonElement>('[data-issue="c:applications.balance.total"]')!;
    expect(btn.textContent).toContain('应为 7，实为 6');
    expect(btn.textContent).toContain('第一项加第二项之和');
    expect(btn.textContent).toContain('四、结转下年度继续办理 空白'); // a blank addend is named blank, not 0
    act(() => btn.click());
    const sel = useGouji.getState().selection;
    expect(sel?.kind).toBe('check');
    expect(sel?.kind === 'check' && sel.spans.length).toBe(3); // 结转下年度 is blank: no span
    expect(btn.getAttribute('aria-current')).toBe('true');
  });

  it('names the non-zero addends of a long sum and counts the zeros', () => {
    const doc = brokenDoc();
    const rows = ['granted', 'partiallyGranted', 'deniedStateSecret', 'deniedProhibitedByLaw', 'deniedSecurityStability', 'deniedThirdPartyRights', 'deniedInternalAffairs', 'deniedProcessInfo', 'deniedEnforcementFiles', 'deniedQueryMatters', 'resultsTotal'];
    doc.checks.push({ id: 'applications.resultsTotal.naturalPerson', status: 'fail', expected: 5, actual: 5, cells: rows.map((r) => [r, 'naturalPerson'] as [string, string]), ...say('check.resultsTotal.equal', { col: 'naturalPerson', expected: 5, actual: 5 }) });
    useGouji.setState({ doc, selection: null });
    t.render(<IssuesList />);
    const btn = t.host.querySelector<HTMLButtonElement>('[data-issue="c:applications.resultsTotal.naturalPerson"]')!;
    const terms = [...btn.querySelectorAll('.il-term')].map((e) => e.textContent);
    // granted 3, partiallyGranted 2, resultsTotal 5 are figures; the 8 denied rows are blank (not 0) in this doc
    expect(terms.slice(0, 3)).toEqual(['（一）予以公开 3', '（二）部分公开（区分处理的，只计这一情形，不计其他情形） 2', '（三）不予公开 1.属于国家秘密 空白']);
    expect(terms).toContain('（七）总计 5');
    expect(terms.some((x) => x?.includes('项为 0'))).toBe(false);
    doc.tables.applications!.rows.deniedStateSecret.naturalPerson = 0;
    doc.tables.applications!.rows.deniedQueryMatters.naturalPerson = 0;
    act(() => useGouji.setState({ doc: { ...doc } }));
    const after = [...t.host.querySelectorAll('[data-issue="c:applications.resultsTotal.naturalPerson"] .il-term')].map((e) => e.textContent);
    expect(after.at(-1)).toBe('其余 2 项为 0');
    expect(after).toHaveLength(10);
  });
});

/** the Shanghai shape: a blank 总计 column behind several rules, and one table left blank */
function blankColumnDoc() {
  const doc = brokenDoc();
  doc.checks = doc.checks.filter((c) => c.status !== 'fail');
  for (const row of ['granted', 'partiallyGranted']) {
    doc.tables.applications!.rows[row].total = null;
    doc.checks.push({
      id: `applications.rowTotal.${row}`, status: 'uncertain', expected: 3, actual: 0, severity: 'error',
      cells: [[row, 'naturalPerson'], [row, 'total']], blankCells: [[row, 'total']], ...say('check.rowTotal.uncertain', { row, expected: 3, actual: null }),
    });
  }
  doc.checks.push({
    id: 'applications.resultsTotal.total', status: 'uncertain', expected: 0, actual: 6, severity: 'error',
    cells: [['granted', 'total'], ['partiallyGranted', 'total'], ['resultsTotal', 'total']], blankCells: [['granted', 'total'], ['partiallyGranted', 'total']], ...say('check.resultsTotal.uncertain', { col: 'total', expected: 0, actual: 6 }),
  });
  doc.checks.push({ id: 'proactive.blank', status: 'fail', expected: null, actual: 0, severity: 'warning', cells: [], ...say('check.tableBlank.empty', { table: 'proactive' }) });
  return doc;
}

describe('honest counts', () => {
  const t = rootPerTest();
  it('makes one finding of the rules one blank column leaves open, and counts warnings apart from failures', () => {
    const m = buildIssues(blankColumnDoc(), 'zh');
    expect(m.counts).toMatchObject({ failed: 0, uncertain: 3, uncertainFindings: 1, warnings: 1, garbles: 2, duplicates: 1 });
    expect(m.checksFailed).toBe(0);
    const u = m.flat.filter((i) => i.kind === 'uncertain');
    expect(u).toHaveLength(1);
    expect(u[0].kind === 'uncertain' && u[0].group.cells).toEqual([['granted', 'total'], ['partiallyGranted', 'total']]);
    expect(m.groups.map((g) => g.id)).toEqual(['uncertain', 'warnings', 'g:injected', 'g:invisible', 'dup']);
  });

  it('says "left blank", never "实为 0", and selects every blank cell at once', () => {
    useGouji.setState({ doc: blankColumnDoc(), selection: null, lang: 'zh' });
    t.render(<IssuesList />);
    const btn = t.host.querySelector<HTMLButtonElement>('[data-issue^="u:"]')!;
    expect(btn.textContent).toContain('「总计」栏留空');
    expect(btn.textContent).toContain('3 条勾稽关系无法核对');
    expect(btn.textContent).not.toContain('实为');
    act(() => btn.click());
    const sel = useGouji.getState().selection;
    expect(sel?.kind === 'cells' && sel.cells).toEqual([['granted', 'total'], ['partiallyGranted', 'total']]);
    expect(t.host.querySelector('[data-count="failed"]')?.textContent).toBe('0 项勾稽不符');
    expect(t.host.querySelector('[data-count="warnings"]')?.textContent).toBe('1 条警告');
  });
});
