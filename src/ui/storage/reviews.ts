// Review state per report (what a person confirmed or corrected), kept apart from the report
// so re-inspecting never loses it. Keys: `ws:<member key>` for a workspace report (see
// workspaceReviewKey), any other string for a single report (e.g. `single:<name>`).
import { openGoujiDb, type ReviewRecord } from './db';
import { WORKSPACE_REVIEW_PREFIX } from './workspace';

export const workspaceReviewKey = (memberKey: string): string => `${WORKSPACE_REVIEW_PREFIX}${memberKey}`;

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
