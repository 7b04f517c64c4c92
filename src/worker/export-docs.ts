// A workspace member's document as the exports give it: the stored document with what a person
// added to its text (in the inspector or the workspace: one record per text) — the cells they
// corrected (status `corrected`, `corrected.from`, the checks run again on the corrected tables,
// as the single report's export has them) and their verdicts — or the error that stands in its
// place. Used by the export worker and by the page's fallback alike.
import type { ErrorDocument, ReportDocument } from '../core/types';
import { withReviews } from '../core/review/findings';
import { getReport } from './idb/workspace';
import { withCorrections } from './corrected-doc';
import { addedByPerson } from './idb/reviews';

export async function loadExportDoc(key: string): Promise<ReportDocument | ErrorDocument | null> {
  const r = await getReport(key);
  if (r?.doc) {
    const a = await addedByPerson(r.doc.text);
    const doc = await withCorrections(r.doc, a?.corrections ?? []);
    return a?.reviews ? withReviews(doc, a.reviews) : doc;
  }
  return r?.errorDoc ?? (r?.failed ? { schema: 'gouji.report/1' as const, error: r.failed } : null);
}
