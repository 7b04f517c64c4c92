// Rules across two reports of one body a year apart, evaluated once for both places that use
// them: the carry-over check of a pair of reports (checks/carry-over.ts, applications.carryOver.*)
// and the year chains of a batch (batch/chains.ts, carryOver.* / inForce.* / itemCount.*).
//   carryOver.<col>   this year's 二、上年结转 = last year's 四、结转下年度继续办理
//   inForce.<row>     last 现行有效 + this 本年制发 − this 本年废止 = this 现行有效 (template 2021)
//   itemCount.<row>   this 上一年项目数量 = last 上一年项目数量 + last 本年增/减 (template 2019)
// Statuses follow the contract's Checks rule: all cells blank → skipped; holds with blanks as 0
// → pass; blanks that could make it hold (a count is never negative, a change may be) →
// uncertain; else fail.
import type { Span, Table } from '../types';
import type { YearRule } from '../diagnostics/check-codes';
import { APPLICATION_COLS } from './keys';

type YearTable = 'applications' | 'proactive';

export interface Term {
  /** last year's report (from) or this year's (to) */
  side: 'from' | 'to';
  table: YearTable;
  row: string;
  col: string;
  sign: 1 | -1;
  /** may be negative (本年增/减) */
  signed?: boolean;
}

export interface YearRuleDef {
  /** the chain check's id, e.g. carryOver.naturalPerson */
  id: string;
  rule: YearRule;
  /** the column (carryOver) or row (inForce, itemCount) the rule is about */
  key: string;
  /** last year's side of the equation */
  expected: Term[];
  /** this year's side */
  actual: Term[];
}

/** what a rule needs of one report */
/**
 * What a rule reads of a table: its figures and where each stands, either as the table's cells
 * or as `spans` keyed by yearSpanKey (the batch's chain inputs carry only these, not the cells).
 */
export interface YearTableData {
  rows: Table['rows'];
  cells?: Table['cells'];
  spans?: Record<string, Span | null>;
}

export const yearSpanKey = (row: string, col: string): string => `${row}\u001f${col}`;

export interface YearReport {
  tables: { applications?: YearTableData | null; proactive?: YearTableData | null };
}

export interface TermCell {
  side: 'from' | 'to';
  table: YearTable;
  row: string;
  col: string;
  value: number | null;
  /** where the cell stands in its report's text; null when blank or the table is absent */
  span: Span | null;
}

export type YearOutcome = 'holds' | 'differs' | 'uncertain' | 'noTable' | 'blank';

export interface YearVerdict {
  outcome: YearOutcome;
  status: 'pass' | 'fail' | 'uncertain' | 'skipped';
  /** last year's side, blanks as 0 (null when skipped) */
  expected: number | null;
  /** this year's side, blanks as 0 (null when skipped) */
  actual: number | null;
  /** every cell the rule reads, expected side first */
  cells: TermCell[];
  /** uncertain: the blank cells that could make it hold */
  blankCells?: TermCell[];
}

function cellOf(report: YearReport, t: Term): TermCell {
  const table = report.tables[t.table] ?? null;
  const v = table?.rows[t.row]?.[t.col];
  const value = typeof v === 'number' && Number.isFinite(v) ? v : null;
  let span: Span | null = null;
  if (table && value !== null) {
    const k = yearSpanKey(t.row, t.col);
    span = table.spans && k in table.spans ? table.spans[k]! : (table.cells?.find((c) => c.row === t.row && c.col === t.col)?.span ?? null);
  }
  return { side: t.side, table: t.table, row: t.row, col: t.col, value, span };
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** One rule on last year's report and this year's. */
export function judgeYears(rule: YearRuleDef, prev: YearReport, cur: YearReport): YearVerdict {
  const terms = [...rule.expected.map((t) => ({ t, onExpected: true })), ...rule.actual.map((t) => ({ t, onExpected: false }))];
  const cells = terms.map(({ t }) => cellOf(t.side === 'from' ? prev : cur, t));
  if (terms.some(({ t }) => !(t.side === 'from' ? prev : cur).tables[t.table])) {
    return { outcome: 'noTable', status: 'skipped', expected: null, actual: null, cells };
  }
  if (cells.every((c) => c.value === null)) return { outcome: 'blank', status: 'skipped', expected: null, actual: null, cells };
  let expected = 0;
  let actual = 0;
  terms.forEach(({ t, onExpected }, i) => {
    const v = (cells[i].value ?? 0) * t.sign;
    if (onExpected) expected += v;
    else actual += v;
  });
  expected = round(expected);
  actual = round(actual);
  const gap = expected - actual;
  if (Math.abs(gap) < 1e-6) return { outcome: 'holds', status: 'pass', expected, actual, cells };
  // Can the blanks close the gap? A blank count adds ≥ 0 to its side (times its sign); a blank
  // change may be anything.
  const blanks: TermCell[] = [];
  let canRaiseGap = false;
  let canLowerGap = false;
  terms.forEach(({ t, onExpected }, i) => {
    if (cells[i].value !== null) return;
    blanks.push(cells[i]);
    const dir = t.sign * (onExpected ? 1 : -1);
    if (t.signed || dir > 0) canRaiseGap = true;
    if (t.signed || dir < 0) canLowerGap = true;
  });
  if ((gap < 0 && canRaiseGap) || (gap > 0 && canLowerGap)) {
    return { outcome: 'uncertain', status: 'uncertain', expected, actual, cells, blankCells: blanks };
  }
  return { outcome: 'differs', status: 'fail', expected, actual, cells };
}

export const CARRY_RULES: YearRuleDef[] = APPLICATION_COLS.map((col) => ({
  id: `carryOver.${col}`,
  rule: 'carryOver',
  key: col,
  expected: [{ side: 'from', table: 'applications', row: 'carriedForward', col, sign: 1 }],
  actual: [{ side: 'to', table: 'applications', row: 'carriedOver', col, sign: 1 }],
}));

export const IN_FORCE_RULES: YearRuleDef[] = ['regulations', 'normativeDocuments'].map((row) => ({
  id: `inForce.${row}`,
  rule: 'inForce',
  key: row,
  expected: [
    { side: 'from', table: 'proactive', row, col: 'inForce', sign: 1 },
    { side: 'to', table: 'proactive', row, col: 'issued', sign: 1 },
    { side: 'to', table: 'proactive', row, col: 'repealed', sign: -1 },
  ],
  actual: [{ side: 'to', table: 'proactive', row, col: 'inForce', sign: 1 }],
}));

export const ITEM_COUNT_RULES: YearRuleDef[] = ['licensing', 'otherServices', 'penalties', 'enforcement', 'fees'].map((row) => ({
  id: `itemCount.${row}`,
  rule: 'itemCount',
  key: row,
  expected: [
    { side: 'from', table: 'proactive', row, col: 'previousCount', sign: 1 },
    { side: 'from', table: 'proactive', row, col: 'change', sign: 1, signed: true },
  ],
  actual: [{ side: 'to', table: 'proactive', row, col: 'previousCount', sign: 1 }],
}));
