// The truth of the real-report measurement set (SOURCES.md): loading it, expanding its rows
// (arrays in the template's column order) into cells, and the problems that make it malformed.
// The texts themselves stay outside git (/work/realpages/texts/<id>.txt).
import { readFileSync } from 'node:fs';
import { APPLICATION_ROWS, PROACTIVE_ROWS, REVIEW_COLS, REVIEW_ROWS, type TableFormat } from '../../src/core/tables/templates';

export type TruthValue = number | null | '?';
export type PageTableKey = 'proactive' | 'applications' | 'reviewLitigation';

export interface PageTruth {
  id: string;
  split: 'dev' | 'heldout';
  url: string;
  query: string;
  /** how the excerpt prints its tables: pipe-rows, cell-per-line, blank-line-cells, plain-text, tab … */
  layout: string;
  script: 'simplified' | 'traditional';
  /** what kind of body reports (city-office, county-bureau, street, town …), for the counts only */
  level: string;
  agency: string | null;
  agencyAlternatives: string[];
  /** the excerpt names the body only partly or ambiguously: agency not scored */
  agencyUnsure: boolean;
  /** null: the excerpt never says which year it covers (not scored) */
  year: number | null;
  format: '2019' | '2021' | 'pre-2019';
  tables: Partial<Record<PageTableKey, Record<string, TruthValue[]>>>;
  notes?: string;
}

export interface PagesTruthFile {
  schema: 'gouji.pages-truth/1';
  about: string;
  reports: PageTruth[];
}

export interface TruthCell {
  table: PageTableKey;
  row: string;
  col: string;
  value: number | null;
}

export const LAYOUTS = ['pipe-rows', 'cell-per-line', 'blank-line-cells', 'plain-text', 'tab', 'markdown-table', 'glued'] as const;

export function loadPagesTruth(path: URL | string = new URL('truth.json', import.meta.url)): PagesTruthFile {
  return JSON.parse(readFileSync(path, 'utf8')) as PagesTruthFile;
}

/** The column keys of a row under a template, in printed order (null: no such row). */
export function rowCols(table: PageTableKey, format: TableFormat, row: string): string[] | null {
  if (table === 'proactive') return PROACTIVE_ROWS[format].find((r) => r.key === row)?.cols ?? null;
  if (table === 'applications') return APPLICATION_ROWS[format].some((r) => r.key === row) ? ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legal', 'otherOrg', 'total'] : null;
  return (REVIEW_ROWS as readonly string[]).includes(row) ? [...REVIEW_COLS] : null;
}

/** Every scored cell of a report (unsure ones left out). */
export function truthCells(t: PageTruth): TruthCell[] {
  if (t.format === 'pre-2019') return [];
  const out: TruthCell[] = [];
  for (const [table, rows] of Object.entries(t.tables) as [PageTableKey, Record<string, TruthValue[]>][]) {
    for (const [row, values] of Object.entries(rows)) {
      const cols = rowCols(table, t.format, row) ?? [];
      values.forEach((v, i) => {
        if (v !== '?' && cols[i]) out.push({ table, row, col: cols[i], value: v });
      });
    }
  }
  return out;
}

/** What is wrong with the truth file (empty when well-formed). */
export function truthProblems(file: PagesTruthFile): string[] {
  const problems: string[] = [];
  if (file.schema !== 'gouji.pages-truth/1') problems.push(`schema ${String(file.schema)}`);
  const ids = new Set<string>();
  const urls = new Set<string>();
  for (const t of file.reports) {
    const at = `report ${t.id}`;
    if (!/^\d{3}$/.test(t.id)) problems.push(`${at}: id not NNN`);
    if (ids.has(t.id)) problems.push(`${at}: id twice`);
    ids.add(t.id);
    if (urls.has(t.url)) problems.push(`${at}: url twice`);
    urls.add(t.url);
    if (!/^https?:\/\//.test(t.url)) problems.push(`${at}: url`);
    if (t.split !== 'dev' && t.split !== 'heldout') problems.push(`${at}: split ${String(t.split)}`);
    if (!(LAYOUTS as readonly string[]).includes(t.layout)) problems.push(`${at}: layout ${t.layout}`);
    if (!['2019', '2021', 'pre-2019'].includes(t.format)) problems.push(`${at}: format ${t.format}`);
    if (t.year !== null && (!Number.isInteger(t.year) || t.year < 2008 || t.year > 2026)) problems.push(`${at}: year ${t.year}`);
    if (t.agency !== null && typeof t.agency !== 'string') problems.push(`${at}: agency`);
    if (!Array.isArray(t.agencyAlternatives) || typeof t.agencyUnsure !== 'boolean') problems.push(`${at}: agency fields`);
    if (t.format === 'pre-2019') {
      if (Object.keys(t.tables).length) problems.push(`${at}: pre-2019 with table cells`);
      continue;
    }
    if (!t.tables.proactive || Object.keys(t.tables.proactive).length === 0) problems.push(`${at}: no table 二 cell annotated`);
    for (const [table, rows] of Object.entries(t.tables)) {
      if (!['proactive', 'applications', 'reviewLitigation'].includes(table)) {
        problems.push(`${at}: table ${table}`);
        continue;
      }
      for (const [row, values] of Object.entries(rows ?? {})) {
        const cols = rowCols(table as PageTableKey, t.format, row);
        if (!cols) problems.push(`${at}: ${table}.${row} is not a row of template ${t.format}`);
        else if (values.length !== cols.length) problems.push(`${at}: ${table}.${row} has ${values.length} values, the template ${cols.length}`);
        for (const v of values) if (!(v === null || v === '?' || (typeof v === 'number' && Number.isFinite(v)))) problems.push(`${at}: ${table}.${row} value ${String(v)}`);
      }
    }
  }
  return problems;
}

/** The split a URL falls in: the first byte of its SHA-256 (below 128: dev). */
export async function splitOf(url: string): Promise<'dev' | 'heldout'> {
  const h = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(url)));
  return h[0] < 128 ? 'dev' : 'heldout';
}
