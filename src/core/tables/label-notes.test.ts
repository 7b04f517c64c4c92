// A row label's explanatory note may name other rows (其他对外管理服务事项(…含行政处罚、行政强制…)):
// those words inside the bracket are not the rows (issue 9, real pages).
import { describe, expect, it } from 'vitest';
import { makeContext } from '../context';
import { extractTables } from './index';

const ROW = (label: string, cells: (number | string)[]) => `${label} | ${cells.join(' | ')} | ||`;

describe('row labels inside another row\'s note', () => {
  it('are passed over: each row is read from its own label', () => {
    const text = [
      '二、主动公开政府信息情况',
      '第二十条第(一)项 | |||||',
      '信息内容 | 本年新 制作数量 | 本年新 公开数量 | 对外公开总数量 | ||',
      ROW('规章(设区的市应提供相关数据)', [0, 0, 0]),
      ROW('规范性文件(行政机关制定发布的决定、公告)', [2, 2, 19]),
      '第二十条第(五)项 | |||||',
      '信息内容 | 上一年项目数量(指上年事项数) | 本年增/减(减用负值表示) | 处理决定数量(指本年办件量) | ||',
      ROW('行政许可', [8, 5, 93]),
      ROW('其他对外管理服务事项(指行政许可以外的事项,含行政确认、行政处罚、行政强制和其他类)', [117, 0, 165]),
      '第二十条第(六)项 | |||||',
      '信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | ||',
      ROW('行政处罚', [90, 0, 22]),
      ROW('行政强制', [4, 4, 7]),
      '第二十条第(八)项 | |||||',
      '信息内容 | 上一年项目数量 | 本年增/减 | ||',
      ROW('行政事业性收费', [3, 0]),
      '第二十条第(九)项 | |||||',
      '信息内容 | 采购项目数量 | 采购总金额 | ||',
      ROW('政府集中采购', [2, 15.5]),
      '三、收到和处理政府信息公开申请情况',
    ].join('\n');
    const p = extractTables(makeContext(text), []).tables.proactive!;
    expect(p.rows.otherServices).toEqual({ previousCount: 117, change: 0, decisions: 165 });
    expect(p.rows.penalties).toEqual({ previousCount: 90, change: 0, decisions: 22 });
    expect(p.rows.enforcement).toEqual({ previousCount: 4, change: 4, decisions: 7 });
  });

  it('are passed over when the note wraps to a second line (its bracket opened on the line before)', () => {
    const text = [
      '二、主动公开政府信息情况',
      '第二十条第(一)项',
      '信息内容',
      '本年新制作数量',
      '本年新公开数量',
      '对外公开总数量',
      '规章',
      '0', '0', '0',
      '规范性文件',
      '2', '2', '19',
      '第二十条第(五)项',
      '信息内容',
      '上一年项目数量',
      '本年增/减',
      '处理决定数量',
      '行政许可',
      '8', '5', '93',
      '其他对外管理服务事项(指行政许可以外的事项,',
      '含行政确认、行政处罚、行政强制和其他类)',
      '117', '0', '165',
      '第二十条第(六)项',
      '信息内容',
      '上一年项目数量',
      '本年增/减',
      '处理决定数量',
      '行政处罚',
      '90', '0', '22',
      '行政强制',
      '4', '4', '7',
      '第二十条第(八)项',
      '信息内容',
      '上一年项目数量',
      '本年增/减',
      '行政事业性收费',
      '3', '0',
      '第二十条第(九)项',
      '信息内容',
      '采购项目数量',
      '采购总金额',
      '政府集中采购',
      '2', '15.5',
      '三、收到和处理政府信息公开申请情况',
    ].join('\n');
    const p = extractTables(makeContext(text), []).tables.proactive!;
    expect(p.rows.otherServices).toEqual({ previousCount: 117, change: 0, decisions: 165 });
    expect(p.rows.penalties).toEqual({ previousCount: 90, change: 0, decisions: 22 });
    expect(p.rows.enforcement).toEqual({ previousCount: 4, change: 4, decisions: 7 });
    const [a] = p.labelSpans!.penalties!;
    expect(text.slice(a - 1, a + 5)).toBe('\n行政处罚\n');
  });
});
