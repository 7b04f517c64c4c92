// The same core on the page's own thread, for browsers where a worker cannot start (Worker
// missing or forbidden, its script blocked or not understood). It looks like a Worker to the
// client: 'ready' once the core's chunk has loaded, replies as message events, and terminate()
// aborts the run at the core's next stage. Between stages it yields to the browser, so the
// page paints the progress and takes input; a single stage still runs in one piece.
// It also takes the batch pool's requests (a member stored in IndexedDB, its row sent back), for
// a pool whose workers cannot start.
import type { WorkerLike } from './client';
import type { WorkerRequest, WorkerResponse } from './protocol';
import type { PoolRequest, PoolResponse } from './pool-protocol';

type Event = { data?: WorkerResponse | PoolResponse; message?: string; preventDefault?: () => void };

/** Give the page a turn: scheduler.yield where there is one, else a new task. */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

export class MainThreadWorker implements WorkerLike {
  private readonly stop = new AbortController();
  private readonly listeners: Record<string, ((e: Event) => void)[]> = {};
  // loaded only here: the core stays out of the page's first bundle
  private readonly core = import('./handle-request');

  constructor() {
    this.core.then(
      () => this.emit('message', { data: { type: 'ready', jobId: -1 } }),
      (e: unknown) => this.emit('error', { message: e instanceof Error ? e.message : String(e) }),
    );
  }

  addEventListener(type: string, listener: (e: never) => void): void {
    (this.listeners[type] ??= []).push(listener as (e: Event) => void);
  }

  postMessage(req: WorkerRequest | PoolRequest): void {
    const post = (r: WorkerResponse | PoolResponse) => this.emit('message', { data: r });
    const run = { signal: this.stop.signal, pause: yieldToPage };
    if (req.type === 'inspect-batch') {
      // as in the pool's worker: the member's handler and its storage load with the first one
      void Promise.all([this.core, import('./batch-job'), import('./batch-store')])
        .then(([, { handleBatchRequest }, { idbBatchStore }]) => handleBatchRequest(req, post, idbBatchStore, run))
        .catch((e: unknown) => post({ type: 'failed', jobId: req.jobId, message: e instanceof Error ? e.message : String(e) }));
      return;
    }
    void this.core.then(({ handleRequest }) => handleRequest(req, post, run));
  }

  terminate(): void {
    this.stop.abort();
  }

  private emit(type: string, e: Event): void {
    if (this.stop.signal.aborted) return; // like a terminated worker: nothing more arrives
    for (const l of this.listeners[type] ?? []) l(e);
  }
}
