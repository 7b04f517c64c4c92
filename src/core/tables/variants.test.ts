// Layout variations the generator does not make, crafted from generated reports: CRLF line
// endings, an extra blank column, the header repeated after a page break, the row label on
// its own line, `—`/`-`/`/` for none, `1 234`, (六) sub-rows numbered `（1）`, labels with one
// wrong character. Each must read every cell of the truth and fail exactly the planted checks.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbRendered, compareWithTruth, inspectStructure } from '../testing/measure';
import type { Layout } from '../testing/layouts';
import { makeContext } from '../context';
import { extractTables } from './index';

const dec = new TextDecoder();
const enc = new TextEncoder();

async function problemsAfter(layout: Layout, vary: (t: string) => string, runs = 4): Promise<string[]> {
  const problems: string[] = [];
  for (const format of ['2019', '2021'] as const) {
    for (const [i, r] of fc.sample(arbRendered(layout, format), { seed: 77, numRuns: runs }).entries()) {
      const text = vary(dec.decode(r.bytes));
      const cmp = compareWithTruth(await inspectStructure(r.name, enc.encode(text)), r);
      if (cmp.mismatches.length) problems.push(`${format} #${i}: ${cmp.mismatches.slice(0, 3).join('; ')}`);
      if (cmp.failingGot.join() !== cmp.failingWant.join()) problems.push(`${format} #${i} checks: ${cmp.failingGot.join()} ≠ ${cmp.failingWant.join()}`);
    }
  }
  return problems;
}

function headerAgain(t: string): string {
  // positions found in the folded view (same length), so traditional copies work too
  const f = makeContext(t).folded;
  const a = f.lastIndexOf('\n', f.indexOf('勾稽关系为')) + 1;
  const b = f.indexOf('一、本年新收');
  const c = f.search(/\n5[、.]属于三类内部事务信息/);
  expect(a > 0 && b > a && c > b).toBe(true);
  return `${t.slice(0, c)}\n- 7 -\n${t.slice(a, b).replace(/\n$/, '')}${t.slice(c)}`;
}

function labelOnOwnLine(t: string): string {
  return t.replace(/^([^\t\n]*[\u4e00-\u9fff][^\t\n]*)\t((?:[^\t\n]*\t)*[^\t\n]*\d[^\t\n]*)$/gm, '$1\n\t$2');
}

function slashInBlanks(t: string): string {
  return t.replace(/^(.*\d.*)$/gm, (line) => line.replace(/\t(?=\t|$)/g, '\t/'));
}

function parenNumbering(t: string): string {
  return t.replace(/(\d)[、.](申请人无正当理由|申请人逾期未按|其他\s)/g, '（$1）$2');
}

function typos(t: string): string {
  return t.replace('保护第三方合法权益', '保护第三方合法权義').replace('属于行政执法案卷', '属于行政执法案眷').replace('重复申请', '重复申青');
}

describe('layout variations', () => {
  for (const layout of ['cell-per-line', 'tab-prefixed', 'pipe-suffix', 'tab-rows', 'markdown', 'lone-pipe', 'pdf-spaces'] as const) {
    it(`${layout}: Windows line endings`, async () => {
      expect(await problemsAfter(layout, (t) => t.replace(/\n/g, '\r\n'), 2)).toEqual([]);
    }, 30_000);
  }
  it('tab rows: an extra blank column at the right edge of every row', async () => {
    expect(await problemsAfter('tab-rows', (t) => t.replace(/\n/g, '\t\n'))).toEqual([]);
  }, 30_000);
  it('tab rows: each row label on its own line, its figures on the next', async () => {
    expect(await problemsAfter('tab-rows', labelOnOwnLine)).toEqual([]);
  }, 30_000);
  it('tab rows: `/` in every blank cell', async () => {
    expect(await problemsAfter('tab-rows', slashInBlanks)).toEqual([]);
  }, 30_000);
  it('PDF text: `—` for none (and a `-` followed by a space is not a sign)', async () => {
    expect(await problemsAfter('pdf-spaces', (t) => t.replace(/ \/(?= |\n)/g, ' —'))).toEqual([]);
  }, 30_000);
  it('one cell a line: `-` in blank cells', async () => {
    expect(await problemsAfter('cell-per-line', (t) => t.replace(/\n(?=\n)/g, '\n-'))).toEqual([]);
  }, 30_000);
  it('one cell a line: thousands separated by a space (`2 989`)', async () => {
    expect(await problemsAfter('cell-per-line', (t) => t.replace(/^(\d{1,3}),(\d{3})$/gm, '$1 $2'))).toEqual([]);
  }, 30_000);
  for (const layout of ['pdf-spaces', 'cell-per-line'] as const) {
    it(`${layout}: the column header printed again after a page break inside table 三`, async () => {
      expect(await problemsAfter(layout, headerAgain)).toEqual([]);
    }, 30_000);
  }
  it('(六) sub-rows numbered （1） （2） （3）', async () => {
    expect(await problemsAfter('cell-per-line', parenNumbering)).toEqual([]);
  }, 30_000);
  for (const layout of ['cell-per-line', 'pdf-spaces', 'markdown'] as const) {
    it(`${layout}: labels with one wrong character (重复申青, 权義, 案眷)`, async () => {
      expect(await problemsAfter(layout, typos)).toEqual([]);
    }, 30_000);
  }
});

