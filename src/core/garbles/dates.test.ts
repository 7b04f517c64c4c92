import { describe, expect, it } from 'vitest';
import { makeContext } from '../context';
import { findDateNoise } from './dates';
import type { Garble } from '../types';

const find = (t: string) => {
  const c = makeContext(t);
  const out: Garble[] = [];
  findDateNoise(c.text, c.folded, out);
  return out.map((g) => g.text);
};

describe('noise inside dates', () => {
  it('flags the Han runs a whole date had to skip', () => {
    expect(find('20公条指处22是不年2月28日')).toEqual(['公条指处', '是不']);
    expect(find('2024 年2月24台州日')).toEqual(['台州']);
    expect(find('2022年2由月6日')).toEqual(['由']);
    expect(find('2023學年1月23日')).toEqual(['學']);
    expect(find('2025年墨1月')).toEqual(['墨']);
    // runs of the most frequent characters often hold a date word (后 下); most of the run is none
    expect(find('2026年1主这也后下月8日')).toEqual(['主这也后下']);
    // a run of two or more characters before a one-digit day or month: not read as joining the
    // digits over the unit (3[月转无]4 is no month 34)
    expect(find('2024年3月轉無嗎4日')).toEqual(['轉無嗎']);
    expect(find('2026年1那片月21日')).toEqual(['那片']);
    // a year whose digits a run split, with no month after it
    expect(find('民政局2方是方于会021年政府信息公开')).toEqual(['方是方于会']);
  });

  it('leaves real dates, ranges and counts alone', () => {
    for (const t of ['2020年1月至12月31日', '2019年和2020年', '2020年度1月', '2021年12月底', '2025年第一季度', '共2020件12月', '2020年上半年3个月', '自2019年1月1日起至2019年12月31日止', '2019年前3个多月', '2021年政府信息公开工作年度报告'])
      expect(find(t), t).toEqual([]);
  });
});
