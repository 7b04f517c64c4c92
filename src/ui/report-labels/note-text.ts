// A table note in the UI language, built from the note's structured fields (kind, row,
// alternatives, figures, reason, spans) and the printed row label. A note without fields this
// file knows shows the core's own message ("中文（English）") in the UI language.
import type { ReportDocument, TableKey, TableNote } from '../../core/types';
import type { Lang } from '../store/store';
import { translate } from '../i18n/i18n';
import { docLayout, noteLabel, rowLabel } from './labels';
import { inLang } from './bilingual';

export interface NoteText {
  /** 拆分不确定, 重复的表… */
  label: string;
  /** the note in words */
  text: string;
  /** the core's own message ("中文（English）"), for reference */
  detail: string;
  /** true when `text` could not be built from the note's fields: it is the core's message */
  raw: boolean;
}

export function noteText(doc: ReportDocument, table: TableKey, note: TableNote, lang: Lang): NoteText {
  const label = noteLabel(note.kind, lang);
  const row = note.row ? rowLabel(docLayout(doc, table), note.row) : translate(lang, 'noteAllRows');
  const done = (text: string): NoteText => ({ label, text, detail: note.message, raw: false });
  switch (note.kind) {
    case 'ambiguous-split':
      if (note.alternatives?.length) return done(translate(lang, 'noteSplits', { row, alts: note.alternatives.join(lang === 'zh' ? '、' : '; ') }));
      if (note.reason === 'no-split-adds-up') return done(translate(lang, 'noteNoSplitAddsUp', { row }));
      if (note.reason === 'column-shift') return done(translate(lang, 'noteColumnShift', { row }));
      if (note.figures) return done(translate(lang, 'noteOnlyFigures', { row, got: note.figures.got, n: note.figures.expected }));
      break;
    case 'unreadable-row':
      if (note.figures?.got === 0) return done(translate(lang, 'noteCannotSplit', { row, n: note.figures.expected }));
      if (note.figures) return done(translate(lang, 'noteOnlyFigures', { row, got: note.figures.got, n: note.figures.expected }));
      break;
    case 'missing-row':
      if (note.row) return done(translate(lang, 'noteRowMissing', { row }));
      break;
    case 'duplicate-table':
      if (note.span && note.usedSpan) return done(translate(lang, 'noteDuplicate', { at: note.span[0], used: note.usedSpan[0] }));
      break;
  }
  const own = inLang(note.message, lang);
  return { label, text: own ? `${row}：${own}` : translate(lang, 'noteGeneric', { row }), detail: note.message, raw: true };
}
