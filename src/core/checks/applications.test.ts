import { describe, expect, it } from 'vitest';
import { applicationChecks, reviewChecks, tableFormat } from './applications';
import { layoutOf, makeTable, type Rows } from '../testing/build-table';
import { APPLICATION_COLS, applicationRows, resultRows } from './keys';
import type { Check } from '../types';

const byId = (checks: Check[], id: string): Check => {
  const c = checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id}`);
  return c;
};

/** a consistent 2019 table: 5 new + 1 carried = 4 granted + 1 otherHandling + 1 carried forward */
function consistent(): Rows {
  return {
    newReceived: { naturalPerson: 4, commercial: 1, total: 5 },
    carriedOver: { naturalPerson: 1, total: 1 },
    granted: { naturalPerson: 3, commercial: 1, total: 4 },
    otherHandling: { naturalPerson: 1, total: 1 },
    resultsTotal: { naturalPerson: 4, commercial: 1, total: 5 },
    carriedForward: { naturalPerson: 1, total: 1 },
  };
}

describe('applications checks', () => {
  it('emits every contract id for the 2019 and 2021 formats', () => {
    for (const format of ['2019', '2021'] as const) {
      const checks = applicationChecks(makeTable(layoutOf('applications', format)), format);
      const ids = checks.map((c) => c.id);
      for (const row of applicationRows(format)) expect(ids).toContain(`applications.rowTotal.${row}`);
      for (const col of APPLICATION_COLS) {
        expect(ids).toContain(`applications.resultsTotal.${col}`);
        expect(ids).toContain(`applications.balance.${col}`);
      }
      expect(checks.every((c) => c.status === 'skipped')).toBe(true);
    }
  });

  it('passes a consistent table (blank addends count as 0)', () => {
    const checks = applicationChecks(makeTable(layoutOf('applications', '2019'), consistent()), '2019');
    expect(checks.filter((c) => c.status === 'fail')).toEqual([]);
    expect(byId(checks, 'applications.balance.total')).toMatchObject({ status: 'pass', expected: 6, actual: 6 });
    expect(byId(checks, 'applications.rowTotal.granted')).toMatchObject({ status: 'pass', expected: 4, actual: 4 });
    // research column entirely blank → skipped
    expect(byId(checks, 'applications.balance.research').status).toBe('skipped');
  });

  it('fails a row whose total differs from its six columns, pointing at the cells', () => {
    const rows = consistent();
    // every addend filled: no blank could account for the difference
    rows.newReceived = { naturalPerson: 4, commercial: 1, research: 0, publicInterest: 0, legal: 0, otherOrg: 0, total: 6 };
    const table = makeTable(layoutOf('applications', '2019'), rows);
    const c = byId(applicationChecks(table, '2019'), 'applications.rowTotal.newReceived');
    expect(c).toMatchObject({ status: 'fail', expected: 5, actual: 6 });
    expect(c.cells).toHaveLength(7);
    expect(c.cells[6]).toEqual(['newReceived', 'total']);
    expect(c.spans).toHaveLength(7);
    expect(c.blankCells).toBeUndefined();
    expect(c.message).toContain('一、本年新收申请');
    expect(c.message).toContain('（5）');
    expect(c.message).toContain('（6）');
  });

  it('calls a blank total beside filled addends uncertain, naming the blank cell', () => {
    const rows = consistent();
    rows.granted.total = null;
    const c = byId(applicationChecks(makeTable(layoutOf('applications', '2019'), rows), '2019'), 'applications.rowTotal.granted');
    expect(c).toMatchObject({ status: 'uncertain', expected: 4, actual: 0, blankCells: [['granted', 'total']] });
    expect(c.message).toContain('空白');
    expect(c.message).not.toMatch(/实为\s*0/);
  });

  it('calls a row uncertain when blank addends stand on the side that falls short', () => {
    const rows = consistent();
    rows.newReceived.total = 6; // 4 + 1 printed, four applicant columns blank
    const c = byId(applicationChecks(makeTable(layoutOf('applications', '2019'), rows), '2019'), 'applications.rowTotal.newReceived');
    expect(c).toMatchObject({ status: 'uncertain', expected: 5, actual: 6 });
    expect(c.blankCells).toEqual(['research', 'publicInterest', 'legal', 'otherOrg'].map((col) => ['newReceived', col]));
  });

  it('fails when the blanks stand on the side that is already too large', () => {
    const rows = consistent();
    rows.newReceived.total = 4; // 4 + 1 printed > 4: no blank addend can bring it down
    const c = byId(applicationChecks(makeTable(layoutOf('applications', '2019'), rows), '2019'), 'applications.rowTotal.newReceived');
    expect(c).toMatchObject({ status: 'fail', expected: 5, actual: 4 });
    expect(c.blankCells).toBeUndefined();
  });

  it('checks (七)总计 against every result row, per format', () => {
    const rows = consistent();
    rows.resultsTotal.total = 4; // rows add up to 5
    const c = byId(applicationChecks(makeTable(layoutOf('applications', '2019'), rows), '2019'), 'applications.resultsTotal.total');
    expect(c).toMatchObject({ status: 'fail', expected: 5, actual: 4 });
    expect(c.cells).toHaveLength(resultRows('2019').length + 1);
    // 2021: (六) is split into three rows, all counted
    const r21: Rows = { otherOther: { total: 2 }, otherUnpaidFee: { total: 1 }, resultsTotal: { total: 3 } };
    const ok = byId(applicationChecks(makeTable(layoutOf('applications', '2021'), r21), '2021'), 'applications.resultsTotal.total');
    expect(ok).toMatchObject({ status: 'pass', expected: 3, actual: 3 });
  });

  it('checks 一 + 二 = (七)总计 + 四 with the contract message', () => {
    const rows = consistent();
    rows.carriedForward.total = 0; // 5 + 1 vs 5 + 0
    const c = byId(applicationChecks(makeTable(layoutOf('applications', '2019'), rows), '2019'), 'applications.balance.total');
    expect(c).toMatchObject({ status: 'fail', expected: 6, actual: 5 });
    expect(c.message).toContain('第一项加第二项之和（6）不等于第三项加第四项之和（5）');
    expect(c.cells).toEqual([
      ['newReceived', 'total'],
      ['carriedOver', 'total'],
      ['resultsTotal', 'total'],
      ['carriedForward', 'total'],
    ]);
  });

  it('tells the format from the rows', () => {
    expect(tableFormat(makeTable(layoutOf('applications', '2021')), 'unknown')).toBe('2021');
    expect(tableFormat(makeTable(layoutOf('applications', '2019')), '2021')).toBe('2019');
  });
});

describe('review and litigation checks', () => {
  it('passes, fails and skips per row', () => {
    const table = makeTable(layoutOf('reviewLitigation', '2019'), {
      review: { upheld: 5, pending: 2, total: 7 },
      litigationDirect: { upheld: 2, corrected: 2, total: 3 },
    });
    const checks = reviewChecks(table);
    expect(byId(checks, 'reviewLitigation.total.review')).toMatchObject({ status: 'pass', expected: 7, actual: 7 });
    const bad = byId(checks, 'reviewLitigation.total.litigationDirect');
    expect(bad).toMatchObject({ status: 'fail', expected: 4, actual: 3 });
    expect(bad.message).toContain('行政诉讼（未经复议直接起诉）');
    expect(byId(checks, 'reviewLitigation.total.litigationAfterReview').status).toBe('skipped');
  });

  it('adds decimals without float artefacts', () => {
    const table = makeTable(layoutOf('reviewLitigation', '2019'), { review: { upheld: 0.1, corrected: 0.2, total: 0.3 } });
    expect(byId(reviewChecks(table), 'reviewLitigation.total.review').status).toBe('pass');
  });
});

describe('sum-rule check objects', () => {
  it('have the keys of the spread form, in its order (code and params written out)', () => {
    const t = makeTable(layoutOf('applications', '2019'), consistent());
    t.rows.granted!.total = 9; // one failing row, with blanks that cannot fill it
    for (const c of [...applicationChecks(t, '2019'), ...applicationChecks(makeTable(layoutOf('applications', '2021')), '2021')]) {
      const { code, params, ...rest } = c as Check & { code: string; params: unknown };
      const keys = Object.keys(rest);
      // the spread put code and params right after message, blankCells (when any) after them
      const at = keys.indexOf('message') + 1;
      const spread = [...keys.slice(0, at), 'code', 'params', ...keys.slice(at)];
      expect(Object.keys(c)).toEqual(spread);
      expect(code).toMatch(/^check\./);
      expect(params).toBeTypeOf('object');
    }
  });
});
