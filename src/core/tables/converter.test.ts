// Text from PDF→Markdown converters (issue 9, item 5), shapes written from the issue: one
// Markdown table per page or block, a trailing empty cell on some rows, merged labels spilled
// into the next rows' first column, a row label standing in a `###` heading above a one-row
// table with a shortened label and generic headers (数据1 …), `-` for a blank, prose quoting the
// counts (收到申请28件) before the table.
import { describe, expect, it } from 'vitest';
import { makeContext } from '../context';
import { extractTables } from './index';
import { markAmbiguousCells } from '../checks/ambiguous-cells';

const HEAD = '|  |  | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 数据7 |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n';
const PAGE1 = [
  '## 三、收到和处理政府信息公开申请情况',
  '',
  '本年度新收政府信息公开申请28件，上年结转申请1件，其中予以公开、部分公开、不予公开的办理结果见下表。',
  '',
  HEAD +
    [
      '|  | 一、本年新收政府信息公开申请数量 | 6 | 4 | 0 | 4 | 1 | 13 | 28 |  |',
      '|  | 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 1 | 1 |',
      '| 三、本年度办理结果 | （一）予以公开 | 1 | 0 | 0 | 3 | 0 | 0 | 4 |  |',
      '|  | （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 0 | 0 | 0 | 0 | 1 | 0 | 1 |  |',
      '| （三）不 | 1.属于国家秘密 | - | - | - | - | - | - | - |',
    ].join('\n'),
  '',
  '### 2.其他法律行政法规禁止公开',
  '',
  '| 项目 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 数据7 |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n| 2.其他 | 0 | 0 | 0 | 1 | 0 | 0 | 1 |  |',
  '',
  HEAD + '| 予公开 | 3.危及“三安全一稳定” | 0 | 2 | 0 | 0 | 0 | 0 | 2 |\n|  | 4.保护第三方合法权益 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |  |',
  '',
].join('\n');

describe('converter Markdown', () => {
  it('reads rows after prose quoting their counts, with trailing empty cells, spilled labels and a label in a heading', () => {
    const x = extractTables(makeContext(PAGE1), []);
    const rows = x.tables.applications?.rows;
    expect(rows?.newReceived).toEqual({ naturalPerson: 6, commercial: 4, research: 0, publicInterest: 4, legal: 1, otherOrg: 13, total: 28 });
    expect(rows?.carriedOver?.total).toBe(1);
    expect(rows?.granted).toEqual({ naturalPerson: 1, commercial: 0, research: 0, publicInterest: 3, legal: 0, otherOrg: 0, total: 4 });
    expect(rows?.partiallyGranted?.legal).toBe(1);
    expect(rows?.deniedStateSecret?.total).toBeNull();
    expect(rows?.deniedProhibitedByLaw).toEqual({ naturalPerson: 0, commercial: 0, research: 0, publicInterest: 1, legal: 0, otherOrg: 0, total: 1 });
    expect(rows?.deniedSecurityStability).toEqual({ naturalPerson: 0, commercial: 2, research: 0, publicInterest: 0, legal: 0, otherOrg: 0, total: 2 });
    expect(rows?.deniedThirdPartyRights).toEqual({ naturalPerson: 1, commercial: 0, research: 0, publicInterest: 0, legal: 0, otherOrg: 0, total: 1 });
  });
});

// the same table broken over pages, each page with the header again (申请人情况 …), a row with
// no label at all, a label whose match stops before its closing quote, and the 2021 rows only
// on the last page
const APP_HEAD = '| 申请人情况 |  | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n';
const row = (label: string, v: number[]) => `|  | ${label} | ${v.join(' | ')} |`;
const z = [0, 0, 0, 0, 0, 0, 0];
const PAGES = [
  '## 三、收到和处理政府信息公开申请情况',
  '',
  '本年度办理结果按规定予以公开。',
  '',
  APP_HEAD +
    [
      row('一、本年新收政府信息公开申请数量', [3, 0, 0, 0, 0, 1, 4]),
      row('二、上年结转政府信息公开申请数量', [1, 0, 0, 0, 0, 0, 1]),
      row('（一）予以公开', [2, 0, 0, 0, 0, 0, 2]),
      row('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', z),
      '|  |  | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
      row('2.其他法律行政法规禁止公开', z),
    ].join('\n'),
  '',
  '### 3.危及“三安全一稳定”',
  '',
  '| 项目 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 数据7 |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n| 3.危及 | 0 | - | 1 | - | 0 | 0 | 1 |  |',
  '',
  APP_HEAD +
    [
      row('4.保护第三方合法权益', z),
      row('5.属于三类内部事务信息', z),
      row('6.属于四类过程性信息', z),
      row('7.属于行政执法案卷', z),
      row('8.属于行政查询事项', z),
      row('1.本机关不掌握相关政府信息', z),
      row('2.没有现成信息需要另行制作', z),
      row('3.补正后申请内容仍不明确', z),
    ].join('\n'),
  '',
  APP_HEAD +
    [
      row('1.信访举报投诉类申请', z),
      row('2.重复申请', z),
      row('3.要求提供公开出版物', z),
      row('4.无正当理由大量反复申请', z),
      row('5.要求行政机关确认或重新出具已获取信息', z),
      row('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', z),
      row('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', z),
      row('3.其他', z),
      row('（七）总计', [3, 0, 1, 0, 0, 0, 4]),
      row('四、结转下年度继续办理', [1, 0, 0, 0, 0, 1, 2]),
    ].join('\n'),
  '',
  '## 四、政府信息公开行政复议、行政诉讼情况',
].join('\n');

