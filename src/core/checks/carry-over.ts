// Across two reports of one body: this year's 二、上年结转 equals last year's 四、结转下年度继续办理,
// column by column. Pure; the UI may pair reports and call it. expected = last year's 四,
// actual = this year's 二. Spans point into the current report's text only (last year's cells
// stand in another text), so only the current cell is highlighted.
import type { Check, Meta, Table } from '../types';
import { APPLICATION_COLS, COL_NAMES } from './keys';
import { blanksThatCouldFill, cellSpans, cellValue, shown, type CellRef } from './sum-rule';

export interface ReportLike {
  meta: Pick<Meta, 'agency' | 'year'>;
  tables: { applications: Table | null };
}

const norm = (agency: string | null) => (agency === null ? null : agency.replace(/\s+/g, ''));

/** why two reports cannot be compared, or null when they can */
function mismatch(previous: ReportLike, current: ReportLike): string | null {
  const a = norm(previous.meta.agency);
  const b = norm(current.meta.agency);
  if (a === null || b === null) return '报告机关未识别，未核对跨年结转';
  if (a !== b) return `两份报告机关不同（${a}、${b}），未核对跨年结转`;
  const { year: y0 } = previous.meta;
  const { year: y1 } = current.meta;
  if (y0 === null || y1 === null) return '报告年度未识别，未核对跨年结转';
  if (y1 !== y0 + 1) return `两份报告不是相邻年度（${y0}年、${y1}年），未核对跨年结转`;
  if (!previous.tables.applications || !current.tables.applications) return '缺少收到和处理政府信息公开申请情况表，未核对跨年结转';
  return null;
}

export function checkCarryOver(previous: ReportLike, current: ReportLike): Check[] {
  const why = mismatch(previous, current);
  const before = previous.tables.applications;
  const now = current.tables.applications;
  return APPLICATION_COLS.map((col): Check => {
    const id = `applications.carryOver.${col}`;
    const cells: CellRef[] = [
      ['carriedForward', col],
      ['carriedOver', col],
    ];
    const spans = now ? cellSpans(now, [['carriedOver', col]]) : [];
    const name = COL_NAMES[col] ?? col;
    if (why || !before || !now) {
      return { id, status: 'skipped', expected: null, actual: null, cells, spans, severity: 'error', message: `${name}栏：${why}` };
    }
    const expected = cellValue(before, ['carriedForward', col]);
    const actual = cellValue(now, ['carriedOver', col]);
    if (expected === null && actual === null) {
      return { id, status: 'skipped', expected: null, actual: null, cells, spans, severity: 'error', message: `${name}栏：两年结转数均空白，未核对` };
    }
    // a blank is not a 0: a blank cell beside a different figure could hold it (uncertain)
    const pass = Math.abs((expected ?? 0) - (actual ?? 0)) < 1e-6;
    const blankCells = pass ? [] : blanksThatCouldFill(expected, actual, () => (expected === null ? [cells[0]] : []), () => (actual === null ? [cells[1]] : []));
    const y0 = previous.meta.year;
    const check: Check = {
      id,
      status: pass ? 'pass' : blankCells.length ? 'uncertain' : 'fail',
      expected: expected ?? 0,
      actual: actual ?? 0,
      cells,
      spans,
      severity: 'error',
      message: blankCells.length
        ? `${name}栏：本年“二、上年结转”（${shown(actual)}）与${y0}年报告“四、结转下年度继续办理”（${shown(expected)}）不一致，但缺少的数字留空未填，无法判断是否相符`
        : `${name}栏：本年“二、上年结转”（${shown(actual)}）${pass ? '等于' : '不等于'}${y0}年报告“四、结转下年度继续办理”（${shown(expected)}）`,
    };
    if (blankCells.length) check.blankCells = blankCells;
    return check;
  });
}
