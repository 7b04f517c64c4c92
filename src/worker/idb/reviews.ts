// Review records in IndexedDB: what a person confirmed, dismissed or corrected in one report.
// A report is known by its text wherever it was opened (the single inspector, the workspace, the
// export worker), so its record sits under `report:<length>-<FNV-1a of the text>`. The page's
// read-write helpers (src/ui/storage/reviews.ts) build on these; the export worker only reads.
import { openGoujiDb, type ReviewRecord } from './db';
import type { Review } from '../../core/types';
import type { CellCorrection } from '../../core/checks/apply-corrections';

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
export const legacySingleKey = (text: string): string => `single:${textFingerprint(text)}`;

export async function getReview<R>(key: string): Promise<R | null> {
  const rec = (await (await openGoujiDb()).get('reviews', key)) as ReviewRecord<R> | undefined;
  return rec ? rec.review : null;
}

/** what is stored per text (the trust slice's record) */
export interface AddedByPerson {
  reviews?: Record<string, Review>;
  corrections?: CellCorrection[];
}

/** the review record of a text, or null (none, or the store cannot be read: never fatal) */
export async function addedByPerson(text: string): Promise<AddedByPerson | null> {
  try {
    return (await getReview<AddedByPerson>(reportReviewKey(text))) ?? (await getReview<AddedByPerson>(legacySingleKey(text)));
  } catch {
    return null;
  }
}
