// Table 二 printed glued (crawler text, no separator between cells): its rows have no sum rule,
// so a split is chosen by what real reports show (fixtures/golden): counts spread over orders of
// magnitude, 本年增/减 mostly 0 and a part of its count, item counts below 10,000. The choice
// stays a guess: every other reading is listed on the row.
import { describe, expect, it } from 'vitest';
import { makeContext } from '../context';
import { extractTables } from './index';

const HEAD = '二、主动公开政府信息情况';
const P1 = '第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量';
const P5 = '第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量';
const P6 = '第二十条第（六）项信息内容上一年项目数量本年增/减处理决定数量';
const P8 = '第二十条第（八）项信息内容上一年项目数量本年增/减';
const P9 = '第二十条第（九）项信息内容采购项目数量采购总金额';
const NEXT = '三、收到和处理政府信息公开申请情况';

/** a 2019 table 二 printed glued, its licensing and penalties rows as given */
function table(licensing: string, penalties: string) {
  const text = [HEAD, P1, '规章000规范性文件2236', P5, `行政许可${licensing}其他对外管理服务事项000`, P6, `行政处罚${penalties}行政强制000`, P8, '行政事业性收费000', P9, '政府集中采购394.52', NEXT].join('');
  const t = extractTables(makeContext(text), []).tables.proactive!;
  expect(t).not.toBeNull();
  for (const c of t.cells) if (c.span) expect(text.slice(c.span[0], c.span[1])).toBe(c.raw);
  return t;
}

const alternatives = (t: ReturnType<typeof table>, row: string) => t.notes?.find((n) => n.kind === 'ambiguous-split' && n.row === row)?.alternatives ?? [];

describe('table 二 glued: the most probable split, said to be a guess', () => {
  it('a change of 0 and a large 处理决定数量 rather than three middling figures', () => {
    // 202461: 2/0/2461 (a 0 costs nothing, 2461 one figure) against 202/4/61 or 20/2/461
    const t = table('202461', '6000000');
    expect(t.rows.licensing).toEqual({ previousCount: 2, change: 0, decisions: 2461 });
    expect(alternatives(t, 'licensing')).toContain('202/4/61');
    expect(alternatives(t, 'licensing')[0]).toBe('2/0/2461');
  });

  it('a decrease that is a part of the count (60, 减17, 43), not one figure longer', () => {
    const t = table('000', '60-1743');
    expect(t.rows.penalties).toEqual({ previousCount: 60, change: -17, decisions: 43 });
  });

  it('a change larger than the count it changes is passed over (0/2/38018, not 0/2380/18)', () => {
    const t = table('0238018', '000');
    expect(t.rows.licensing).toEqual({ previousCount: 0, change: 2, decisions: 38018 });
    expect(alternatives(t, 'licensing')).toContain('0/2380/18');
  });

  it('an item count of tens of thousands is passed over (396/44/2278, not 39644/2/278)', () => {
    const t = table('396442278', '000');
    expect(t.rows.licensing).toEqual({ previousCount: 396, change: 44, decisions: 2278 });
  });

  it('新公开 as 新制作 is the usual reading of the first block', () => {
    const t = table('000', '000');
    expect(t.rows.normativeDocuments).toEqual({ made: 2, published: 2, total: 36 });
    expect(alternatives(t, 'normativeDocuments').length).toBeGreaterThan(1);
  });
});
