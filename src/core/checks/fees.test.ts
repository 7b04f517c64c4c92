import { describe, expect, it } from 'vitest';
import { makeContext } from '../context';
import { layoutOf, makeTable } from '../testing/build-table';
import type { Tables } from '../types';
import { findFeeStatements } from './fee-statements';
import { feeChecks } from './fees';
import { proseText } from './prose-text';

const prose = (text: string) => proseText(makeContext(text).folded);
const statements = (text: string) => findFeeStatements(prose(text)).map((s) => [s.kind, s.scope, s.amount, text.slice(...s.span)]);

const at = (t: ReturnType<typeof makeTable>, k: number) => ({ ...t, span: [100000 + k, 100001 + k] as [number, number] });

/** tables placed after the prose (spans far away), table 二 in either template */
function tables(opts: { fee2021?: number | null; fee2019?: [number, number]; received?: number; carried?: number } = {}): Tables {
  const proactive =
    opts.fee2021 !== undefined
      ? at(makeTable(layoutOf('proactive', '2021'), { fees: { amount: opts.fee2021 } }), 0)
      : opts.fee2019
        ? at(makeTable(layoutOf('proactive', '2019'), { fees: { previousCount: opts.fee2019[0], change: opts.fee2019[1] } }), 0)
        : null;
  const applications =
    opts.received === undefined
      ? null
      : at(makeTable(layoutOf('applications', '2021'), { newReceived: { total: opts.received }, carriedOver: { total: opts.carried ?? 0 } }), 1);
  return { proactive, applications, reviewLitigation: null };
}

const run = (text: string, t: Tables, year: number | null = 2021) => feeChecks(prose(text), t, year);
const byId = (text: string, t: Tables, id: string, year: number | null = 2021) => run(text, t, year).find((c) => c.id === id);

describe('fee statements', () => {
  it('reads "none" statements in many phrasings, with their scope', () => {
    expect(statements('本年度未收取信息处理费。')).toEqual([['none', 'processing', null, '未收取信息处理费']]);
    expect(statements('2021年，无收取信息处理费情况。')).toEqual([['none', 'processing', null, '无收取信息处理费']]);
    expect(statements('本机关没有产生信息公开处理费。')[0].slice(0, 2)).toEqual(['none', 'processing']);
    expect(statements('信息处理费为0元。')).toEqual([['none', 'processing', 0, '信息处理费为0元']]);
    expect(statements('对公民、法人和其他组织的政府信息申请不收取任何费用。')[0].slice(0, 2)).toEqual(['none', 'disclosure']);
    expect(statements('依申请公开一律不收费。')[0].slice(0, 2)).toEqual(['none', 'disclosure']);
    expect(statements('六、其他需要报告的事项\n本年度本机关未收取任何费用。')[0].slice(0, 2)).toEqual(['none', 'any']);
    expect(statements('所有政务信息公开均免费为社会公众提供。')[0].slice(0, 3)).toEqual(['none', 'disclosure', null]);
    // free parking is not a disclosure fee
    expect(statements('办事大厅设有免费停车位。')).toEqual([]);
  });

  it('reads charged amounts in 元 and 万元, and charges counted without an amount', () => {
    expect(statements('全年收取政府信息公开信息处理费 3940 元。')).toEqual([['charged', 'processing', 3940, '收取政府信息公开信息处理费 3940 元']]);
    expect(statements('信息处理费共计1,200元。')[0].slice(0, 3)).toEqual(['charged', 'processing', 1200]);
    expect(statements('收取行政事业性收费5.2万元。')[0].slice(0, 3)).toEqual(['charged', 'administrative', 52000]);
    expect(statements('向申请人收取信息处理费2件。')[0].slice(0, 3)).toEqual(['charged', 'processing', null]);
  });

  it('leaves out the 2021 row label and fee standards', () => {
    expect(statements('申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请0件。')).toEqual([]);
    expect(statements('公开收费标准12项。')).toEqual([]);
  });
});

describe('fee checks', () => {
  it('narrative.fees: none in one place, charged in another, either order', () => {
    const a = byId('六、其他需要报告的事项\n本年度未收取信息处理费。另：本年度共收取信息处理费 120 元。', tables(), 'narrative.fees')!;
    expect(a).toMatchObject({ status: 'fail', severity: 'warning', expected: 0, actual: 120 });
    expect(a.spans).toHaveLength(2);
    const b = byId('本年收取信息处理费80元。……对政府信息公开申请不收取任何费用。', tables(), 'narrative.fees')!;
    expect(b).toMatchObject({ status: 'fail', actual: 80 });
    expect(byId('本年度未收取信息处理费。', tables(), 'narrative.fees')?.status).toBe('pass');
  });

  it('narrative.feesTable: "no fee at all" against a 行政事业性收费 figure in table 二', () => {
    const text = '六、其他需要报告的事项\n本年度本机关未收取任何费用。';
    const c = byId(text, tables({ fee2021: 12.5 }), 'narrative.feesTable')!;
    expect(c).toMatchObject({ status: 'fail', expected: 0, actual: 12.5, cells: [['fees', 'amount']] });
    // the statement's span, then the table cell's
    expect(text.slice(...c.spans![0])).toBe('未收取任何费用');
    expect(c.spans).toHaveLength(2);
    expect(byId(text, tables({ fee2019: [3, -1] }), 'narrative.feesTable')).toMatchObject({ status: 'fail', actual: 2 });
    expect(byId(text, tables({ fee2021: 0 }), 'narrative.feesTable')?.status).toBe('pass');
    // a blank fee cell is not a 0, and not a figure: nothing to compare
    expect(byId(text, tables({ fee2021: null }), 'narrative.feesTable')).toBeUndefined();
  });

  it('narrative.feesTable: a statement about 信息处理费 or applications is never compared with table 二', () => {
    expect(byId('2021年，无收取信息处理费情况。', tables({ fee2021: 24252.3 }), 'narrative.feesTable')).toBeUndefined();
    expect(byId('对政府信息公开申请不收取任何费用。', tables({ fee2019: [11, 0] }), 'narrative.feesTable')).toBeUndefined();
  });

  it('narrative.feesTable, the reverse: 行政事业性收费 charged in the prose, 0 in table 二', () => {
    const c = byId('本年度收取行政事业性收费5.2万元。', tables({ fee2021: 0 }), 'narrative.feesTable')!;
    expect(c).toMatchObject({ status: 'fail', expected: 52000, actual: 0 });
    expect(byId('本年度收取行政事业性收费5.2万元。', tables({ fee2021: 5.2 }), 'narrative.feesTable')?.status).toBe('pass');
  });

  it('narrative.feesApplications: a 信息处理费 charged with no application at all in table 三', () => {
    const text = '全年收取信息处理费300元。';
    expect(byId(text, tables({ received: 0, carried: 0 }), 'narrative.feesApplications')).toMatchObject({ status: 'fail', actual: 300 });
    expect(byId(text, tables({ received: 5 }), 'narrative.feesApplications')?.status).toBe('pass');
    expect(byId('本年度未收取信息处理费。', tables({ received: 0 }), 'narrative.feesApplications')).toBeUndefined();
  });

  it('a statement about another year is left out', () => {
    expect(byId('本年度未收取信息处理费。2020年收取信息处理费50元。', tables(), 'narrative.fees', 2021)?.status).toBe('pass');
    expect(byId('本年度未收取信息处理费。2021年收取信息处理费50元。', tables(), 'narrative.fees', 2021)?.status).toBe('fail');
  });
});
