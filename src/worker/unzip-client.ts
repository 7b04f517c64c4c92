// Unzip off the page: one short-lived worker per archive (fflate loads only with it), given the
// File itself (it streams it), ended as soon as it has answered.
import type { UnzipReply } from './unzip.worker';

export function unzipInWorker(file: Blob): Promise<UnzipReply> {
  return new Promise((resolve) => {
    let w: Worker;
    try {
      w = new Worker(new URL('./unzip.worker.ts', import.meta.url), { type: 'module', name: 'gouji-unzip' });
    } catch (e) {
      resolve({ ok: false, message: e instanceof Error ? e.message : String(e) });
      return;
    }
    const end = (r: UnzipReply) => {
      w.terminate();
      resolve(r);
    };
    w.addEventListener('message', (e: MessageEvent<UnzipReply>) => end(e.data));
    w.addEventListener('error', (e) => {
      e.preventDefault();
      end({ ok: false, message: e.message || 'unzip worker error' });
    });
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker's postMessage has no target origin
    w.postMessage(file);
  });
}
