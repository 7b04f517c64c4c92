// One cell a paragraph: every cell prints its text and an empty line, so an empty cell
// (<td></td>) prints only the empty line, and `37`, empty, `140` comes out as three empty lines
// between the two figures. A blank cell, not a 0, and the next figure keeps its column.
import { describe, expect, it } from 'vitest';
import { makeContext } from '../context';
import { extractTables } from './index';
import { detectLayout } from './cells';
import { proactive2019Paras } from './testing/paragraph-page';

const PROACTIVE_BLANKS = proactive2019Paras({
  '规章': [' 0', '', ''],
  '规范性文件': [' 37', '', ' 140'],
  '行政许可': [' 12', ' 0', ''],
  '其他对外管理服务事项': [' 3', ' 1', ' 6'],
  '行政处罚': ['', ' -2', ' 77'],
  '行政强制': [' 4', ' 0', ' 9'],
  '行政事业性收费': [' 2', ' 0'],
  '政府集中采购': [' 5', ' 31.2'],
});

describe('a blank cell in one cell a paragraph', () => {
  const text = `一、总体情况\n\n略。\n\n${PROACTIVE_BLANKS}\n三、收到和处理政府信息公开申请情况\n`;

  it('still reads as one cell a paragraph', () => {
    const f = makeContext(PROACTIVE_BLANKS).folded;
    expect(detectLayout(f, 0, f.length)).toBe('paras');
  });

  it('is null in its own column: three empty lines are one blank cell, five are two', () => {
    const p = extractTables(makeContext(text), []).tables.proactive!;
    expect(p).not.toBeNull();
    // in the middle of a row
    expect(p.rows.normativeDocuments).toEqual({ made: 37, published: null, total: 140 });
    // at a row's end, two of them, and the next row is not shifted
    expect(p.rows.regulations).toEqual({ made: 0, published: null, total: null });
    // at a row's end, one
    expect(p.rows.licensing).toEqual({ previousCount: 12, change: 0, decisions: null });
    expect(p.rows.otherServices).toEqual({ previousCount: 3, change: 1, decisions: 6 });
    // at a row's start
    expect(p.rows.penalties).toEqual({ previousCount: null, change: -2, decisions: 77 });
    expect(p.rows.enforcement).toEqual({ previousCount: 4, change: 0, decisions: 9 });
    expect(p.rows.procurement).toEqual({ projects: 5, amount: 31.2 });
  });

  it('has no span, and the figure after it keeps its own', () => {
    const p = extractTables(makeContext(text), []).tables.proactive!;
    const cell = (row: string, col: string) => p.cells.find((c) => c.row === row && c.col === col)!;
    expect(cell('normativeDocuments', 'published')).toMatchObject({ value: null, raw: '', span: null });
    const total = cell('normativeDocuments', 'total');
    expect(text.slice(total.span![0], total.span![1])).toBe('140');
  });
});
