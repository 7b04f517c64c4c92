// Where table 四 ends in pipe layouts: the row of figures is the last thing the table prints, and
// the read must not run on through the next sections, the signature and a section published
// again after it (its figures would fill the blank cells, or push a leading blank out).
import { describe, expect, it } from 'vitest';
import { extractedRows } from '../testing/extracted-rows';

const COLS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
// what follows the table: two sections of prose, the signature, then section 三 printed again
const AFTER = (cell: (s: string) => string) =>
  [
    '五、存在的主要问题及改进情况',
    '一是公开内容的系统性还需加强。',
    '六、其他需要报告的事项',
    '无其他需要报告的事项。',
    '某县统计局',
    '2022年1月20日',
    '三、收到和处理政府信息公开申请情况',
    cell('申请人情况'),
    cell('一、本年新收政府信息公开申请数量'),
    ...['7', '3', '2', '1', '1', '1', '15'].map(cell),
  ].join('\n');

const cell = (s: string) => `${s} |`;
const md = (cells: string[]) => `| ${cells.join(' | ')} |`;

const review = (text: string) => extractedRows(text, 'reviewLitigation');

describe('table 四 ends at its row of figures', () => {
  it('`cell |` lines with blank cells, prose and a copied section after', () => {
    const figures = ['', '', '', '', '0', '', '', '', '', '12', '', '', '', '', '0'];
    const text = [
      '四、政府信息公开行政复议、行政诉讼情况',
      cell('行政复议'),
      cell('行政诉讼'),
      '|||||||||||||',
      ...COLS.map(cell),
      cell('未经复议直接起诉'),
      cell('复议后起诉'),
      '||||||||',
      ...COLS.map(cell),
      ...COLS.map(cell),
      '|||||',
      ...figures.map((v) => ` ${v} |`.replace(/^ {2}/, ' ')),
      AFTER(cell),
    ].join('\n');
    const rows = review(text);
    expect(rows.review).toEqual({ upheld: null, corrected: null, other: null, pending: null, total: 0 });
    expect(rows.litigationDirect).toEqual({ upheld: null, corrected: null, other: null, pending: null, total: 12 });
    expect(rows.litigationAfterReview).toEqual({ upheld: null, corrected: null, other: null, pending: null, total: 0 });
  });

  it('a lone `|` between cells, every cell blank', () => {
    const text = [
      '四、政府信息公开行政复议、行政诉讼情况',
      ['行政复议', '行政诉讼', ...COLS, '未经复议直接起诉', '复议后起诉', ...COLS, ...COLS].join('\n|\n'),
      Array(15).fill('').join('\n|\n'),
      AFTER((s) => `|\n${s}`),
    ].join('\n');
    const rows = review(text);
    for (const r of Object.values(rows)) expect(Object.values(r).every((v) => v === null)).toBe(true);
  });

  it('Markdown whose row of figures starts with a blank cell', () => {
    const text = [
      '四、政府信息公开行政复议、行政诉讼情况',
      md(['行政复议', '', '', '', '', '行政诉讼', ...Array(9).fill('')]),
      md(Array(15).fill('---')),
      md([...COLS, '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', '']),
      md(['', '', '', '', '', ...COLS, ...COLS]),
      md(['', '4', '1', '0', '5', '2', '0', '0', '1', '3', '0', '0', '1', '1', '2']),
      AFTER((s) => md([s])),
    ].join('\n');
    const rows = review(text);
    expect(rows.review).toEqual({ upheld: null, corrected: 4, other: 1, pending: 0, total: 5 });
    expect(rows.litigationDirect).toEqual({ upheld: 2, corrected: 0, other: 0, pending: 1, total: 3 });
    expect(rows.litigationAfterReview).toEqual({ upheld: 0, corrected: 0, other: 1, pending: 1, total: 2 });
  });
});
