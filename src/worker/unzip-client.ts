// Unzip off the page: one short-lived worker per archive (fflate loads only with it), given the
// File itself (it streams it), ended as soon as it has answered. Where no worker can start, the
// same reader runs on the page: the archive still streams in chunks, each read a task of its own.
import type { UnzipReply } from './unzip.worker';

async function unzipOnPage(file: Blob): Promise<UnzipReply> {
  try {
    const { chunksOf, readZipStream } = await import('./unzip');
    const { members, skipped } = await readZipStream(chunksOf(file));
    return { ok: true, members, skipped };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

export function unzipInWorker(file: Blob): Promise<UnzipReply> {
  return new Promise((resolve) => {
    let w: Worker;
    try {
      w = new Worker(new URL('./unzip.worker.ts', import.meta.url), { type: 'module', name: 'gouji-unzip' });
    } catch {
      resolve(unzipOnPage(file));
      return;
    }
    const end = (r: UnzipReply | Promise<UnzipReply>) => {
      w.terminate();
      resolve(r);
    };
    w.addEventListener('message', (e: MessageEvent<UnzipReply>) => end(e.data));
    // an error before any answer: the worker's script did not run here (blocked, unsupported)
    w.addEventListener('error', (e) => {
      e.preventDefault();
      end(unzipOnPage(file));
    });
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker's postMessage has no target origin
    w.postMessage(file);
  });
}
