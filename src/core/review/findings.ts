// What a person can review: every finding of a report with a key made of what it is (rule id,
// garble kind, note kind) and where it stands (its span), never its place in a list, so a review
// survives a reload and a re-inspection of the same text. Shared by the issues list (which shows
// them), the review state (which stores verdicts by key) and the exports (which carry them).
import type { Check, ReportDocument, Span, TableKey } from '../types';

type CellRef = [string, string];
const TABLES: TableKey[] = ['proactive', 'applications', 'reviewLitigation'];

/** the table a check id is about (applications.rowTotal.x → applications), or null */
const tableOf = (id: string): TableKey | null => {
  const t = id.split('.')[0] as TableKey;
  return TABLES.includes(t) ? t : null;
};

export const spanKey = (s: Span | null | undefined) => (s ? `${s[0]}-${s[1]}` : '-');

/** Uncertain rules that share their blank cells' column (or row): one finding. */
export interface BlankGroup {
  table: TableKey;
  /** the column (or row) left blank, or null when the rule's blanks are scattered */
  axis: 'col' | 'row' | null;
  line: string | null;
  checks: Check[];
  /** every blank cell that could account for the differences, in table order */
  cells: CellRef[];
}

/**
 * Uncertain rules grouped by what was left blank: rules whose blank cells all stand in one
 * column of one table (a blank 总计 column) make one finding, likewise one row; the rest stand alone.
 */
export function blankGroups(doc: ReportDocument): BlankGroup[] {
  const groups = new Map<string, BlankGroup>();
  for (const c of doc.checks) {
    if (c.status !== 'uncertain') continue;
    const table = tableOf(c.id);
    if (!table) continue;
    const blanks = c.blankCells ?? [];
    const cols = new Set(blanks.map(([, col]) => col));
    const rows = new Set(blanks.map(([row]) => row));
    const axis = cols.size === 1 ? 'col' : rows.size === 1 ? 'row' : null;
    const line = axis === 'col' ? blanks[0][1] : axis === 'row' ? blanks[0][0] : null;
    const key = axis ? `${table}:${axis}:${line}` : `${table}:check:${c.id}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { table, axis, line, checks: [], cells: [] }));
    g.checks.push(c);
    for (const cell of blanks) if (!g.cells.some(([r, col]) => r === cell[0] && col === cell[1])) g.cells.push(cell);
  }
  for (const g of groups.values()) {
    const order = new Map((doc.tables[g.table]?.cells ?? []).map((c, i) => [`${c.row}:${c.col}`, i]));
    g.cells.sort((a, b) => (order.get(`${a[0]}:${a[1]}`) ?? 0) - (order.get(`${b[0]}:${b[1]}`) ?? 0));
  }
  return [...groups.values()];
}

export const blankGroupKey = (g: BlankGroup) => (g.axis ? `${g.table}:${g.axis}:${g.line}` : `${g.table}:check:${g.checks[0].id}`);

/** where a check's figures stand: its first cell span, else its own first span */
function checkAnchor(doc: ReportDocument, check: Check): Span | null {
  const t = tableOf(check.id);
  const table = t ? doc.tables[t] : null;
  for (const [row, col] of check.cells) {
    const s = table?.cells.find((c) => c.row === row && c.col === col)?.span;
    if (s) return s;
  }
  return check.spans?.[0] ?? null;
}

export const checkReviewKey = (doc: ReportDocument, check: Check) => `check:${check.id}@${spanKey(checkAnchor(doc, check))}`;
export const blankReviewKey = (doc: ReportDocument, g: BlankGroup) => `blank:${blankGroupKey(g)}@${spanKey(doc.tables[g.table]?.span)}`;
export const garbleReviewKey = (g: { kind: string; span: Span }) => `garble:${g.kind}@${spanKey(g.span)}`;
export const duplicateReviewKey = (d: { span: Span }) => `duplicate@${spanKey(d.span)}`;
export const noteReviewKey = (table: TableKey, n: { kind: string; row?: string; span: Span | null }) => `note:${table}:${n.kind}:${n.row ?? ''}@${spanKey(n.span)}`;

/** check id → the review key of the finding it belongs to (an uncertain rule: its blank group's) */
export function checkKeys(doc: ReportDocument): Map<string, string> {
  const out = new Map<string, string>();
  for (const g of blankGroups(doc)) {
    const key = blankReviewKey(doc, g);
    for (const c of g.checks) out.set(c.id, key);
  }
  for (const c of doc.checks) if (!out.has(c.id)) out.set(c.id, checkReviewKey(doc, c));
  return out;
}

/**
 * The document with each reviewed finding carrying its verdict (`review: {state, note, at}`,
 * report-json.md): checks (every rule of a reviewed blank group), garbles, duplicated blocks and
 * table notes. A copy: the store's document is not changed.
 */
export function withReviews(doc: ReportDocument, reviews: Record<string, { state: 'confirmed' | 'dismissed'; note: string; at: string }>): ReportDocument {
  if (!Object.keys(reviews).length) return doc;
  const keys = checkKeys(doc);
  const tables = { ...doc.tables };
  for (const t of TABLES) {
    const table = tables[t];
    if (!table?.notes?.some((n) => reviews[noteReviewKey(t, n)])) continue;
    tables[t] = { ...table, notes: table.notes.map((n) => (reviews[noteReviewKey(t, n)] ? { ...n, review: reviews[noteReviewKey(t, n)] } : n)) };
  }
  return {
    ...doc,
    tables,
    checks: doc.checks.map((c) => {
      const r = reviews[keys.get(c.id) ?? ''];
      return r ? { ...c, review: r } : c;
    }),
    garbles: doc.garbles.map((g) => (reviews[garbleReviewKey(g)] ? { ...g, review: reviews[garbleReviewKey(g)] } : g)),
    duplicates: doc.duplicates.map((d) => (reviews[duplicateReviewKey(d)] ? { ...d, review: reviews[duplicateReviewKey(d)] } : d)),
  };
}