describe('cells', () => {
  it('a space-separated figure is one cell only where the layout gives it a cell of its own', () => {
    const x = extractTables(makeContext('行政复议\n行政诉讼\n结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n未经复议直接起诉\n复议后起诉\n结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n1 000\n0\n0\n0\n1 000\n0\n0\n0\n0\n0\n0\n0\n0\n0\n0\n'), []);
    expect(x.tables.reviewLitigation!.rows.review).toEqual({ upheld: 1000, corrected: 0, other: 0, pending: 0, total: 1000 });
  });
});

describe('PDF text that drops blank cells (fewer figures than columns)', () => {
  const HEAD = '三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况\n自然人 法人或其他组织 总计\n商业企业 科研机构 社会公益组织 法律服务机构 其他\n';
  const LABELS = [
    '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（一）予以公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    '1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息',
    '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项', '1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作',
    '3.补正后申请内容仍不明确', '1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请',
    '5.要求行政机关确认或重新出具已获取信息', '（六）其他处理', '（七）总计', '四、结转下年度继续办理',
  ];
  const text = (printed: Record<number, string>) => `${HEAD}${LABELS.map((l, i) => `${l} ${printed[i] ?? ''}`.trimEnd()).join('\n')}\n五、存在的主要问题\n`;

  it('a row printed in full pins the columns: the short rows are placed by the column equations', () => {
    const x = extractTables(makeContext(text({ 0: '8 1 0 0 0 0 9', 2: '5 1 6', 12: '1 1', 21: '6 1 7', 22: '2 2' })), []);
    const a = x.tables.applications!;
    expect(a.rows.granted).toEqual({ naturalPerson: 5, commercial: 1, research: null, publicInterest: null, legal: null, otherOrg: null, total: 6 });
    expect(a.rows.resultsTotal).toEqual({ naturalPerson: 6, commercial: 1, research: null, publicInterest: null, legal: null, otherOrg: null, total: 7 });
    expect(a.rows.carriedForward!.naturalPerson).toBe(2);
    expect(a.notes?.some((n) => n.kind === 'ambiguous-split' || n.kind === 'unreadable-row') ?? false).toBe(false);
  });
  it('nothing pins the columns: every short row is reported', () => {
    const x = extractTables(makeContext(text({ 0: '8 1 9', 2: '5 1 6', 12: '1 1', 21: '6 1 7', 22: '2 2' })), []);
    const a = x.tables.applications!;
    for (const row of ['newReceived', 'granted', 'unavailableNotHeld', 'resultsTotal', 'carriedForward']) {
      expect(a.notes?.some((n) => n.kind === 'ambiguous-split' && n.row === row)).toBe(true);
    }
    expect(x.warnings.some((w) => w.message.includes('无法确定所在列'))).toBe(true);
  });
  it('generated PDF text with its `/` dropped: a row read wrong is always reported', async () => {
    let wrongUnreported = 0;
    for (const format of ['2019', '2021'] as const) {
      for (const r of fc.sample(arbRendered('pdf-spaces', format), { seed: 5, numRuns: 6 })) {
        const t = dec.decode(r.bytes).replace(/ \/(?= |\n)/g, '');
        const got = await inspectStructure(r.name, enc.encode(t));
        const a = got.tables.applications!;
        for (const [row, cols] of Object.entries(r.truth.applications)) {
          const wrong = Object.entries(cols).some(([c, w]) => (a.rows[row]?.[c] ?? 0) !== (w ?? 0));
          if (wrong && !a.notes?.some((n) => n.row === row && (n.kind === 'ambiguous-split' || n.kind === 'unreadable-row'))) wrongUnreported++;
        }
      }
    }
    expect(wrongUnreported).toBe(0);
  }, 30_000);
});
