// The workspace's members in the folder listing's order (`order`), whatever order the workers
// finished in: the store's rows arrive in completion order while a run streams, in listing order
// after a reload and in the export worker. Which of two reports claiming the same body and year
// the links read is the first in input order (core/batch/chains.ts), so the chains and
// batch.json are built from this order, the same live, after a reload and in the export.

/** a copy of `entries` sorted by `order` (stable; already sorted: the same array back) */
export function inListingOrder<T extends { order: number }>(entries: readonly T[]): readonly T[] {
  for (let i = 1; i < entries.length; i++) {
    if (entries[i - 1]!.order > entries[i]!.order) return [...entries].sort((a, b) => a.order - b.order);
  }
  return entries;
}
