// One flat export built in a short-lived worker (export.worker.ts), ended once it has answered.
// A worker that cannot start (the constructor throws, or it fails before its first message)
// rejects with WorkerStartError: the page then builds the export itself, in slices.
import type { ExportKind } from './export-builder';
import type { ExportReply } from './export.worker';

export class WorkerStartError extends Error {}

export function exportInWorker(kind: ExportKind, onProgress: (done: number, total: number) => void): Promise<Blob> {
  return new Promise((resolve, reject) => {
    let w: Worker;
    try {
      w = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module', name: 'gouji-export' });
    } catch (e) {
      reject(new WorkerStartError(e instanceof Error ? e.message : String(e)));
      return;
    }
    let heard = false;
    w.addEventListener('message', (e: MessageEvent<ExportReply>) => {
      heard = true;
      const r = e.data;
      if (r.type === 'progress') return onProgress(r.done, r.total);
      w.terminate();
      if (r.type === 'done') resolve(r.blob);
      else reject(new Error(r.message));
    });
    w.addEventListener('error', (e) => {
      e.preventDefault();
      w.terminate();
      const message = e.message || 'export worker error';
      reject(heard ? new Error(message) : new WorkerStartError(message));
    });
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker's postMessage has no target origin
    w.postMessage({ kind });
  });
}
