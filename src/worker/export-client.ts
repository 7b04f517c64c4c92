// One flat export built in a short-lived worker (export.worker.ts), ended once it has answered.
import type { ExportKind } from './export-builder';
import type { ExportReply } from './export.worker';

export function exportInWorker(kind: ExportKind, onProgress: (done: number, total: number) => void): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module', name: 'gouji-export' });
    w.addEventListener('message', (e: MessageEvent<ExportReply>) => {
      const r = e.data;
      if (r.type === 'progress') return onProgress(r.done, r.total);
      w.terminate();
      if (r.type === 'done') resolve(r.blob);
      else reject(new Error(r.message));
    });
    w.addEventListener('error', (e) => {
      e.preventDefault();
      w.terminate();
      reject(new Error(e.message || 'export worker error'));
    });
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker's postMessage has no target origin
    w.postMessage({ kind });
  });
}
