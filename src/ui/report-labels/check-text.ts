// A check (or a year-chain check) in the UI language, worded from its code with the rows and
// columns named by the template's labels; quoted parts marked (i18n/quote.ts) for <Worded>.
// A check stored before checks had codes shows its Chinese message as written (not as a quote:
// it is wording the UI could not translate).
import type { ChainCheck } from '../../core/batch';
import type { Check, ReportDocument } from '../../core/types';
import type { Lang } from '../i18n/lang';
import { diagnosticMarked, type Labels } from '../i18n/diagnostics';
import { checkTable, colLabel, docLabels, layoutFor, rowLabel, type TableFormat } from './labels';

/** a document stored (IndexedDB) before checks had codes carries only the message */
const uncoded = (c: { code?: unknown }) => c.code === undefined;

export function checkText(doc: ReportDocument, check: Check, lang: Lang): string {
  if (uncoded(check)) return check.message;
  return diagnosticMarked(check, lang, docLabels(doc), checkTable(check.id));
}

/** the template a year rule reads: in force needs 2021's proactive table, item counts 2019's */
const CHAIN_FORMAT: Record<string, TableFormat> = { inForce: '2021', itemCount: '2019' };

export function chainCheckText(check: ChainCheck, lang: Lang): string {
  if (uncoded(check)) return check.message;
  const format = CHAIN_FORMAT[check.id.split('.')[0]] ?? '2019';
  const labels: Labels = {
    row: (table, key) => (table ? rowLabel(layoutFor(table, format), key) : key),
    col: (table, key) => (table ? colLabel(layoutFor(table, format), key) : key),
  };
  return diagnosticMarked(check, lang, labels, check.cells[0]?.table ?? null);
}
