// A report as a person left it: the cells they corrected (kept with the text's review record,
// wherever it was made) applied, and the checks run again by the core's own rules. The grid's
// rows, the summary and every export are built from this, so they all agree with the inspector.
import type { ReportDocument } from '../core/types';
import type { CellCorrection } from '../core/checks/apply-corrections';

/** the document with the corrections applied: tables corrected, checks run again */
export async function withCorrections(doc: ReportDocument, corrections: readonly CellCorrection[]): Promise<ReportDocument> {
  if (corrections.length === 0) return doc;
  // loaded only when a report has corrections: the checks are most of the core's rules
  const { applyCorrections, recheck } = await import('../core/checks/corrections');
  const tables = applyCorrections(doc.tables, corrections);
  return { ...doc, tables, checks: recheck(doc, tables) };
}
