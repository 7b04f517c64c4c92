// A table note in the UI language. The core writes notes for developers in English
// ("possible splits: 10/7/105，…"); the person reading the report wants 拆分不确定：…, so
// the wording is rebuilt here from the note's kind, row, span and the figures in its message.
// A message this file does not know gets a plain sentence, with the core's words beside it.
import type { ReportDocument, TableKey, TableNote } from '../../core/types';
import type { Lang } from '../store/store';
import { translate } from '../i18n/i18n';
import { docLayout, noteLabel, rowLabel } from './labels';

export interface NoteText {
  /** 拆分不确定, 重复的表… */
  label: string;
  /** the note in words, or the core's message when its shape is unknown */
  text: string;
  /** the core's own message (English), for reference */
  detail: string;
  /** true when `text` could not be rebuilt: show `detail` beside it */
  raw: boolean;
}

/** "10/7/105，1/07/105" or "1/2；3/4" → the alternatives, joined for the language. */
function alternatives(list: string, lang: Lang): string {
  const parts = list.split(/[，；;]|, /).map((s) => s.trim()).filter(Boolean);
  return parts.join(lang === 'zh' ? '、' : '; ');
}

export function noteText(doc: ReportDocument, table: TableKey, note: TableNote, lang: Lang): NoteText {
  const label = noteLabel(note.kind, lang);
  const row = note.row ? rowLabel(docLayout(doc, table), note.row) : translate(lang, 'noteAllRows');
  const m = note.message;
  const done = (text: string): NoteText => ({ label, text, detail: m, raw: false });
  let x: RegExpMatchArray | null;
  switch (note.kind) {
    case 'ambiguous-split':
      if ((x = m.match(/^(?:possible splits|splits that fit(?: equally well)?): (.+)$/s))) {
        return done(translate(lang, 'noteSplits', { row, alts: alternatives(x[1]!, lang) }));
      }
      if (m.startsWith('no split makes the row add up')) return done(translate(lang, 'noteNoSplitAddsUp', { row }));
      if (m.startsWith('the figures may stand one column over')) return done(translate(lang, 'noteColumnShift', { row }));
      break;
    case 'unreadable-row':
      if ((x = m.match(/^glued figures cannot be split into (\d+) cells/))) return done(translate(lang, 'noteCannotSplit', { row, n: x[1]! }));
      if ((x = m.match(/^only (\d+) of (\d+) figures/))) return done(translate(lang, 'noteOnlyFigures', { row, got: x[1]!, n: x[2]! }));
      break;
    case 'missing-row':
      if (note.row) return done(translate(lang, 'noteRowMissing', { row }));
      break;
    case 'duplicate-table': {
      const used = m.match(/the copy at \[(\d+),/);
      if (note.span && used) return done(translate(lang, 'noteDuplicate', { at: note.span[0], used: used[1]! }));
      break;
    }
  }
  return { label, text: translate(lang, 'noteGeneric', { row }), detail: m, raw: true };
}
