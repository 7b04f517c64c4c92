// The issues list as data: failing rules (errors) by family, rules the report left figures out
// of (uncertain, one finding per blank column or row), warnings, garbles by kind, duplicated
// blocks and table notes, in reading order inside each group; plus counts of each kind and of
// what passed. Every item carries a review key: what it is (rule id, garble kind…) and where it
// stands (its span), never its place in the list, so a review survives re-inspection.
import type { Check, Duplicate, Garble, GarbleKind, ReportDocument, Span, TableKey, TableNote } from '../../core/types';
import type { Selection } from '../store/store';
import type { Lang } from '../i18n/lang';
import {
  blankGroupKey, blankGroups, blankReviewKey, checkReviewKey, duplicateReviewKey, garbleReviewKey, noteReviewKey, type BlankGroup,
} from '../../core/review/findings';
import { translate } from '../i18n/i18n';
import {
  checkFamily, checkTable, colLabel, docLayout, familyLabel, GARBLE_KINDS, garbleLabel, rowLabel, TABLE_KEYS,
  type CheckFamily,
} from '../report-labels/labels';

export type { BlankGroup };

export type IssueItem =
  | { kind: 'check'; key: string; reviewKey: string; check: Check; family: CheckFamily; selection: Selection }
  | { kind: 'uncertain'; key: string; reviewKey: string; group: BlankGroup; selection: Selection }
  | { kind: 'warning'; key: string; reviewKey: string; check: Check; selection: Selection }
  | { kind: 'garble'; key: string; reviewKey: string; index: number; garble: Garble; selection: Selection }
  | { kind: 'duplicate'; key: string; reviewKey: string; dup: Duplicate; selection: Selection }
  | { kind: 'note'; key: string; reviewKey: string; table: TableKey; note: TableNote; selection: Selection };

/** The kinds counted apart (the red count is failed rules only). */
export interface IssueCounts {
  failed: number;
  /** rules left uncertain by blank cells, and the findings they make (one per blank column) */
  uncertain: number;
  uncertainFindings: number;
  warnings: number;
  garbles: number;
  duplicates: number;
  notes: number;
}

export interface IssueGroup {
  id: string;
  label: string;
  items: IssueItem[];
}

export interface PassedCount {
  family: CheckFamily;
  label: string;
  pass: number;
  skipped: number;
}

export interface IssueModel {
  groups: IssueGroup[];
  flat: IssueItem[];
  /** failed rules (errors) only: the red count */
  checksFailed: number;
  garbles: number;
  counts: IssueCounts;
  passed: PassedCount[];
}

const isWarning = (c: Check) => c.severity === 'warning';

/** Count of each kind of finding, from the document alone (the status bar and the list agree). */
export function issueCounts(doc: ReportDocument): IssueCounts {
  let failed = 0;
  let uncertain = 0;
  let warnings = 0;
  for (const c of doc.checks) {
    if (c.status === 'fail') {
      if (isWarning(c)) warnings++;
      else failed++;
    } else if (c.status === 'uncertain') uncertain++;
  }
  let notes = 0;
  for (const t of TABLE_KEYS) notes += doc.tables[t]?.notes?.length ?? 0;
  return {
    failed, uncertain, uncertainFindings: blankGroups(doc).length, warnings,
    garbles: doc.garbles.length, duplicates: doc.duplicates.length, notes,
  };
}

/** The figures a blank group's rules printed: their cells' spans, for the source view. */
function groupSpans(doc: ReportDocument, g: BlankGroup): Span[] {
  return g.checks.flatMap((c) => checkSpans(doc, c));
}



const FAMILIES: CheckFamily[] = ['rowTotal', 'resultsTotal', 'balance', 'reviewTotal', 'other'];

/** Where the text of a check stands: its cells' spans, then any spans of its own. */
export function checkSpans(doc: ReportDocument, check: Check): Span[] {
  const t = checkTable(check.id);
  const table = t ? doc.tables[t] : null;
  const spans: Span[] = [];
  for (const [row, col] of check.cells) {
    const s = table?.cells.find((c) => c.row === row && c.col === col)?.span;
    if (s) spans.push(s);
  }
  return [...spans, ...(check.spans ?? [])];
}

const firstStart = (spans: Span[]) => (spans.length ? Math.min(...spans.map((s) => s[0])) : Number.MAX_SAFE_INTEGER);