describe('converter Markdown, one table per page', () => {
  it('joins the pages into one table, places a row printed without label, reads 2021 throughout', () => {
    const x = extractTables(makeContext(PAGES), []);
    const t = x.tables.applications!;
    expect(x.format).toBe('2021');
    expect(x.warnings.filter((w) => w.code === 'tables.printedTwice' || w.code === 'tables.rowMissing')).toEqual([]);
    expect(t.rows.deniedStateSecret).toEqual({ naturalPerson: 1, commercial: 0, research: 0, publicInterest: 0, legal: 0, otherOrg: 0, total: 1 });
    expect(t.notes?.some((n) => n.code === 'note.rowByPlace' && n.row === 'deniedStateSecret')).toBe(true);
    expect(t.rows.deniedSecurityStability).toEqual({ naturalPerson: 0, commercial: null, research: 1, publicInterest: null, legal: 0, otherOrg: 0, total: 1 });
    expect(t.rows.unavailableUnclear?.total).toBe(0);
    expect(t.rows.otherOverdueCorrection?.total).toBe(0);
    expect(t.rows.resultsTotal).toEqual({ naturalPerson: 3, commercial: 0, research: 1, publicInterest: 0, legal: 0, otherOrg: 0, total: 4 });
    expect(t.rows.carriedForward?.total).toBe(2);
  });
});

const table = (rows: string[]) =>
  ['## 三、收到和处理政府信息公开申请情况', '', APP_HEAD + [row('一、本年新收政府信息公开申请数量', [3, 0, 0, 0, 0, 1, 4]), row('二、上年结转政府信息公开申请数量', z), row('（一）予以公开', [3, 0, 0, 0, 0, 1, 4]), ...rows].join('\n')].join('\n');

describe('converter Markdown, a row one empty field too long', () => {
  it('keeps a printed placeholder and drops the empty field at the other end', () => {
    const t = extractTables(makeContext(table(['| | （二）部分公开 | - | 0 | 0 | 0 | 0 | 0 | - |  |'])), []).tables.applications!;
    expect(t.rows.partiallyGranted).toEqual({ naturalPerson: null, commercial: 0, research: 0, publicInterest: 0, legal: 0, otherOrg: 0, total: null });
  });
  it('says so on the cells when neither the row nor the table sums decide which end is empty', () => {
    const x = extractTables(makeContext(table(['| | （二）部分公开 |  | 0 | 0 | 0 | 0 | 0 | 0 |  |'])), []);
    const t = x.tables.applications!;
    const note = t.notes?.find((n) => n.code === 'note.alignment');
    expect(note?.row).toBe('partiallyGranted');
    expect(note?.alternatives?.length).toBe(2);
    markAmbiguousCells(x.tables);
    const cell = (col: string) => t.cells.find((c) => c.row === 'partiallyGranted' && c.col === col)!;
    expect(cell('naturalPerson').status).toBe('ambiguous');
    expect(cell('total').status).toBe('ambiguous');
    expect([cell('naturalPerson').value, ...cell('naturalPerson').alternatives!].sort()).toEqual([0, null].sort());
    expect(cell('research').status).toBeUndefined();
  });
});

const mdRow = (cells: string[]) => `| ${cells.join(' | ')} |`;

describe('table 四 under its heading, whatever the header words', () => {
  const gen = mdRow(Array.from({ length: 15 }, (_, i) => `数据${i + 1}`)) + '\n' + mdRow(Array(15).fill('---'));
  it('reads the row under the older heading wording, an invisible character inside it', () => {
    const text = `## 四、因政府信息公开工作被申请行政复\u200d议、提起行政诉讼情况\n\n${gen}\n${mdRow(['0', '2', '0', '0', '2', ...Array(10).fill('0')])}\n\n## 五、存在的主要问题及改进情况\n`;
    const t = extractTables(makeContext(text), []).tables.reviewLitigation;
    expect(t?.rows.review).toEqual({ upheld: 0, corrected: 2, other: 0, pending: 0, total: 2 });
  });
  it('a table left blank (every cell `-`) is a table of blanks, not null', () => {
    const text = `## 四、政府信息公开行政复议、行政诉讼情况\n\n${gen}\n${mdRow(Array(15).fill('-'))}\n\n## 五、存在的主要问题及改进情况\n`;
    const t = extractTables(makeContext(text), []).tables.reviewLitigation;
    expect(t?.rows.review.total).toBeNull();
  });
  it('PDF text that printed the column words and no figure: every cell blank, said so', () => {
    const text = '四、政府信息公开行政复议、行政诉讼情况\n行政复议\n行政诉讼\n结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n未经复议直接起诉\n复议后起诉\n五、存在的主要问题及改进情况\n';
    const t = extractTables(makeContext(text), []).tables.reviewLitigation;
    expect(t?.rows.litigationDirect.upheld).toBeNull();
  });
});
