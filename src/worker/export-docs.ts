// A workspace member's document as the exports give it: the stored document with the verdicts a
// person gave its text (in the inspector or the workspace: one review record per text), or the
// error that stands in its place. Used by the export worker and by the page's fallback alike.
import type { ErrorDocument, ReportDocument, Review } from '../core/types';
import { withReviews } from '../core/review/findings';
import { getReport } from './idb/workspace';
import { getReview, legacySingleKey, reportReviewKey } from './idb/reviews';

async function verdicts(text: string): Promise<Record<string, Review> | null> {
  try {
    const rec = (await getReview<{ reviews?: Record<string, Review> }>(reportReviewKey(text))) ?? (await getReview<{ reviews?: Record<string, Review> }>(legacySingleKey(text)));
    return rec?.reviews ?? null;
  } catch {
    // an unreadable review store costs the verdicts, never the export
    return null;
  }
}

export async function loadExportDoc(key: string): Promise<ReportDocument | ErrorDocument | null> {
  const r = await getReport(key);
  if (r?.doc) {
    const reviews = await verdicts(r.doc.text);
    return reviews ? withReviews(r.doc, reviews) : r.doc;
  }
  return r?.errorDoc ?? (r?.failed ? { schema: 'gouji.report/1' as const, error: r.failed } : null);
}
