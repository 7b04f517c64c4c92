// Across two reports of one body: this year's 二、上年结转 equals last year's 四、结转下年度继续办理,
// column by column — the carry-over rule of the year chains (year-rules.ts), as checks of the
// current report (applications.carryOver.<col>). Pure; the UI may pair reports and call it.
// expected = last year's 四, actual = this year's 二. Spans point into the current report's
// text only (last year's cells stand in another text), so only the current cell is highlighted.
import type { Check, Meta, Table } from '../types';
import { say, type DiagnosticIn } from '../diagnostics';
import { cellSpans, type CellRef } from './sum-rule';
import { CARRY_RULES, judgeYears } from './year-rules';

export interface ReportLike {
  meta: Pick<Meta, 'agency' | 'year'>;
  tables: { applications: Table | null };
}

const norm = (agency: string | null) => (agency === null ? null : agency.replace(/\s+/g, ''));

/** why two reports cannot be compared (for column `col`), or null when they can */
function mismatch(previous: ReportLike, current: ReportLike, col: string): DiagnosticIn<'check.carryOver.'> | null {
  const a = norm(previous.meta.agency);
  const b = norm(current.meta.agency);
  if (a === null || b === null) return { code: 'check.carryOver.noAgency', params: { col } };
  if (a !== b) return { code: 'check.carryOver.otherAgency', params: { col, previous: a, current: b } };
  const { year: y0 } = previous.meta;
  const { year: y1 } = current.meta;
  if (y0 === null || y1 === null) return { code: 'check.carryOver.noYear', params: { col } };
  if (y1 !== y0 + 1) return { code: 'check.carryOver.notAdjacent', params: { col, previous: y0, current: y1 } };
  if (!previous.tables.applications || !current.tables.applications) return { code: 'check.carryOver.noTable', params: { col } };
  return null;
}

export function checkCarryOver(previous: ReportLike, current: ReportLike): Check[] {
  const now = current.tables.applications;
  return CARRY_RULES.map((rule): Check => {
    const col = rule.key;
    const id = `applications.${rule.id}`;
    const cells: CellRef[] = [
      ['carriedForward', col],
      ['carriedOver', col],
    ];
    const spans = now ? cellSpans(now, [['carriedOver', col]]) : [];
    const why = mismatch(previous, current, col);
    if (why) return { id, status: 'skipped', expected: null, actual: null, cells, spans, severity: 'error', ...say(why.code, why.params) };
    const v = judgeYears(rule, previous, current);
    const year = previous.meta.year as number;
    const [before, after] = v.cells;
    const sides = { col, year, expected: before.value, actual: after.value };
    const d: DiagnosticIn<'check.carryOver.'> =
      v.outcome === 'noTable' ? { code: 'check.carryOver.noTable', params: { col } }
        : v.outcome === 'blank' ? { code: 'check.carryOver.blank', params: { col } }
          : { code: v.outcome === 'holds' ? 'check.carryOver.equal' : `check.carryOver.${v.outcome}`, params: sides };
    const check: Check = { id, status: v.status, expected: v.expected, actual: v.actual, cells, spans, severity: 'error', ...say(d.code, d.params) };
    if (v.blankCells) check.blankCells = v.blankCells.map((c): CellRef => [c.row, c.col]);
    return check;
  });
}
