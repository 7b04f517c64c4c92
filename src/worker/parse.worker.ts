// Thin adapter: messages in, core pipeline, messages out. All logic is in handle-request.ts.
import { handleRequest } from './handle-request';
import type { WorkerRequest, WorkerResponse } from './protocol';
import type { PoolRequest, PoolResponse } from './pool-protocol';

// oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker's postMessage has no target origin
const post = (r: WorkerResponse | PoolResponse) => self.postMessage(r);
// Held for the worker's whole life: when the browser kills the worker (out of memory) no error
// event reaches the page, but the lock is released, and the client waiting for it learns so.
// The page starts waiting for the lock only once told it is held: asked earlier, under load its
// request could be queued first and take a live worker for a dead one.
void (self as unknown as { navigator?: { locks?: LockManager } }).navigator?.locks?.request(self.name, () => {
  post({ type: 'lock-held', jobId: -1 });
  return new Promise<never>(() => {});
});
// a batch member (the pool's message): its handler and the storage load with the first one
const batchJob = () => Promise.all([import('./batch-job'), import('./batch-store')]);
self.addEventListener('message', (e: MessageEvent<WorkerRequest | PoolRequest>) => {
  const req = e.data;
  if (req.type === 'inspect-batch') {
    void batchJob()
      .then(([{ handleBatchRequest }, { idbBatchStore }]) => handleBatchRequest(req, post, idbBatchStore))
      .catch((err: unknown) => post({ type: 'failed', jobId: req.jobId, message: err instanceof Error ? err.message : String(err) }));
  }
  else void handleRequest(req, post);
});
// The page sends its request only after this: a worker whose script never loads (blocked,
// unsupported) still has the request in the page, which then runs it on the main thread.
post({ type: 'ready', jobId: -1 });
