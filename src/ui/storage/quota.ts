// How much the browser lets us keep: ask for persistent storage (so the workspace is not
// evicted under pressure), read usage and quota, and say when a warning is due.

export interface StorageUsage {
  usage: number;
  quota: number;
  /** usage / quota, 0..1 (0 when the quota is unknown) */
  ratio: number;
  persisted: boolean;
}

/** Warn from this share of the quota on. */
export const QUOTA_WARNING_RATIO = 0.8;

type StorageLike = Pick<StorageManager, 'estimate' | 'persist' | 'persisted'>;
const storageManager = (): StorageLike | null => (globalThis.navigator?.storage as StorageLike | undefined) ?? null;

/** Ask once for persistent storage; resolves to whether storage is persistent now. */
export async function requestPersistence(sm: StorageLike | null = storageManager()): Promise<boolean> {
  if (!sm?.persist) return false;
  try {
    if (await sm.persisted?.()) return true;
    return await sm.persist();
  } catch {
    return false;
  }
}

export async function readUsage(sm: StorageLike | null = storageManager()): Promise<StorageUsage | null> {
  if (!sm?.estimate) return null;
  try {
    const { usage = 0, quota = 0 } = await sm.estimate();
    const persisted = (await sm.persisted?.().catch(() => false)) ?? false;
    return { usage, quota, ratio: quota > 0 ? usage / quota : 0, persisted };
  } catch {
    return null;
  }
}

export const quotaWarning = (u: StorageUsage | null): boolean => !!u && u.quota > 0 && u.ratio >= QUOTA_WARNING_RATIO;

/** A write refused because the quota is reached (the caller says so instead of failing silently). */
export function isQuotaError(e: unknown): boolean {
  return e instanceof DOMException ? e.name === 'QuotaExceededError' : /quota/i.test(String(e));
}
