// Row and column keys of the three standard tables (report-json.md "Keys"), per format, with
// the short Chinese names the check messages use, in the shapes the checks and the test
// generator use. All of it comes from tables/templates.ts.
import {
  APPLICATION_COL_SPECS,
  APPLICATION_COLS as COLS,
  APPLICATION_ROWS,
  colShortName,
  PROACTIVE_ROWS,
  REVIEW_COL_SPECS,
  REVIEW_COLS as RCOLS,
  REVIEW_ROW_SPECS,
  REVIEW_ROWS as RROWS,
  resultRowKeys,
  rowShortName,
  type TableFormat,
} from '../tables/templates';

export type { TableFormat };

export const APPLICATION_COLS = COLS;
export const APPLICANT_COLS = COLS.filter((c) => c !== 'total') as readonly Exclude<(typeof COLS)[number], 'total'>[];

/** 办理结果 rows (一)…(六) with every sub-row, without (七)总计 */
export function resultRows(format: TableFormat): string[] {
  return resultRowKeys(format);
}

export function applicationRows(format: TableFormat): string[] {
  return APPLICATION_ROWS[format].map((r) => r.key);
}

export const REVIEW_ROWS = RROWS;
export const REVIEW_COLS = RCOLS;
export const REVIEW_PARTS = RCOLS.filter((c) => c !== 'total') as readonly Exclude<(typeof RCOLS)[number], 'total'>[];

/** proactive rows and their columns, per format */
export function proactiveLayout(format: TableFormat): [string, string[]][] {
  return PROACTIVE_ROWS[format].map((r) => [r.key, r.cols]);
}

/** The short names check messages give columns and rows (from the printed templates). */
export const COL_NAMES: Record<string, string> = Object.fromEntries([...APPLICATION_COL_SPECS, ...REVIEW_COL_SPECS].map((c) => [c.key, colShortName(c)]));

export const ROW_NAMES: Record<string, string> = Object.fromEntries(
  [...APPLICATION_ROWS['2019'], ...APPLICATION_ROWS['2021'], ...REVIEW_ROW_SPECS].map((r) => [r.key, rowShortName(r)]),
);
