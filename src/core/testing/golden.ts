// The golden expectations of fixtures/golden/*.json (hand-read from each sample) and the
// comparison of an inspected report against them. Pure: the test reads the files.
import type { Check, Meta, ReportDocument, TableKey } from '../types';

export type GoldenRows = Record<string, Record<string, number | null>>;

export interface GoldenAmbiguity {
  table: TableKey;
  row: string;
  /** the row as printed (glued) */
  printed: string;
  /** every reading judged possible, best first; each lists the row's values in column order */
  readings: (number | null)[][];
  why: string;
}

export interface Golden {
  file: string;
  /** other inputs that must read the same (e.g. the PDF of a PDF-text sample) */
  alsoFrom?: string[];
  meta: Pick<Meta, 'agency' | 'year' | 'format' | 'script'>;
  tables: Record<TableKey, GoldenRows | null>;
  /** every check id whose status must be 'fail' (errors and warnings) */
  failingChecks: string[];
  /** every check id whose status must be 'uncertain' (blank cells could make it hold); absent = none */
  uncertainChecks?: string[];
  ambiguous: GoldenAmbiguity[];
  /** [table, row, col] of amounts printed in 元: the value as printed, or converted to 万元 */
  yuanAmounts: [TableKey, string, string][];
  notes: string;
}

const TABLES: TableKey[] = ['proactive', 'applications', 'reviewLitigation'];

export function compareMeta(doc: ReportDocument, golden: Golden): string[] {
  const out: string[] = [];
  for (const k of ['agency', 'year', 'format', 'script'] as const) {
    if (doc.meta[k] !== golden.meta[k]) out.push(`meta.${k}: got ${JSON.stringify(doc.meta[k])}, want ${JSON.stringify(golden.meta[k])}`);
  }
  return out;
}

function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(b));
}

/** every cell of every table; ambiguous rows may take any listed reading (or stay blank) */
export function compareCells(doc: ReportDocument, golden: Golden): string[] {
  const out: string[] = [];
  for (const key of TABLES) {
    const want = golden.tables[key];
    const got = doc.tables[key];
    if (want === null) {
      if (got !== null) out.push(`${key}: got a table, want none`);
      continue;
    }
    if (got === null) {
      out.push(`${key}: missing`);
      continue;
    }
    for (const [row, cols] of Object.entries(want)) {
      const gotRow = got.rows[row];
      if (!gotRow) {
        out.push(`${key}.${row}: row missing`);
        continue;
      }
      const colKeys = Object.keys(cols);
      const amb = golden.ambiguous.find((a) => a.table === key && a.row === row);
      if (amb) {
        const values = colKeys.map((c) => gotRow[c] ?? null);
        const yuanAt = colKeys.map((c) => golden.yuanAmounts.some(([t, r, cc]) => t === key && r === row && cc === c));
        const same = (g: number | null, w: number | null, i: number) =>
          sameNumber(g, w) || (yuanAt[i] && w !== null && sameNumber(g, w / 10000));
        const ok = values.every((v) => v === null) || amb.readings.some((r) => r.every((v, i) => same(values[i], v, i)));
        if (!ok) out.push(`${key}.${row}: got ${JSON.stringify(values)}, want one of ${JSON.stringify(amb.readings)}`);
        continue;
      }
      for (const col of colKeys) {
        const w = cols[col];
        const g = gotRow[col] === undefined ? undefined : gotRow[col];
        const yuan = golden.yuanAmounts.some(([t, r, c]) => t === key && r === row && c === col);
        const ok = g !== undefined && (sameNumber(g, w) || (yuan && w !== null && sameNumber(g, w / 10000)));
        if (!ok) out.push(`${key}.${row}.${col}: got ${JSON.stringify(g)}, want ${JSON.stringify(w)}`);
      }
    }
  }
  return out;
}

/** every cell with a span must point at its raw text; every non-blank cell must have a span */
export function compareSpans(doc: ReportDocument): string[] {
  const out: string[] = [];
  for (const key of TABLES) {
    const t = doc.tables[key];
    if (!t) continue;
    for (const c of t.cells) {
      if (c.value !== null && !c.span) out.push(`${key}.${c.row}.${c.col}: value ${c.value} without a span`);
      if (c.span && doc.text.slice(c.span[0], c.span[1]) !== c.raw)
        out.push(`${key}.${c.row}.${c.col}: text at span is ${JSON.stringify(doc.text.slice(c.span[0], c.span[1]))}, raw ${JSON.stringify(c.raw)}`);
    }
    if (doc.text.slice(t.span[0], t.span[1]).length === 0) out.push(`${key}: empty table span`);
  }
  return out;
}

export function failingIds(checks: Check[], status: Check['status'] = 'fail'): string[] {
  return checks.filter((c) => c.status === status).map((c) => c.id).sort();
}

/** ambiguous rows must be said to be ambiguous (a TableNote) */
export function compareAmbiguityNotes(doc: ReportDocument, golden: Golden): string[] {
  const out: string[] = [];
  for (const a of golden.ambiguous) {
    const notes = doc.tables[a.table]?.notes ?? [];
    if (!notes.some((n) => n.kind === 'ambiguous-split' && n.row === a.row)) out.push(`${a.table}.${a.row}: no ambiguous-split note`);
  }
  return out;
}
