// The pool worker's storage: the workspace's IndexedDB stores, written from the worker so a
// report's document is never cloned on the page.
import { putInput, putResult } from './idb/workspace';
import type { BatchStore } from './batch-job';
import { addedByPerson } from './idb/reviews';

export const idbBatchStore: BatchStore = {
  putInput,
  putResult,
  corrections: async (text) => (await addedByPerson(text))?.corrections ?? [],
};
