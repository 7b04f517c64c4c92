// One member of a batch, inside a pool worker: keep its input, inspect it, keep its outcome and
// row, answer with the row. The storage is passed in (IndexedDB in the worker, a fake in tests).
import { inspectBytes, isErrorDocument } from '../core/inspect';
import type { ErrorDocument, ReportDocument } from '../core/types';
import { batchRow, type BatchRow } from './batch-row';
import type { CellCorrection } from '../core/checks/apply-corrections';
import { withCorrections } from './corrected-doc';
import type { PoolRequest, PoolResponse } from './pool-protocol';
import type { WorkerResponse } from './protocol';
import type { RunOptions } from './handle-request';

export interface BatchStore {
  putInput(input: { key: string; order: number; path: string; bytes: ArrayBuffer }): Promise<void>;
  putResult(
    report: { key: string; path: string; doc?: ReportDocument; errorDoc?: ErrorDocument; ms?: number },
    row: { key: string; order: number; row: BatchRow },
  ): Promise<void>;
  /** the cells a person already corrected in this text (in the inspector or an earlier workspace), if any */
  corrections?(text: string): Promise<readonly CellCorrection[]>;
}

const why = (e: unknown): string =>
  e instanceof DOMException && e.name === 'QuotaExceededError' ? 'quota' : e instanceof Error ? e.message : String(e);

/** `run`: on the page's thread (main-thread.ts), stop at the core's next stage and yield between stages */
export async function handleBatchRequest(req: PoolRequest, post: (r: PoolResponse | WorkerResponse) => void, store: BatchStore, run: RunOptions = {}): Promise<void> {
  const { jobId, store: at } = req;
  const t0 = performance.now();
  let storageError: string | null = null;
  try {
    const bytes = req.bytes instanceof ArrayBuffer ? req.bytes : await req.bytes.arrayBuffer();
    // kept before inspecting (IndexedDB clones the bytes when the write is made)
    if (at.keepInput) await store.putInput({ key: at.key, order: at.order, path: at.path, bytes }).catch((e: unknown) => void (storageError = why(e)));
    const doc = await inspectBytes(new Uint8Array(bytes), req.name, {
      ...req.options,
      signal: run.signal,
      onStage: run.pause ? () => run.pause!() : undefined,
    });
    run.signal?.throwIfAborted();
    const ms = isErrorDocument(doc) ? null : performance.now() - t0;
    // the row as the person left the text: corrected cells counted as corrected (the document kept is as read)
    const fixes = isErrorDocument(doc) ? [] : ((await store.corrections?.(doc.text).catch(() => [])) ?? []);
    const row = batchRow(isErrorDocument(doc) ? doc : await withCorrections(doc, fixes), at.path, ms, fixes.length);
    const report = isErrorDocument(doc) ? { key: at.key, path: at.path, errorDoc: doc } : { key: at.key, path: at.path, doc, ms: row.ms ?? undefined };
    // written before the row is sent: a row shown on the page can always be opened
    await store.putResult(report, { key: at.key, order: at.order, row }).catch((e: unknown) => void (storageError ??= why(e)));
    post({ type: 'batch-row', jobId, kind: isErrorDocument(doc) ? 'error-document' : 'result', row, storageError });
  } catch (e) {
    post({ type: 'failed', jobId, message: e instanceof Error ? e.message : String(e) });
  }
}
