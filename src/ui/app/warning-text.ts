// doc.warnings in the UI language: worded from their codes (doc.warningCodes), with row keys
// shown as the template's printed row labels. A document without codes (written before
// warnings had codes) shows its Chinese warnings as they are.
import type { ReportDocument } from '../../core/types';
import type { Lang } from '../i18n/lang';
import { diagnosticMarked } from '../i18n/diagnostics';
import { docLabels } from '../report-labels/labels';

export interface WarningText {
  /** the warning in words, what it quotes from the report marked (i18n/quote.ts) */
  text: string;
  /** the language the text is in (for <li lang>) */
  lang: Lang;
}

export function warningTexts(doc: ReportDocument, lang: Lang): WarningText[] {
  const codes = doc.warningCodes;
  if (!codes || codes.length !== (doc.warnings?.length ?? 0)) return (doc.warnings ?? []).map((text) => ({ text, lang: 'zh' }));
  const labels = docLabels(doc);
  return codes.map((d) => ({ text: diagnosticMarked(d, lang, labels), lang }));
}
