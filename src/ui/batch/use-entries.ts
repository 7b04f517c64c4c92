// The workspace's rows for the views that read all of them (grid, filters, chains, charts,
// indicators). Deferred: while a run streams rows in, the store's update renders at once only
// what is cheap (progress, counts), and these views follow in a transition React may split and
// interrupt (a scroll or a key press goes first), instead of all in the one task of the flush.
import { useDeferredValue } from 'react';
import { useGouji } from '../store/store';
import type { BatchEntry } from '../store/batch-slice';

export function useBatchEntries(): BatchEntry[] {
  return useDeferredValue(useGouji((s) => s.batch.entries));
}
