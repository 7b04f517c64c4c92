// Review state per report (what a person confirmed or corrected), kept apart from the report
// so re-inspecting never loses it. A report is known by its text, wherever it was opened: the
// single inspector and the batch workspace read and write the same record,
// `report:<length>-<FNV-1a of the text>` (reportReviewKey); inside it, each finding by its rule
// id and span (core/review/findings.ts). Records written before under `single:<same hash>` are moved
// on first read. `ws:<member key>` is kept for what a workspace stores per member only.
import { openGoujiDb, type ReviewRecord } from './db';
import { getReview, legacySingleKey, reportReviewKey } from '../../worker/idb/reviews';

export { textFingerprint, reportReviewKey, REPORT_REVIEW_PREFIX, getReview } from '../../worker/idb/reviews';
import { WORKSPACE_REVIEW_PREFIX } from './workspace';

export const workspaceReviewKey = (memberKey: string): string => `${WORKSPACE_REVIEW_PREFIX}${memberKey}`;

/** The review record of a report's text (moving one stored under the old single-report key). */
export async function getReportReview<R>(text: string): Promise<R | null> {
  const key = reportReviewKey(text);
  const found = await getReview<R>(key);
  if (found) return found;
  const legacy = await getReview<R>(legacySingleKey(text));
  if (!legacy) return null;
  await putReview(key, legacy);
  await deleteReview(legacySingleKey(text));
  return legacy;
}

export const putReportReview = <R>(text: string, review: R): Promise<void> => putReview(reportReviewKey(text), review);

export async function putReview<R>(key: string, review: R): Promise<void> {
  await (await openGoujiDb()).put('reviews', { key, updatedAt: Date.now(), review });
}

export async function deleteReview(key: string): Promise<void> {
  await (await openGoujiDb()).delete('reviews', key);
}

/** Every review whose key starts with `prefix` (all of them when omitted). */
export async function listReviews<R>(prefix = ''): Promise<ReviewRecord<R>[]> {
  const db = await openGoujiDb();
  const range = prefix ? IDBKeyRange.bound(prefix, `${prefix}\uffff`) : undefined;
  return (await db.getAll('reviews', range)) as ReviewRecord<R>[];
}
