// A table note in the UI language: its kind's label and its code worded with the row's
// printed label (the core names rows by their contract keys).
import type { ReportDocument, TableKey, TableNote } from '../../core/types';
import type { Lang } from '../i18n/lang';
import { translate } from '../i18n/i18n';
import { diagnosticMarked } from '../i18n/diagnostics';
import { q } from '../i18n/quote';
import { docLabels, docLayout, noteLabel, rowLabel } from './labels';

export interface NoteText {
  /** 拆分不确定, 重复的表… */
  label: string;
  /** the note in words, what it quotes from the report marked (i18n/quote.ts) */
  text: string;
}

/** notes that name their row (or the table) themselves */
const SELF_PLACED = new Set<TableNote['code']>(['note.printedTwice', 'note.rowMissing']);

export function noteText(doc: ReportDocument, table: TableKey, note: TableNote, lang: Lang): NoteText {
  const layout = docLayout(doc, table);
  const said = diagnosticMarked(note, lang, docLabels(doc), table);
  if (SELF_PLACED.has(note.code)) return { label: noteLabel(note.kind, lang), text: said };
  const row = note.row ? (lang === 'en' ? q(rowLabel(layout, note.row)) : rowLabel(layout, note.row)) : translate(lang, 'noteAllRows');
  return { label: noteLabel(note.kind, lang), text: translate(lang, 'noteInRow', { row, text: said }) };
}
