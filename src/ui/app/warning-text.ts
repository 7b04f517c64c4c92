// doc.warnings are written by the core in Chinese, some followed by an English gloss in
// full-width brackets, and table warnings name rows by their contract key (表三「newReceived」行).
// Shown in the UI language: the Chinese or the English half of a bilingual warning, and row
// keys replaced by the template's row labels. Anything else is shown as the core wrote it.
import type { ReportDocument } from '../../core/types';
import type { Lang } from '../store/store';
import { docLayout, rowLabel } from '../report-labels/labels';
import { splitGloss } from '../report-labels/bilingual';

export interface WarningText {
  text: string;
  /** the language the text is in (for <li lang>) */
  lang: Lang;
}

const TABLE_BY_NUMERAL = { 二: 'proactive', 三: 'applications', 四: 'reviewLitigation' } as const;

export function warningText(w: string, doc: ReportDocument, lang: Lang): WarningText {
  const bi = splitGloss(w);
  if (bi) return { text: bi[lang], lang };
  const text = w.replace(/表([二三四])「([A-Za-z]+)」/g, (m, n: keyof typeof TABLE_BY_NUMERAL, key: string) => {
    const label = rowLabel(docLayout(doc, TABLE_BY_NUMERAL[n]), key);
    return label === key ? m : `表${n}「${label}」`;
  });
  return { text, lang: 'zh' };
}
