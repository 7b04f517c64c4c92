import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCarryOver, type ReportLike } from './carry-over';
import { layoutOf, makeTable, type Rows } from '../testing/build-table';
import { inspectBytes, isErrorDocument } from '../inspect';

const report = (agency: string | null, year: number | null, rows: Rows, format: '2019' | '2021' = '2019'): ReportLike => ({
  meta: { agency, year },
  tables: { applications: makeTable(layoutOf('applications', format), rows) },
});
const statuses = (checks: ReturnType<typeof checkCarryOver>) => Object.fromEntries(checks.map((c) => [c.id, c.status]));

describe('applications.carryOver', () => {
  const y2020 = report('某某县人民政府', 2020, { carriedForward: { naturalPerson: 3, commercial: 1, total: 4 } });

  it('passes per column when this year’s 二 equals last year’s 四 (formats may differ)', () => {
    const y2021 = report('某某县人民政府', 2021, { carriedOver: { naturalPerson: 3, commercial: 1, total: 4 } }, '2021');
    const checks = checkCarryOver(y2020, y2021);
    expect(checks).toHaveLength(7);
    expect(statuses(checks)).toMatchObject({
      'applications.carryOver.naturalPerson': 'pass',
      'applications.carryOver.commercial': 'pass',
      'applications.carryOver.total': 'pass',
      'applications.carryOver.research': 'skipped',
    });
  });

  it('fails a differing column, expected = last year, actual = this year, span on this year’s cell', () => {
    const y2021 = report('某某县人民政府', 2021, { carriedOver: { naturalPerson: 2, commercial: 1, total: 3 } });
    const c = checkCarryOver(y2020, y2021).find((x) => x.id === 'applications.carryOver.total')!;
    expect(c).toMatchObject({ status: 'fail', expected: 4, actual: 3 });
    expect(c.cells).toEqual([
      ['carriedForward', 'total'],
      ['carriedOver', 'total'],
    ]);
    expect(c.spans).toHaveLength(1);
    expect(c.message).toContain('不等于2020年报告');
    // blank this year beside a filled last year is not a 0: the figure is missing, not wrong
    const blank = report('某某县人民政府', 2021, {});
    expect(checkCarryOver(y2020, blank).find((x) => x.id === 'applications.carryOver.total')).toMatchObject({
      status: 'uncertain', expected: 4, actual: 0, blankCells: [['carriedOver', 'total']],
    });
  });

  it('skips other bodies, non-consecutive years, unknown meta and missing tables', () => {
    const cases: ReportLike[] = [
      report('另一县人民政府', 2021, { carriedOver: { total: 9 } }),
      report('某某县人民政府', 2022, { carriedOver: { total: 9 } }),
      report('某某县人民政府', 2020, { carriedOver: { total: 9 } }),
      report(null, 2021, { carriedOver: { total: 9 } }),
      { meta: { agency: '某某县人民政府', year: 2021 }, tables: { applications: null } },
    ];
    for (const current of cases) expect(checkCarryOver(y2020, current).every((c) => c.status === 'skipped')).toBe(true);
  });

  it('the two Pingtan reports agree (2020 四 all 0, 2021 二 all 0: read by hand from the samples)', async () => {
    const dir = join(__dirname, '..', '..', '..', 'fixtures', 'samples');
    const [a, b] = await Promise.all(
      ['pingtan-2020-flattened.txt', 'pingtan-2021-flattened.txt'].map((f) => inspectBytes(new Uint8Array(readFileSync(join(dir, f))), f)),
    );
    if (isErrorDocument(a) || isErrorDocument(b)) throw new Error('unreadable sample');
    const checks = checkCarryOver(a, b);
    expect(checks.map((c) => [c.id, c.status, c.expected, c.actual])).toEqual(
      ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legal', 'otherOrg', 'total'].map((col) => [`applications.carryOver.${col}`, 'pass', 0, 0]),
    );
    // reversed, the years are not consecutive: nothing is compared
    expect(checkCarryOver(b, a).every((c) => c.status === 'skipped')).toBe(true);
    // and 2021's 四 (1 自然人) would have to be 2022's 二
    const y2022 = report('平潭综合实验区', 2022, { carriedOver: { naturalPerson: 0, total: 0 } }, '2021');
    expect(statuses(checkCarryOver(b, y2022))['applications.carryOver.naturalPerson']).toBe('fail');
  }, 120_000); // two whole reports inspected: generous on a loaded machine (HELPERS.md)
});
