// Converter Markdown whose words are damaged past matching (issue 9, items 2 and 5), built by
// hand: a row label with runs injected at two places, read by its place among the block's rows;
// the first block heading damaged after prose that cites the article; table 四's heading with a
// run inside 行政诉讼 over generic headers; a prose count with a run inside the figure; table
// 三's first row damaged so that its key phrase starts on the next row.
import { describe, expect, it } from 'vitest';
import { makeContext } from '../context';
import { extractTables } from './index';
import { extractedRows } from '../testing/extracted-rows';
import { APPLICATION_LABELS } from '../testing/application-labels';

/** a block of table 二: its heading, column header and rows */
const block = (heading: string, cols: string[], rows: [string, (number | string)[]][]) =>
  [heading, '', `| 信息内容 | ${cols.join(' | ')} |`, `| --- | ${cols.map(() => '---').join(' | ')} |`, ...rows.map(([l, v]) => `| ${l} | ${v.join(' | ')} |`), ''].join('\n');

const generic = (n: number) => Array.from({ length: n }, (_, i) => `数据${i + 1}`);

/** a 2021 table 二, the first block's heading and rows as given */
function proactive(first: string, regulations: string, normative: string, before = '') {
  const decisions = ['本年处理决定数量'];
  return [
    '## 二、主动公开政府信息情况',
    '',
    before,
    block(first, ['本年制发件数', '本年废止件数', '现行有效件数'], [[regulations, [1, 2, 3]], [normative, [4, 5, 6]]]),
    block('### 第二十条第（五）项', decisions, [['行政许可', [70]]]),
    block('### 第二十条第（六）项', decisions, [['行政处罚', [80]], ['行政强制', [90]]]),
    block('### 第二十条第（八）项', ['本年收费金额（单位：万元）'], [['行政事业性收费', ['12.5']]]),
    '## 三、收到和处理政府信息公开申请情况',
  ].join('\n');
}

describe('table 二 in converter Markdown, words damaged past matching', () => {
  it('a row label with a long run or runs at two places is still read; placed by its place when past matching, and says so', () => {
    for (const [reg, norm] of [
      ['规年后大个他章', '规范性文件'],
      ['规章', '规和个种生行范续世脚性文件'],
    ]) {
      const text = proactive('### 第二十条第（一）项', reg!, norm!);
      const rows = extractedRows(text, 'proactive');
      expect(rows.regulations).toEqual({ issued: 1, repealed: 2, inForce: 3 });
      expect(rows.normativeDocuments).toEqual({ issued: 4, repealed: 5, inForce: 6 });
      // two runs (in 规范性文件) are past the label search: the row is placed, and says so
      const t = extractTables(makeContext(text), []).tables.proactive!;
      const placed = t.notes?.filter((n) => n.code === 'note.rowByPlace').map((n) => n.row) ?? [];
      expect(placed).toEqual(reg === '规章' ? ['normativeDocuments'] : []);
    }
  });

  it('the article cited in prose, then the first block heading damaged: the rows, not the prose', () => {
    const prose = '现将第二十条第（一）项、第（五）项、第（六）项规定的规章、规范性文件、行政许可、行政处罚和行政事业性收费信息公开情况统计如下。';
    const rows = extractedRows(proactive('### 第二十时为发条第（一嘘玓）项', '规章', '行政规范性文件', prose), 'proactive');
    expect(rows.regulations).toEqual({ issued: 1, repealed: 2, inForce: 3 });
    expect(rows.normativeDocuments).toEqual({ issued: 4, repealed: 5, inForce: 6 });
    expect(rows.licensing).toEqual({ decisions: 70 });
  });

  it('the first block heading and its first label both damaged: anchored on the header and the second row', () => {
    const rows = extractedRows(proactive('### 第中年多他中的二十条下第（一）项', '规企章', '规范性文件'), 'proactive');
    expect(rows.regulations).toEqual({ issued: 1, repealed: 2, inForce: 3 });
    expect(rows.normativeDocuments).toEqual({ issued: 4, repealed: 5, inForce: 6 });
  });
});

const HEAD = '|  |  | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 数据7 |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |';
// the first row long (a Markdown row of large figures runs past 60 characters)
const values = (i: number) => (i === 0 ? [893, 354, 0, 408, 0, 37, 1692] : [i % 4, 1 + (i % 3), 0, 0, 0, 0, (i % 4) + 1 + (i % 3)]);

/** table 三 in converter Markdown, label `i` replaced when given */
function applications(label: (i: number) => string, prose = '') {
  const lines = APPLICATION_LABELS.map((l, i) => `|  | ${label(i) || l} | ${values(i).join(' | ')} |  |`);
  return `## 三、收到和处理政府信息公开申请情况\n\n${prose}\n\n${HEAD}\n${lines.join('\n')}\n\n## 四、政府信息公开行政复议、行政诉讼情况\n`;
}

describe('table 三 and 四 in converter Markdown, words damaged', () => {
  it('the first row with a character injected in its long label: still that row, not the next', () => {
    const rows = extractedRows(applications((i) => (i === 0 ? '一、本年新收政燽府信息公开申请数量' : '')), 'applications');
    expect(Object.values(rows.newReceived!)).toEqual(values(0));
    expect(Object.values(rows.carriedOver!)).toEqual(values(1));
  });

  it('prose quoting the count with a run injected inside the figure is not the row', () => {
    const prose = '本年度新收政府信息公开申请2深坐期制示8件，上年结转申请3件。';
    const rows = extractedRows(applications(() => '', prose), 'applications');
    expect(Object.values(rows.newReceived!)).toEqual(values(0));
  });

  it('table 四 under a heading with a run injected inside 行政诉讼, generic headers', () => {
    const figures = [26, 11, 0, 22, 59, 4, 4, 0, 0, 8, 0, 4, 0, 0, 4];
    const text = [
      '## 四、政府信息公开行政复议、行政钱刘诉讼情况',
      '',
      `| ${generic(15).join(' | ')} |`,
      `| ${generic(15).map(() => '---').join(' | ')} |`,
      `| ${figures.join(' | ')} |`,
      '',
      '## 五、存在的主要问题及改进情况',
    ].join('\n');
    const rows = extractedRows(text, 'reviewLitigation');
    expect(rows.review).toEqual({ upheld: 26, corrected: 11, other: 0, pending: 22, total: 59 });
    expect(rows.litigationDirect).toEqual({ upheld: 4, corrected: 4, other: 0, pending: 0, total: 8 });
  });
});
