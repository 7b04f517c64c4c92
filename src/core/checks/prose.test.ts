import { describe, expect, it } from 'vitest';
import { findProseFigures, proseChecks } from './prose';
import { makeContext } from '../context';
import { layoutOf, makeTable } from '../testing/build-table';
import type { Tables } from '../types';

function tables(received: number, answered: number, review: number, direct: number, carried = 0): Tables {
  const forward = received + carried - answered;
  return {
    proactive: null,
    applications: {
      ...makeTable(layoutOf('applications', '2019'), {
        newReceived: { naturalPerson: received, total: received },
        carriedOver: { naturalPerson: carried, total: carried },
        granted: { naturalPerson: answered, total: answered },
        resultsTotal: { naturalPerson: answered, total: answered },
        carriedForward: { naturalPerson: forward, total: forward },
      }),
      span: [100000, 100001],
    },
    reviewLitigation: {
      ...makeTable(layoutOf('reviewLitigation', '2019'), { review: { upheld: review, total: review }, litigationDirect: { upheld: direct, total: direct } }),
      span: [100001, 100002],
    },
  };
}

const run = (text: string, t: Tables) => proseChecks(makeContext(text), t);
const statuses = (text: string, t: Tables) => Object.fromEntries(run(text, t).map((c) => [c.id, c.status]));

describe('prose figures', () => {
  it('finds the common phrasings, with spans on the figure', () => {
    const text = '本年度共受理政府信息公开申请859件，答复政府信息公开申请805件（含上年度结转申请18件）。信息公开类行政复议7件，诉讼9件。';
    const figures = findProseFigures(makeContext(text), []);
    expect(figures.map((f) => [f.kind, f.value])).toEqual([
      ['received', 859],
      ['answered', 805],
      ['review', 7],
      ['litigation', 9],
    ]);
    for (const f of figures) expect(text.slice(f.span[0], f.span[1])).toBe(String(f.value));
    expect(figures[1].includesCarriedOver).toBe(true);
  });

  it('reads PDF text with line breaks inside words and padded figures, and traditional script', () => {
    const text = '全市共受理政府信息公开申请 3,119 件，答\n复 3050 件（含上年度结转申请 34 件）。政府信息公开行政复议 351\n件';
    const f = findProseFigures(makeContext(text), []);
    expect(f.map((x) => [x.kind, x.value])).toEqual([
      ['received', 3119],
      ['answered', 3050],
      ['review', 351],
    ]);
    expect(text.slice(f[0].span[0], f[0].span[1])).toBe('3,119');
    const trad = findProseFigures(makeContext('收到依申請公開事項７次,均按時限受理和答覆。'), []);
    expect(trad.map((x) => [x.kind, x.value])).toEqual([['received', 7]]);
  });

  it('ignores look-alikes that are not applications', () => {
    const text = '共收到网站咨询及信访件 109 件。收到群众诉求348件。处理媒体采访申请72宗。答复意见中，不同意公开36件。';
    expect(findProseFigures(makeContext(text), [])).toEqual([]);
  });

  it('ignores figures inside a table span', () => {
    const text = '收到政府信息公开申请5件';
    expect(findProseFigures(makeContext(text), [[0, text.length]])).toEqual([]);
  });
});

describe('prose checks', () => {
  const clean = '本年共收到70件申请，及时依法依规办结69件。行政复议3件，行政诉讼12件。';
  it('passes a clean report', () => {
    expect(statuses(clean, tables(70, 69, 3, 12, 0))).toEqual({
      'prose.received': 'pass',
      'prose.answered': 'pass',
      'prose.review': 'pass',
      'prose.litigation': 'pass',
    });
  });

  it('fails each contradicted figure, expected = table, actual = prose', () => {
    const checks = run(clean, tables(71, 68, 4, 11, 0));
    expect(checks.map((c) => [c.id, c.status, c.expected, c.actual])).toEqual([
      ['prose.received', 'fail', 71, 70],
      ['prose.answered', 'fail', 68, 69],
      ['prose.review', 'fail', 4, 3],
      ['prose.litigation', 'fail', 11, 12],
    ]);
    expect(checks[0].spans?.[0]).toEqual([clean.indexOf('70'), clean.indexOf('70') + 2]);
    expect(checks[0].message).toContain('不符');
  });

  it('accepts received figures that include last year’s carried-over applications', () => {
    expect(statuses('共收到政府信息公开申请30件（含上年结转5件）。', tables(25, 30, 0, 0, 5))['prose.received']).toBe('pass');
    expect(statuses('共收到政府信息公开申请31件（含上年结转5件）。', tables(25, 30, 0, 0, 5))['prose.received']).toBe('fail');
  });

  it('never fails a figure for a wider scope', () => {
    expect(statuses('全市各级行政机关共受理政府信息公开申请3119件。', tables(20, 20, 0, 0))['prose.received']).toBeUndefined();
  });

  it('says nothing without tables', () => {
    expect(run(clean, { proactive: null, applications: null, reviewLitigation: null })).toEqual([]);
  });
});
