import { describe, expect, it } from 'vitest';
import { makeContext } from '../context';
import { layoutOf, makeTable } from '../testing/build-table';
import type { Tables } from '../types';
import { caseNumber, findCaseFigures } from './prose-cases';
import { proseChecks } from './prose';
import { proseText } from './prose-text';

const figures = (text: string, inSection = false) =>
  findCaseFigures(proseText(makeContext(text).folded), () => inSection).map((f) => [f.kind, f.value, text.slice(...f.span), f.guarded]);
const kv = (text: string, inSection = false) => figures(text, inSection).map(([k, v]) => [k, v]);

function tables(review: number, direct: number, after: number): Tables {
  return {
    proactive: null,
    applications: null,
    reviewLitigation: {
      ...makeTable(layoutOf('reviewLitigation', '2019'), {
        review: { upheld: review, total: review },
        litigationDirect: { upheld: direct, total: direct },
        litigationAfterReview: { upheld: after, total: after },
      }),
      span: [100000, 100001],
    },
  };
}
const statuses = (text: string, t: Tables) =>
  Object.fromEntries(proseChecks(makeContext(text), t).filter((c) => /review|litigation/i.test(c.id)).map((c) => [c.id, [c.status, c.expected, c.actual]]));

describe('review and litigation figures in the prose', () => {
  it('reads the noun-then-figure phrasings', () => {
    expect(kv('因政府信息公开被申请行政复议的案件共计3件，提起行政诉讼案件数为2件。')).toEqual([['review', 3], ['litigation', 2]]);
    expect(kv('政府信息公开行政复议申请合计12宗，行政诉讼4起。')).toEqual([['review', 12], ['litigation', 4]]);
    expect(kv('信息公开类行政复议7件，诉讼9件。')).toEqual([['review', 7], ['litigation', 9]]);
  });

  it('reads the figure-then-noun phrasings', () => {
    expect(kv('本年度因政府信息公开申请，发生2起行政诉讼案件，收到3件行政复议申请。')).toEqual([['litigation', 2], ['review', 3]]);
    expect(kv('收到1件因政府信息公开引起的行政复议。')).toEqual([['review', 1]]);
  });

  it('reads figures in Chinese numerals', () => {
    expect(kv('政府信息公开工作被申请行政复议两件，行政诉讼一件。')).toEqual([['review', 2], ['litigation', 1]]);
    expect(caseNumber('十二')).toBe(12);
    expect(caseNumber('二十')).toBe(20);
    expect(caseNumber('三十五')).toBe(35);
    expect(caseNumber('十')).toBe(10);
  });

  it('reads the two together: each, respectively, and the sum', () => {
    expect(kv('因政府信息公开引起的行政复议和行政诉讼各1件。')).toEqual([['review', 1], ['litigation', 1]]);
    expect(kv('政府信息公开行政复议、行政诉讼案件分别为3件、2件。')).toEqual([['review', 3], ['litigation', 2]]);
    expect(kv('政府信息公开行政复议和行政诉讼案件共5件。')).toEqual([['reviewAndLitigation', 5]]);
  });

  it('reads "none" said in words as 0, with the statement as the span', () => {
    const f = figures('2020年,未发生因政府信息公开申请行政复议、提起行政诉讼的情况。');
    expect(f.map(([k, v]) => [k, v])).toEqual([['review', 0], ['litigation', 0]]);
    expect(f[0][2]).toBe('未发生因政府信息公开申请行政复议、提起行政诉讼');
    expect(kv('本年度无政府信息公开行政复议和行政诉讼案件。')).toEqual([['review', 0], ['litigation', 0]]);
    expect(kv('本年度未收到政府信息公开行政复议申请。')).toEqual([['review', 0]]);
  });

  it('does not read a narrower "none" or a table label as zero cases', () => {
    expect(kv('未发生因政府信息公开被行政复议纠错的情况。')).toEqual([]);
    expect(kv('未经复议直接起诉的行政诉讼2件。')).toEqual([['litigation', 2]]);
  });

  it('guards law-enforcement counts: no word of disclosure, outside the review section', () => {
    expect(figures('全年共办理行政复议案件125件，行政诉讼案件40件。').map((f) => f[3])).toEqual([true, true]);
    // the same words inside section 四 are about disclosure
    expect(figures('全年共办理行政复议案件125件。', true).map((f) => f[3])).toEqual([false]);
  });
});

describe('review and litigation checks', () => {
  it('fails the counts that differ from table 四, expected = table, actual = prose', () => {
    const text = '因政府信息公开被申请行政复议3件，提起行政诉讼2件。';
    expect(statuses(text, tables(3, 2, 0))).toEqual({ 'prose.review': ['pass', 3, 3], 'prose.litigation': ['pass', 2, 2] });
    expect(statuses(text, tables(4, 1, 0))).toEqual({ 'prose.review': ['fail', 4, 3], 'prose.litigation': ['fail', 1, 2] });
  });

  it('fails "none" against a table that has cases; litigation none means none of either kind', () => {
    const text = '本年度未发生因政府信息公开申请行政复议、提起行政诉讼的情况。';
    expect(statuses(text, tables(0, 0, 0))).toEqual({ 'prose.review': ['pass', 0, 0], 'prose.litigation': ['pass', 0, 0] });
    expect(statuses(text, tables(2, 0, 1))).toEqual({ 'prose.review': ['fail', 2, 0], 'prose.litigation': ['fail', 1, 0] });
  });

  it('compares the two together with their sum', () => {
    const text = '政府信息公开行政复议和行政诉讼案件共5件。';
    expect(statuses(text, tables(3, 1, 1))).toEqual({ 'prose.reviewAndLitigation': ['pass', 5, 5] });
    expect(statuses(text, tables(3, 1, 0))).toEqual({ 'prose.reviewAndLitigation': ['fail', 4, 5] });
  });

  it('never fails a guarded (law-enforcement) count, but lets it agree', () => {
    expect(statuses('全年共办理行政复议案件125件。', tables(3, 0, 0))).toEqual({});
    expect(statuses('全年共办理行政复议案件3件。', tables(3, 0, 0))).toEqual({ 'prose.review': ['pass', 3, 3] });
  });
});
