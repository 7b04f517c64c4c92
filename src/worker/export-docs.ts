// A workspace member's document as the exports give it: the stored document with what a person
// added to its text (in the inspector or the workspace: one record per text) — the cells they
// corrected (status `corrected`, `corrected.from`, the checks run again on the corrected tables,
// as the single report's export has them) and their verdicts — or the error that stands in its
// place. Used by the export worker and by the page's fallback alike.
import type { ErrorDocument, ReportDocument, Review } from '../core/types';
import type { CellCorrection } from '../core/checks/apply-corrections';
import { withReviews } from '../core/review/findings';
import { getReport } from './idb/workspace';
import { getReview, legacySingleKey, reportReviewKey } from './idb/reviews';

interface Added {
  reviews?: Record<string, Review>;
  corrections?: CellCorrection[];
}

async function added(text: string): Promise<Added | null> {
  try {
    return (await getReview<Added>(reportReviewKey(text))) ?? (await getReview<Added>(legacySingleKey(text)));
  } catch {
    // an unreadable review store costs the verdicts and corrections, never the export
    return null;
  }
}

/** the document with the person's corrections: tables corrected, checks run again (the core's own rules) */
async function corrected(doc: ReportDocument, corrections: readonly CellCorrection[]): Promise<ReportDocument> {
  // loaded only when a report has corrections: the checks are most of the core's rules
  const { applyCorrections, recheck } = await import('../core/checks/corrections');
  const tables = applyCorrections(doc.tables, corrections);
  return { ...doc, tables, checks: recheck(doc, tables) };
}

export async function loadExportDoc(key: string): Promise<ReportDocument | ErrorDocument | null> {
  const r = await getReport(key);
  if (r?.doc) {
    const a = await added(r.doc.text);
    let doc = r.doc;
    if (a?.corrections?.length) doc = await corrected(doc, a.corrections);
    return a?.reviews ? withReviews(doc, a.reviews) : doc;
  }
  return r?.errorDoc ?? (r?.failed ? { schema: 'gouji.report/1' as const, error: r.failed } : null);
}
