// The flat exports of a batch: the summary CSV (one row per report), the long CSV (one row per
// table cell), JSON Lines of gouji.report/1 documents, and the gouji.batch/1 document. Every
// builder also has a per-row form so a large batch can be written piece by piece (a stream
// in Node, chunks between idle callbacks in the browser) instead of one huge string.
import { csvDocument, csvRow, CSV_BOM, type CsvValue } from '../export/csv';
import { toReportJson } from '../export/report-json';
import type { ErrorDocument, ReportDocument, TableKey } from '../types';
import { isErrorDocument } from '../error-document';
import type { Chain } from './chains';
import { INDICATORS } from './indicators';
import type { SummaryRow } from './summary';

// ── summary CSV ──────────────────────────────────────────────────────────────────

export const SUMMARY_COLUMNS: readonly string[] = [
  'file', 'json', 'agency', 'year', 'format', 'template', 'script', 'tables', 'tables_found',
  'checks_fail', 'checks_uncertain', 'warnings', 'garbles', 'duplicates', 'error',
  ...INDICATORS.map((d) => d.key),
];

export function summaryCsvFields(r: SummaryRow): CsvValue[] {
  return [
    r.file, r.json, r.agency, r.year, r.format, r.template, r.script, r.tables, r.tablesFound.join(' '),
    r.checks.fail, r.checks.uncertain, r.warnings, r.garbles, r.duplicates, r.error,
    ...INDICATORS.map((d) => r.indicators[d.key]),
  ];
}

/** the header line, with the byte-order mark: write it first */
export function summaryCsvHeader(): string {
  return CSV_BOM + csvRow(SUMMARY_COLUMNS);
}

export function summaryCsvLine(r: SummaryRow): string {
  return csvRow(summaryCsvFields(r));
}

export function summaryCsv(rows: Iterable<SummaryRow>): string {
  const fields: CsvValue[][] = [];
  for (const r of rows) fields.push(summaryCsvFields(r));
  return csvDocument(SUMMARY_COLUMNS, fields);
}

// ── long CSV: one row per cell of every standard table ─────────────────────────

export const LONG_COLUMNS: readonly string[] = ['report', 'table', 'row', 'column', 'value', 'raw', 'status', 'alternatives', 'span_start', 'span_end'];

const TABLES: TableKey[] = ['proactive', 'applications', 'reviewLitigation'];

/**
 * The cells of one report, every row × column key of each table found (a blank cell has an
 * empty value and status "blank" when the report printed nothing there). `status` is the
 * cell's contract status (read / ambiguous / corrected); `alternatives` the other readings of an
 * ambiguous cell, joined by "/". Spans are UTF-16 offsets into that report's `text`.
 */
export function longCsvRecords(doc: ReportDocument | ErrorDocument, report: string): CsvValue[][] {
  if (isErrorDocument(doc)) return [];
  const out: CsvValue[][] = [];
  for (const key of TABLES) {
    const table = doc.tables[key];
    if (!table) continue;
    const byKey = new Map<string, (typeof table.cells)[number]>();
    for (const c of table.cells) {
      const k = `${c.row}\u0000${c.col}`;
      if (!byKey.has(k)) byKey.set(k, c);
    }
    for (const [row, cols] of Object.entries(table.rows)) {
      for (const [col, value] of Object.entries(cols)) {
        const cell = byKey.get(`${row}\u0000${col}`);
        const status = cell ? (cell.status ?? 'read') : 'blank';
        const alternatives = cell?.alternatives?.map((a) => a ?? '').join('/') ?? null;
        out.push([report, key, row, col, value, cell?.raw ?? null, status, alternatives, cell?.span?.[0] ?? null, cell?.span?.[1] ?? null]);
      }
    }
  }
  return out;
}

export function longCsvHeader(): string {
  return CSV_BOM + csvRow(LONG_COLUMNS);
}

export function longCsvLines(doc: ReportDocument | ErrorDocument, report: string): string {
  return longCsvRecords(doc, report).map(csvRow).join('');
}

export function longCsv(docs: Iterable<{ doc: ReportDocument | ErrorDocument; report: string }>): string {
  const parts = [longCsvHeader()];
  for (const { doc, report } of docs) parts.push(longCsvLines(doc, report));
  return parts.join('');
}

// ── JSON Lines and per-report documents ──────────────────────────────────────────

export interface ReportJsonOptions {
  /** false: leave `text` and `cleanedText` out (bulk runs; the default keeps the contract's document) */
  text?: boolean;
}

/** the export form of a report, optionally without its texts */
export function reportJsonValue(doc: ReportDocument | ErrorDocument, opts: ReportJsonOptions = {}): Record<string, unknown> {
  const json = toReportJson(doc);
  if (opts.text === false) {
    delete json.text;
    delete json.cleanedText;
    // said in the document, so a reader (and the schema) knows the texts were left out on purpose
    json.textOmitted = true;
  }
  return json;
}

/** one line of a .jsonl file: the document on one line, then "\n" */
export function jsonLine(doc: ReportDocument | ErrorDocument, opts: ReportJsonOptions = {}): string {
  return JSON.stringify(reportJsonValue(doc, opts)) + '\n';
}

// ── gouji.batch/1 ────────────────────────────────────────────────────────────────

export interface BatchReportEntry {
  file: string;
  json: string | null;
  agency: string | null;
  year: number | null;
  format: string | null;
  template: string | null;
  script: string | null;
  tables: number;
  checks: { fail: number; uncertain: number };
  warnings: number;
  garbles: number;
  duplicates: number;
  error: string | null;
  indicators: SummaryRow['indicators'];
}

export interface BatchDocument {
  schema: 'gouji.batch/1';
  reports: BatchReportEntry[];
  chains: Chain[];
  /** the indicator formulas, so the file explains its own figures */
  indicators: { key: string; zh: string; en: string; formulaZh: string; formulaEn: string }[];
}

export function batchEntry(r: SummaryRow): BatchReportEntry {
  return {
    file: r.file, json: r.json, agency: r.agency, year: r.year, format: r.format, template: r.template, script: r.script,
    tables: r.tables, checks: { ...r.checks }, warnings: r.warnings, garbles: r.garbles, duplicates: r.duplicates,
    error: r.error, indicators: { ...r.indicators },
  };
}

export function batchDocument(rows: readonly SummaryRow[], chains: readonly Chain[]): BatchDocument {
  return {
    schema: 'gouji.batch/1',
    reports: rows.map(batchEntry),
    chains: [...chains],
    indicators: INDICATORS.map((d) => ({ ...d })),
  };
}

export function batchJsonText(doc: BatchDocument, indent = 2): string {
  return JSON.stringify(doc, null, indent) + '\n';
}
