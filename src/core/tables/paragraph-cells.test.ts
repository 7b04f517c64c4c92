// Web pages copied as text print one cell a paragraph: an empty line after every cell, so an
// empty line separates cells rather than standing for a blank one. And a page excerpt may stop
// after table 三's header and first row: the rows it prints are still read (issue 9, real pages).
import { describe, expect, it } from 'vitest';
import { makeContext } from '../context';
import { extractTables } from './index';
import { detectLayout } from './cells';
import { paras, proactive2019Paras } from './testing/paragraph-page';

const PROACTIVE_2019 = proactive2019Paras({
  '规章': [' 0', ' 0', ' 0'],
  '规范性文件': [' 37', ' 25', ' 140'],
  '行政许可': [' 12', ' 0', ' 85'],
  '其他对外管理服务事项': [' 3', ' 1', ' 6'],
  '行政处罚': [' 40', ' -2', ' 77'],
  '行政强制': [' 4', ' 0', ' 9'],
  '行政事业性收费': [' 2', ' 0'],
  '政府集中采购': [' 5', ' 31.2'],
});

describe('one cell a paragraph', () => {
  it('is told apart from one cell a line by the empty line after every figure', () => {
    const f = makeContext(PROACTIVE_2019).folded;
    expect(detectLayout(f, 0, f.length)).toBe('paras');
    const lines = PROACTIVE_2019.replace(/\n\n/g, '\n');
    expect(detectLayout(lines, 0, lines.length)).toBe('lines');
  });

  it('reads every row of table 二 with the empty lines as separators, not blank cells', () => {
    const x = extractTables(makeContext(`一、总体情况\n\n略。\n\n${PROACTIVE_2019}\n三、收到和处理政府信息公开申请情况\n`), []);
    const p = x.tables.proactive!;
    expect(p).not.toBeNull();
    expect(p.rows.regulations).toEqual({ made: 0, published: 0, total: 0 });
    expect(p.rows.normativeDocuments).toEqual({ made: 37, published: 25, total: 140 });
    expect(p.rows.licensing).toEqual({ previousCount: 12, change: 0, decisions: 85 });
    expect(p.rows.penalties).toEqual({ previousCount: 40, change: -2, decisions: 77 });
    expect(p.rows.procurement).toEqual({ projects: 5, amount: 31.2 });
  });
});

describe('a table 三 cut after its header and first row', () => {
  it('is read with the row it prints, not returned null', () => {
    const head = paras(['三、收到和处理政府信息公开申请情况', '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)', '申请人情况', '自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
    const row = paras(['一、本年新收政府信息公开申请数量', '6', '1', '0', '0', '0', '0', '7']);
    const x = extractTables(makeContext(`一、总体情况\n\n略。\n\n${head}${row}二、上年结转政`), []);
    const a = x.tables.applications;
    expect(a).not.toBeNull();
    expect(a!.rows.newReceived).toEqual({ naturalPerson: 6, commercial: 1, research: 0, publicInterest: 0, legal: 0, otherOrg: 0, total: 7 });
  });
});
