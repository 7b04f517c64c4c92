// Review state per report (what a person confirmed or corrected), kept apart from the report
// so re-inspecting never loses it. A report is known by its text, wherever it was opened: the
// single inspector and the batch workspace read and write the same record,
// `report:<length>-<FNV-1a of the text>` (reportReviewKey); inside it, each finding by its rule
// id and span (store/findings.ts). Records written before under `single:<same hash>` are moved
// on first read. `ws:<member key>` is kept for what a workspace stores per member only.
import { openGoujiDb, type ReviewRecord } from './db';
import { WORKSPACE_REVIEW_PREFIX } from './workspace';

export const workspaceReviewKey = (memberKey: string): string => `${WORKSPACE_REVIEW_PREFIX}${memberKey}`;

/** FNV-1a over the text's UTF-16 units, with its length: `<length>-<hash>` in base 36. */
export function textFingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}-${h.toString(36)}`;
}

export const REPORT_REVIEW_PREFIX = 'report:';
/** the key reviews of one report's text are stored under, in the inspector and the workspace alike */
export const reportReviewKey = (text: string): string => `${REPORT_REVIEW_PREFIX}${textFingerprint(text)}`;
/** the key the single inspector used before reviews were shared */
const legacySingleKey = (text: string): string => `single:${textFingerprint(text)}`;

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

export async function getReview<R>(key: string): Promise<R | null> {
  const rec = (await (await openGoujiDb()).get('reviews', key)) as ReviewRecord<R> | undefined;
  return rec ? rec.review : null;
}

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
