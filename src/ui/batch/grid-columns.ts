// The grid's columns: one per summary field and one per indicator, with their widths and how
// a value reads. Blank values (null) stay blank ("—"), never 0, and sort last.
import { INDICATORS, type IndicatorKey } from '../../core/batch';
import type { Lang } from '../i18n/lang';
import type { BatchEntry } from '../store/batch-slice';
import type { MessageKey } from '../i18n/i18n';

export type ColumnId =
  | 'file' | 'agency' | 'year' | 'format' | 'script' | 'tables' | 'fail' | 'uncertain' | 'warnings' | 'garbles' | 'duplicates'
  | 'error' | 'ms' | 'corrected' | IndicatorKey;

export interface ColumnSpec {
  id: ColumnId;
  width: number;
  numeric: boolean;
  value: (e: BatchEntry) => string | number | undefined;
}

const undef = <T,>(v: T | null): T | undefined => (v === null ? undefined : v);

/** a count of an unreadable input is not a 0: it was never counted (shown blank, sorted last) */
const counted = (e: BatchEntry, v: number): number | undefined => (e.row.error === null ? v : undefined);

export const COLUMNS: ColumnSpec[] = [
  { id: 'file', width: 240, numeric: false, value: (e) => e.path },
  { id: 'agency', width: 200, numeric: false, value: (e) => undef(e.row.agency) },
  { id: 'year', width: 64, numeric: true, value: (e) => undef(e.row.year) },
  { id: 'format', width: 92, numeric: false, value: (e) => undef(e.row.format) },
  { id: 'script', width: 84, numeric: false, value: (e) => undef(e.row.script) },
  { id: 'tables', width: 76, numeric: true, value: (e) => counted(e, e.row.tables) },
  { id: 'fail', width: 88, numeric: true, value: (e) => counted(e, e.row.checks.fail) },
  { id: 'uncertain', width: 88, numeric: true, value: (e) => counted(e, e.row.checks.uncertain) },
  { id: 'warnings', width: 88, numeric: true, value: (e) => counted(e, e.row.warnings) },
  { id: 'garbles', width: 88, numeric: true, value: (e) => counted(e, e.row.garbles) },
  { id: 'duplicates', width: 96, numeric: true, value: (e) => counted(e, e.row.duplicates) },
  // cells a person corrected in the inspector: the counts and indicators of the row are then as corrected
  { id: 'corrected', width: 96, numeric: true, value: (e) => counted(e, e.corrected ?? 0) },
  ...INDICATORS.map((d): ColumnSpec => ({ id: d.key, width: 120, numeric: true, value: (e) => undef(e.row.indicators[d.key]) })),
  { id: 'error', width: 220, numeric: false, value: (e) => undef(e.row.error) },
  { id: 'ms', width: 88, numeric: true, value: (e) => undef(e.ms) },
];

/**
 * Hidden until chosen: the parse time is for the curious; the corrected-cell count too (a
 * corrected report is marked ✎ by its file name, without a 17th cell on every row to lay out).
 */
export const HIDDEN_BY_DEFAULT: Partial<Record<ColumnId, false>> = { ms: false, corrected: false };

const INDICATOR_IDS = new Set<string>(INDICATORS.map((d) => d.key));

export function columnLabel(id: ColumnId, lang: Lang, t: (k: MessageKey) => string): string {
  const ind = INDICATORS.find((d) => d.key === id);
  // an English indicator name is written for the middle of a sentence: a heading starts capitalised
  if (ind) return lang === 'zh' ? ind.zh : ind.en.charAt(0).toUpperCase() + ind.en.slice(1);
  return t(`col_${id}` as MessageKey);
}

export function cellText(id: ColumnId, v: string | number | undefined, t: (k: MessageKey) => string): string {
  if (v === undefined) return '—';
  if (INDICATOR_IDS.has(id) && typeof v === 'number') return `${(v * 100).toFixed(1)}%`;
  if (id === 'format') return v === 'pre-2019' ? t('format_pre2019') : v === 'unknown' ? t('format_unknown') : String(v);
  if (id === 'script') return t(`script_${v}` as MessageKey);
  return String(v);
}
