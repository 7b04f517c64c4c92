import { describe, expect, it } from 'vitest';
import { findOutcomeFigures, outcomeChecks } from './prose-outcomes';
import { proseText } from './prose-text';
import { layoutOf, makeTable, type Rows } from '../testing/build-table';
import type { TableFormat } from './keys';
import type { Table } from '../types';

/** 120 answered: 70 granted, 10 partly, 5 denied (3 + 2), 20 unavailable (15 + 5), 3 rejected, 2 other */
function rows2019(): Rows {
  return {
    granted: { naturalPerson: 60, commercial: 10, total: 70 },
    partiallyGranted: { naturalPerson: 10, total: 10 },
    deniedStateSecret: { naturalPerson: 3, total: 3 },
    deniedProcessInfo: { naturalPerson: 2, total: 2 },
    unavailableNotHeld: { naturalPerson: 15, total: 15 },
    unavailableNeedsCreation: { naturalPerson: 5, total: 5 },
    rejectedRepeated: { naturalPerson: 3, total: 3 },
    otherHandling: { naturalPerson: 2, total: 2 },
    resultsTotal: { naturalPerson: 110, commercial: 10, total: 120 },
  };
}

const table = (rows: Rows, format: TableFormat = '2019'): Table => makeTable(layoutOf('applications', format), rows);

function run(text: string, t: Table | null = table(rows2019()), format: TableFormat = '2019', year: number | null = 2020) {
  return outcomeChecks(findOutcomeFigures(proseText(text), year), t, format);
}
const statuses = (text: string, t?: Table, format?: TableFormat, year?: number | null) =>
  Object.fromEntries(run(text, t, format, year).map((c) => [c.id, c.status]));

const CLEAN = '本年度共受理政府信息公开申请120件。其中，予以公开70件，占58.3%；部分公开10件；不予公开5件；因本机关不掌握等原因无法提供20件；不予处理3件；其他处理2件。';

describe('outcome figures in the prose', () => {
  it('passes a report whose prose agrees with every result row group', () => {
    expect(statuses(CLEAN)).toEqual({
      'prose.granted': 'pass',
      'prose.partiallyGranted': 'pass',
      'prose.denied': 'pass',
      'prose.unavailable': 'pass',
      'prose.rejected': 'pass',
      'prose.otherHandling': 'pass',
    });
  });

  it('fails each contradicted figure: expected = table, actual = prose, spans on the figure', () => {
    const text = '本年度共受理政府信息公开申请120件。予以公开及部分公开78件，占65%；不予公开6件；无法提供15件；不予处理4件；其他处理0件。';
    const checks = run(text);
    expect(checks.map((c) => [c.id, c.status, c.expected, c.actual])).toEqual([
      ['prose.granted', 'fail', 80, 78],
      ['prose.denied', 'fail', 5, 6],
      ['prose.unavailable', 'fail', 20, 15],
      ['prose.rejected', 'fail', 3, 4],
      ['prose.otherHandling', 'fail', 2, 0],
    ]);
    const granted = checks[0];
    expect(text.slice(...granted.spans![0])).toBe('78');
    expect(granted.cells).toEqual([
      ['granted', 'total'],
      ['partiallyGranted', 'total'],
    ]);
    expect(granted.spans).toHaveLength(3);
    expect(granted.message).toBe('正文所述予以公开及部分公开数（78）与表格（80）不符');
  });

  it('reads 予以公开 alone as either granted or granted with partly granted', () => {
    expect(statuses('收到申请120件，予以公开80件（含部分公开10件）。')).toEqual({ 'prose.granted': 'pass', 'prose.partiallyGranted': 'pass' });
    expect(statuses('收到申请120件，予以公开75件。')['prose.granted']).toBe('fail');
  });

  it('reads 不予以公开 / 不同意公开 as denied', () => {
    expect(run('收到申请120件，不予以公开5件。').map((c) => [c.id, c.status])).toEqual([['prose.denied', 'pass']]);
    expect(run('收到申请120件，不同意公开7件。').map((c) => [c.id, c.status])).toEqual([['prose.denied', 'fail']]);
  });

  it('adds the three 其他处理 rows of the 2021 format', () => {
    const t = table({ otherOverdueCorrection: { total: 2 }, otherOther: { total: 1 }, resultsTotal: { total: 3 } }, '2021');
    expect(statuses('收到申请3件，其他处理3件。', t, '2021')['prose.otherHandling']).toBe('pass');
    expect(statuses('收到申请3件，其他处理2件。', t, '2021')['prose.otherHandling']).toBe('fail');
  });

  it('counts a blank 总计 column by its applicant cells', () => {
    const rows = rows2019();
    rows.granted.total = null;
    expect(statuses('收到申请120件，予以公开70件。', table(rows))['prose.granted']).toBe('pass');
  });

  it('never fails a figure of a wider area, another year, one kind of applicant, or not about applications', () => {
    const never = [
      '全市共受理政府信息公开申请3000件。其中予以公开1500件。',
      '全区各级行政机关共收到申请900件，予以公开400件。',
      '本年收到申请120件，上年予以公开40件。',
      '本年收到申请120件，2019年予以公开40件。',
      '收到申请120件，其中自然人申请予以公开50件。',
      '收到申请120件，网上申请予以公开50件。',
      '全年主动公开政府信息3000条，公文予以公开1234件。',
      '被申请行政复议3件，复议机关责令予以公开2件。',
    ];
    for (const text of never) expect(run(text).filter((c) => c.status === 'fail'), text).toEqual([]);
  });

  it('ignores pieces of information (条, 项), percentages and figures inside other words', () => {
    expect(findOutcomeFigures(proseText('收到申请120件，予以公开政府信息300条，不予公开12项，予以公开率达58.3%。'), 2020)).toEqual([]);
    // 本年度 figures of this year do not count as another year
    expect(statuses('2020年收到申请120件，2020年予以公开75件。')['prose.granted']).toBe('fail');
  });

  it('says nothing without a filled applications table', () => {
    expect(run(CLEAN, null)).toEqual([]);
    expect(run(CLEAN, table({}))).toEqual([]);
  });
});
