// The same core on the page's own thread, for browsers where a worker cannot start (Worker
// missing or forbidden, its script blocked or not understood). It looks like a Worker to the
// client: 'ready' once the core's chunk has loaded, replies as message events, and terminate()
// aborts the run at the core's next stage. Between stages it yields to the browser, so the
// page paints the progress and takes input; a single stage still runs in one piece.
import type { WorkerLike } from './client';
import type { WorkerRequest, WorkerResponse } from './protocol';

type Event = { data?: WorkerResponse; message?: string; preventDefault?: () => void };

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

  postMessage(req: WorkerRequest): void {
    void this.core.then(({ handleRequest }) => handleRequest(req, (r) => this.emit('message', { data: r }), { signal: this.stop.signal, pause: yieldToPage }));
  }

  terminate(): void {
    this.stop.abort();
  }

  private emit(type: string, e: Event): void {
    if (this.stop.signal.aborted) return; // like a terminated worker: nothing more arrives
    for (const l of this.listeners[type] ?? []) l(e);
  }
}
