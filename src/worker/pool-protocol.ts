// The pool's own messages (the batch workspace), beside the single-report protocol: the worker
// keeps the member's input and its whole outcome in IndexedDB itself and answers with the
// grid row only, so a report's document never crosses to the page nor is cloned there.
import type { GarbleOptions } from '../core/garbles';
import type { BatchRow } from './batch-row';

export interface BatchStoreTarget {
  /** the member's key in the workspace (IndexedDB keys of its input, report and row) */
  key: string;
  order: number;
  path: string;
  /** store the input's bytes first (a new run; a resumed run has them already) */
  keepInput: boolean;
}

export type PoolRequest = {
  type: 'inspect-batch';
  jobId: number;
  name: string;
  /** the member's bytes, or its File (read here, not on the page) */
  bytes: ArrayBuffer | Blob;
  options?: { garbles?: GarbleOptions };
  store: BatchStoreTarget;
};

export type PoolResponse = {
  type: 'batch-row';
  jobId: number;
  /** a report, or an error document (unreadable input) */
  kind: 'result' | 'error-document';
  row: BatchRow;
  /** a write was refused: 'quota', or the error's message (the row is still shown) */
  storageError: string | null;
};
