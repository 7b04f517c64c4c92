// Glued table 三 (crawler text, no separator between cells), built by hand: a row whose printed
// total is off by a little (no split adds up: the splits nearest their total are offered to the
// column equations, not the first ones in reading order), and a row label whose numbering stands
// apart from its dot by injected characters (`2甲乙.其他…`: the 2 is not the previous row's digit).
import { describe, expect, it } from 'vitest';
import { makeContext } from '../context';
import { extractTables } from './index';
import { APPLICATION_LABELS_WITH_BLOCKS } from '../testing/application-labels';

const LABELS = APPLICATION_LABELS_WITH_BLOCKS;
const HEAD = '三、收到和处理政府信息公开申请情况 （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他';
const ZERO = [0, 0, 0, 0, 0, 0, 0];

function glued(rows: Record<number, number[]>, label = (i: number) => LABELS[i]!) {
  const body = LABELS.map((_, i) => `${label(i)}${(rows[i] ?? ZERO).join('')}`).join('');
  return `${HEAD}${body} 四、政府信息公开行政复议、行政诉讼情况`;
}

function applications(text: string) {
  const t = extractTables(makeContext(text), []).tables.applications;
  expect(t).not.toBeNull();
  return t!;
}

describe('glued table 三', () => {
  it('a row whose printed total is off by a little: the split nearest its total, which the balance confirms', () => {
    const right = [1334, 187, 25, 0, 675, 666, 2887];
    // 新收 prints 2884 for its total; 予以公开 and 总计 (and the balance) hold
    const t = applications(glued({ 0: [...right.slice(0, 6), 2884], 2: right, 21: right }));
    expect(Object.values(t.rows.newReceived!)).toEqual([1334, 187, 25, 0, 675, 666, 2884]);
    expect(t.notes?.some((n) => n.row === 'newReceived' && n.reason === 'no-split-adds-up')).toBe(true);
  });

  it('a label numbering with characters injected before its dot is not a digit of the row before', () => {
    const t = applications(glued({ 4: [0, 0, 1, 0, 0, 0, 1], 5: [2, 0, 0, 0, 0, 0, 2], 21: [2, 0, 1, 0, 0, 0, 3] }, (i) => (i === 5 ? '2甲乙丙.其他法律行政法规禁止公开' : LABELS[i]!)));
    expect(Object.values(t.rows.deniedStateSecret!)).toEqual([0, 0, 1, 0, 0, 0, 1]);
    expect(Object.values(t.rows.deniedProhibitedByLaw!)).toEqual([2, 0, 0, 0, 0, 0, 2]);
  });

  it('table 二 with its first block heading damaged past matching, in text without line breaks', () => {
    const text =
      '某县民政局2022年政府信息公开工作年度报告本报告依据条例编制。二、主动公开政府信息情况本年度主动公开规章、规范性文件，具体如下：' +
      '有第甲乙丙二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章123行政规范性文件456' +
      '第二十条第（五）项信息内容本年处理决定数量行政许可7第二十条第（六）项信息内容本年处理决定数量行政处罚8行政强制9' +
      '第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费0三、收到和处理政府信息公开申请情况';
    const t = extractTables(makeContext(text), []).tables.proactive;
    expect(t?.rows.regulations).toEqual({ issued: 1, repealed: 2, inForce: 3 });
    expect(t?.rows.normativeDocuments).toEqual({ issued: 4, repealed: 5, inForce: 6 });
    expect(t?.rows.licensing).toEqual({ decisions: 7 });
  });

  it('table 二: the first row label of a block with a run injected inside it, right after the column header', () => {
    const text =
      '二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章0110行政规范性文件61144' +
      '第二十条第（五）项信息内容本年处理决定数量行政许可2783第二十条第（六）项信息内容本年处理决定数量行政镂傞斵处罚25行政强制2050' +
      '第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费0三、收到和处理政府信息公开申请情况';
    const t = extractTables(makeContext(text), []).tables.proactive;
    expect(t?.rows.penalties).toEqual({ decisions: 25 });
    expect(t?.rows.enforcement).toEqual({ decisions: 2050 });
  });
});
