// The checks run again on tables a person corrected. This makes the text's context (the folded
// view, once per text, then kept): it runs in the parsing worker (worker/handle-request.ts,
// request 'recheck'), never on the page.
import type { Check, ReportDocument, Tables } from '../types';
import { makeContext, type TextContext } from '../context';
import { runChecks } from '.';

export { applyCorrections, type CellCorrection } from './apply-corrections';

let cached: TextContext | null = null;

/** The checks of a document whose tables were corrected: the same rules, same order, as inspection. */
export function recheck(doc: Pick<ReportDocument, 'text' | 'meta' | 'sections'>, tables: Tables): Check[] {
  if (cached?.text !== doc.text) cached = makeContext(doc.text);
  return runChecks(cached, tables, doc.meta, doc.sections ?? []);
}
