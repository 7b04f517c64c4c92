// One summary row per report: what the grid, the summary CSV and batch.json show. Built from
// the report document alone (or its error document), so a worker can build it next to the
// document and send only the row (and the chain cells) back.
import type { ErrorDocument, Format, ReportDocument, Script, Tables } from '../types';
import { isErrorDocument } from '../error-document';
import { emptyIndicators, indicators, type Indicators } from './indicators';

export interface SummaryRow {
  /** the input's path as given (relative inside a folder or zip) */
  file: string;
  /** the file name of its gouji.report/1 document in the output folder, or null */
  json: string | null;
  agency: string | null;
  year: number | null;
  format: Format | null;
  /** the template's document number, e.g. 国办公开办函〔2021〕30号; null when none */
  template: string | null;
  script: Script | null;
  /** how many of the three standard tables were found (0–3) */
  tables: number;
  /** which ones */
  tablesFound: (keyof Tables)[];
  checks: { fail: number; uncertain: number };
  warnings: number;
  garbles: number;
  duplicates: number;
  error: string | null;
  indicators: Indicators;
}

export const TEMPLATE_NAMES: Record<Format, string | null> = {
  '2019': '国办公开办函〔2019〕60号',
  '2021': '国办公开办函〔2021〕30号',
  'pre-2019': '2008年条例（无标准表格）',
  unknown: null,
};

const TABLE_KEYS: (keyof Tables)[] = ['proactive', 'applications', 'reviewLitigation'];

export function summarize(doc: ReportDocument | ErrorDocument, file: string, json: string | null = null): SummaryRow {
  if (isErrorDocument(doc)) {
    return {
      file, json, agency: null, year: null, format: null, template: null, script: null, tables: 0, tablesFound: [],
      checks: { fail: 0, uncertain: 0 }, warnings: 0, garbles: 0, duplicates: 0, error: doc.error, indicators: emptyIndicators(),
    };
  }
  let fail = 0;
  let uncertain = 0;
  for (const c of doc.checks) {
    // 'uncertain' is the contract's fourth status; compare as text so older cores count too
    const status: string = c.status;
    if (status === 'fail') fail++;
    else if (status === 'uncertain') uncertain++;
  }
  const tablesFound = TABLE_KEYS.filter((k) => doc.tables[k] !== null);
  return {
    file,
    json,
    agency: doc.meta.agency,
    year: doc.meta.year,
    format: doc.meta.format,
    template: TEMPLATE_NAMES[doc.meta.format] ?? null,
    script: doc.meta.script,
    tables: tablesFound.length,
    tablesFound,
    checks: { fail, uncertain },
    warnings: doc.warnings?.length ?? 0,
    garbles: doc.garbles.length,
    duplicates: doc.duplicates.length,
    error: null,
    indicators: indicators(doc.tables),
  };
}
