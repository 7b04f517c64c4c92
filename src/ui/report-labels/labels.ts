// How the inspector views name the cells of the three standard tables. The keys, printed
// labels and printed grids come from the core's templates (core/tables/templates.ts); this
// module shapes them for the views (tables pane, issues, CSV, highlights) so that a cell is
// named the same way everywhere.
import type { GarbleKind, ReportDocument, TableKey } from '../../core/types';
import { printedPath, RESULTS_GROUP, ORG_GROUP, tableFormat, tableTemplate, TABLE_KEYS, type ColSpec, type TableFormat } from '../../core/tables/templates';
import type { Lang } from '../i18n/lang';
import { translate, type PlainKey } from '../i18n/i18n';
import type { Labels } from '../i18n/diagnostics';

export { tableFormat, TABLE_KEYS };
export type { ColSpec, TableFormat };

/** A row: its key and its printed label path (outermost group first, own label last). */
export interface RowSpec {
  key: string;
  path: string[];
}

/** One printed grid: table 三 and 四 are one block each, table 二 is one block per 第二十条 item. */
export interface BlockLayout {
  id: string;
  title: string | null;
  /** text of the merged top-left cell over the row labels */
  corner: string;
  cols: ColSpec[];
  rows: RowSpec[];
}

export interface TableLayout {
  key: TableKey;
  title: string;
  blocks: BlockLayout[];
}

/** The template's grids with each row's printed path. */
export function layoutFor(key: TableKey, format: TableFormat): TableLayout {
  const t = tableTemplate(key, format);
  return { key, title: t.title, blocks: t.blocks.map((b) => ({ ...b, rows: b.rows.map((r) => ({ key: r.key, path: printedPath(r) })) })) };
}

export function docLayout(doc: ReportDocument, key: TableKey): TableLayout {
  return layoutFor(key, tableFormat(doc.tables[key], doc.meta.format));
}

/** How a document's diagnostics name rows and columns: by the labels of its tables' templates. */
export function docLabels(doc: ReportDocument): Labels {
  return {
    row: (table, key) => (table ? rowLabel(docLayout(doc, table), key) : key),
    col: (table, key) => (table ? colLabel(docLayout(doc, table), key) : key),
  };
}

/** A row's label without the outer 三、本年度办理结果 (short enough for a list). */
export function rowLabel(layout: TableLayout, rowKey: string): string {
  for (const b of layout.blocks) {
    const r = b.rows.find((x) => x.key === rowKey);
    if (!r) continue;
    const path = r.path[0] === RESULTS_GROUP ? r.path.slice(1) : r.path;
    const own = path.join(path.length > 1 && /^[（(]/.test(path[0]) ? ' ' : ' · ');
    return layout.key === 'proactive' && b.title ? `${b.title} ${own}` : own;
  }
  return rowKey;
}

/** A row's full printed label path joined (for CSV). */
export function rowFullLabel(layout: TableLayout, rowKey: string): string {
  for (const b of layout.blocks) {
    const r = b.rows.find((x) => x.key === rowKey);
    if (r) return r.path.join(' ');
  }
  return rowKey;
}

export function colLabel(layout: TableLayout, colKey: string, rowKey?: string): string {
  for (const b of layout.blocks) {
    if (rowKey && !b.rows.some((r) => r.key === rowKey)) continue;
    const c = b.cols.find((x) => x.key === colKey);
    if (c) return c.groups.includes(ORG_GROUP) ? `${ORG_GROUP}·${c.label}` : c.label;
  }
  return colKey;
}

/** "（三）不予公开 1.属于国家秘密 · 自然人" — how the views name one cell. */
export function cellLabel(layout: TableLayout, rowKey: string, colKey: string): string {
  return `${rowLabel(layout, rowKey)} · ${colLabel(layout, colKey, rowKey)}`;
}

/** The table a check belongs to: the first part of its id, when it names a table. */
export function checkTable(id: string): TableKey | null {
  const head = id.split('.')[0];
  return (TABLE_KEYS as string[]).includes(head) ? (head as TableKey) : null;
}

export type CheckFamily = 'rowTotal' | 'resultsTotal' | 'balance' | 'reviewTotal' | 'other';

/** The rule family of a check id (the contract's four families, everything else 'other'). */
export function checkFamily(id: string): CheckFamily {
  if (id.startsWith('applications.rowTotal.')) return 'rowTotal';
  if (id.startsWith('applications.resultsTotal.')) return 'resultsTotal';
  if (id.startsWith('applications.balance.')) return 'balance';
  if (id.startsWith('reviewLitigation.total.')) return 'reviewTotal';
  return 'other';
}

/** A family's name in the UI language (the words live in the shared i18n tables). */
export const familyLabel = (f: CheckFamily, lang: Lang) => translate(lang, `family_${f}`);

export const GARBLE_KINDS: GarbleKind[] = ['injected', 'mojibake', 'replacement', 'invisible', 'markup'];

export const garbleLabel = (k: GarbleKind, lang: Lang) => translate(lang, `garble_${k}`);

/** A garble's text made visible: invisible and replacement characters as ⟨U+XXXX⟩. */
export function showGarbleText(text: string): string {
  return text.replace(/[^\p{L}\p{N}\p{P}\p{S} ]|\uFFFD/gu, (ch) => `⟨U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`);
}

const NOTE_KINDS = new Set(['ambiguous-split', 'missing-row', 'duplicate-table', 'unreadable-row']);
export const noteLabel = (k: string, lang: Lang) => translate(lang, NOTE_KINDS.has(k) ? (`note_${k}` as PlainKey) : 'note_other');