export function buildIssues(doc: ReportDocument, lang: Lang): IssueModel {
  const groups: IssueGroup[] = [];
  for (const family of FAMILIES) {
    const checks = doc.checks.filter((c) => c.status === 'fail' && !isWarning(c) && checkFamily(c.id) === family);
    if (!checks.length) continue;
    const items = checks.map((check): IssueItem => {
      const spans = checkSpans(doc, check);
      return {
        kind: 'check', key: `c:${check.id}`, reviewKey: checkReviewKey(doc, check), check, family,
        selection: { kind: 'check', id: check.id, spans },
      };
    });
    groups.push({ id: `f:${family}`, label: familyLabel(family, lang), items });
  }
  const blanks = blankGroups(doc);
  if (blanks.length) {
    groups.push({
      id: 'uncertain',
      label: translate(lang, 'ilUncertain'),
      items: blanks.map((group): IssueItem => {
        const key = blankGroupKey(group);
        const spans = groupSpans(doc, group);
        return {
          kind: 'uncertain', key: `u:${key}`, reviewKey: blankReviewKey(doc, group), group,
          selection: { kind: 'cells', id: `u:${key}`, table: group.table, cells: group.cells, spans },
        };
      }),
    });
  }
  const warnings = doc.checks.filter((c) => c.status === 'fail' && isWarning(c));
  if (warnings.length) {
    groups.push({
      id: 'warnings',
      label: translate(lang, 'ilWarnings'),
      items: warnings.map((check): IssueItem => {
        const spans = checkSpans(doc, check);
        return {
          kind: 'warning', key: `c:${check.id}`, reviewKey: checkReviewKey(doc, check), check,
          selection: { kind: 'check', id: check.id, spans },
        };
      }),
    });
  }
  const garbleGroups = new Map<GarbleKind, IssueItem[]>();
  doc.garbles.forEach((garble, index) => {
    const list = garbleGroups.get(garble.kind) ?? [];
    list.push({
      kind: 'garble', key: `g:${index}`, reviewKey: garbleReviewKey(garble), index, garble,
      selection: { kind: 'garble', index, span: garble.span },
    });
    garbleGroups.set(garble.kind, list);
  });
  for (const kind of GARBLE_KINDS) {
    const items = garbleGroups.get(kind);
    if (items) groups.push({ id: `g:${kind}`, label: garbleLabel(kind, lang), items: items.sort((a, b) => spanOf(a)[0] - spanOf(b)[0]) });
  }
  if (doc.duplicates.length) {
    groups.push({
      id: 'dup',
      label: translate(lang, 'ilDuplicates'),
      items: doc.duplicates.map((dup, i): IssueItem => ({
        kind: 'duplicate', key: `d:${i}`, reviewKey: duplicateReviewKey(dup), dup, selection: { kind: 'span', span: dup.span },
      })),
    });
  }
  const notes: IssueItem[] = [];
  for (const table of TABLE_KEYS) {
    (doc.tables[table]?.notes ?? []).forEach((note, i) => {
      notes.push({
        kind: 'note', key: `n:${table}:${i}`, reviewKey: noteReviewKey(table, note), table, note,
        selection: note.span ? { kind: 'span', span: note.span } : null,
      });
    });
  }
  if (notes.length) groups.push({ id: 'notes', label: translate(lang, 'tableNotes'), items: notes });

  const passed = FAMILIES.map((family) => {
    const of = doc.checks.filter((c) => checkFamily(c.id) === family);
    return {
      family,
      label: familyLabel(family, lang),
      pass: of.filter((c) => c.status === 'pass').length,
      skipped: of.filter((c) => c.status === 'skipped').length,
    };
  }).filter((p) => p.pass + p.skipped > 0);

  const counts = issueCounts(doc);
  return {
    groups,
    flat: groups.flatMap((g) => g.items),
    checksFailed: counts.failed,
    garbles: counts.garbles,
    counts,
    passed,
  };
}

function spanOf(item: IssueItem): Span {
  switch (item.kind) {
    case 'check':
    case 'warning':
    case 'uncertain': return [firstStart(item.selection?.kind === 'check' || item.selection?.kind === 'cells' ? item.selection.spans : []), 0];
    case 'garble': return item.garble.span;
    case 'duplicate': return item.dup.span;
    case 'note': return item.note.span ?? [Number.MAX_SAFE_INTEGER, 0];
  }
}

/** The index in `flat` of the item the selection designates, or -1. */
export function indexOfSelection(flat: IssueItem[], sel: Selection): number {
  if (!sel) return -1;
  return flat.findIndex((it) => {
    const s = it.selection;
    if (!s || s.kind !== sel.kind) return false;
    if (s.kind === 'check' && sel.kind === 'check') return s.id === sel.id;
    if (s.kind === 'cells' && sel.kind === 'cells') return s.id === sel.id;
    if (s.kind === 'garble' && sel.kind === 'garble') return s.index === sel.index;
    if (s.kind === 'span' && sel.kind === 'span') return s.span[0] === sel.span[0] && s.span[1] === sel.span[1];
    return false;
  });
}

/** What a check is about: the row or column its id names ("applications.rowTotal.newReceived" → 一、本年新收…). */
export function checkSubject(doc: ReportDocument, check: Check): string {
  const table = checkTable(check.id);
  const last = check.id.split('.').at(-1) ?? '';
  if (!table) return check.id;
  const layout = docLayout(doc, table);
  const family = checkFamily(check.id);
  if (family === 'rowTotal' || family === 'reviewTotal') return rowLabel(layout, last);
  if (family === 'resultsTotal' || family === 'balance') return colLabel(layout, last);
  return check.id;
}

/** The cells a check adds up, named compactly: by column when they share a row, by row when they share a column. */
export function checkTerms(doc: ReportDocument, check: Check): { label: string; value: number | null }[] {
  const table = checkTable(check.id);
  const t = table ? doc.tables[table] : null;
  if (!table || !t) return [];
  const layout = docLayout(doc, table);
  const oneRow = new Set(check.cells.map(([r]) => r)).size === 1;
  const oneCol = new Set(check.cells.map(([, c]) => c)).size === 1;
  return check.cells.map(([row, col]) => ({
    label: oneRow ? colLabel(layout, col, row) : oneCol ? rowLabel(layout, row) : `${rowLabel(layout, row)} · ${colLabel(layout, col, row)}`,
    value: t.rows[row]?.[col] ?? null,
  }));
}

const clean = (s: string) => s.replace(/\s+/g, ' ');

/** A few characters around a span, the span itself set apart. */
export function context(text: string, span: Span, around = 8): { before: string; at: string; after: string } {
  return {
    before: (span[0] > around ? '…' : '') + clean(text.slice(Math.max(0, span[0] - around), span[0])),
    at: text.slice(span[0], span[1]),
    after: clean(text.slice(span[1], span[1] + around)) + (span[1] + around < text.length ? '…' : ''),
  };
}
