// CSV writing for every CSV the app and the command line produce (RFC 4180 quoting, CRLF line
// ends, UTF-8 with a byte-order mark so Excel reads Chinese right). Cells that a spreadsheet
// would run as a formula (OWASP "CSV injection": starting with = + - @ tab or CR) get a leading
// apostrophe, unless the cell is a plain number such as -17 or +3.5, which must stay a number.

export type CsvValue = string | number | boolean | null | undefined;

/** U+FEFF: Excel needs it to read a CSV as UTF-8 */
export const CSV_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]/;

/** the text of one cell, neutralised, not yet quoted */
export function csvCellText(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const s = String(value);
  if (FORMULA_START.test(s) && !PLAIN_NUMBER.test(s)) return `'${s}`;
  return s;
}

/** one field, neutralised and quoted when it holds a quote, a comma or a line break */
export function csvField(value: CsvValue): string {
  const s = csvCellText(value);
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** one record with its CRLF */
export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

/** a whole file: BOM, header, rows */
export function csvDocument(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const parts = [CSV_BOM, csvRow(header)];
  for (const r of rows) parts.push(csvRow(r));
  return parts.join('');
}
