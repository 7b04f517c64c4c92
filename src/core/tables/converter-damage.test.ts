// Converter Markdown with damage (issue 9, items 2 and 5), built by hand: a row label standing in
// a `###` heading with characters injected inside it, a row of placeholders only followed by a
// row printed without its label, the table's last row printed without its label, and the first
// block heading of 二 damaged at two places.
import { describe, expect, it } from 'vitest';
import { makeContext } from '../context';
import { extractTables } from './index';
import { extractedRows } from '../testing/extracted-rows';
import { APPLICATION_LABELS } from '../testing/application-labels';

const LABELS = APPLICATION_LABELS;
const HEAD = '|  |  | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 数据7 |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |';
const ONE_ROW_HEAD = '| 项目 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 数据7 |\n| --- | --- | --- | --- | --- | --- | --- | --- |';
/** row i: a figure in the first two columns and their sum as the total (never 0 twice) */
const values = (i: number) => [i % 4, 1 + (i % 3), 0, 0, 0, 0, (i % 4) + 1 + (i % 3)];
const row = (label: string, v: (number | string)[]) => `|  | ${label} | ${v.join(' | ')} |`;

/** a block of table 二: its heading, column header and rows */
const block = (heading: string, cols: string[], rows: [string, (number | string)[]][]) =>
  [`**${heading}**`, '', `| 信息内容 | ${cols.join(' | ')} |`, `| --- | ${cols.map(() => '---').join(' | ')} |`, ...rows.map(([l, v]) => `| ${l} | ${v.join(' | ')} |`), ''].join('\n');

const applications = (text: string) => extractedRows(text, 'applications');

describe('converter Markdown with damage', () => {
  it('a row label in a heading with characters injected inside it, above its one-row table', () => {
    const lines = LABELS.map((l, i) =>
      i === 16 ? `\n### 2.重复申甲乙丙请\n\n${ONE_ROW_HEAD}\n| 2.重复 | ${values(i).join(' | ')} |\n\n${HEAD}` : row(l, values(i)),
    );
    const rows = applications(`三、收到和处理政府信息公开申请情况\n\n${HEAD}\n${lines.join('\n')}\n`);
    expect(Object.values(rows.rejectedRepeated!)).toEqual(values(16));
    expect(Object.values(rows.rejectedPublication!)).toEqual(values(17));
  });

  it('a row of placeholders, then a row printed without its label; the last row without its label', () => {
    const lines = LABELS.map((l, i) => {
      if (i === 18) return row(l, Array(7).fill('-'));
      if (i === 19 || i === 22) return row('', values(i));
      return row(l, values(i));
    });
    const text = `三、收到和处理政府信息公开申请情况\n\n${HEAD}\n${lines.join('\n')}\n\n## 四、政府信息公开行政复议、行政诉讼情况\n\n本年度未发生行政复议、行政诉讼。\n\n| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n`;
    const rows = applications(text);
    expect(Object.values(rows.rejectedExcessive!)).toEqual(Array(7).fill(null));
    expect(Object.values(rows.rejectedConfirmation!)).toEqual(values(19));
    expect(Object.values(rows.otherHandling!)).toEqual(values(20));
    expect(Object.values(rows.carriedForward!)).toEqual(values(22));
  });

  it('the first block heading of 二 damaged at two places: its rows are still read', () => {
    const text = [
      '二、主动公开政府信息情况',
      '',
      block('第甲乙二丙十条第（一）项', ['本年制发件数', '本年废止件数', '现行有效件数'], [['规章', [1, 2, 3]], ['行政规范性文件', [4, 5, 6]]]),
      block('第二十条第（五）项', ['本年处理决定数量'], [['行政许可', [70]]]),
      block('第二十条第（六）项', ['本年处理决定数量'], [['行政处罚', [80]], ['行政强制', [90]]]),
      block('第二十条第（八）项', ['本年收费金额（单位：万元）'], [['行政事业性收费', ['12.5']]]),
    ].join('\n');
    const t = extractTables(makeContext(text), []).tables.proactive;
    expect(t?.rows.regulations).toEqual({ issued: 1, repealed: 2, inForce: 3 });
    expect(t?.rows.normativeDocuments).toEqual({ issued: 4, repealed: 5, inForce: 6 });
    expect(t?.rows.enforcement).toEqual({ decisions: 90 });
  });
});
