// A stand-in for the parsing worker in tests: records what is posted, and replies or crashes
// on demand, so the client and the store can be tested without a real Worker. It says 'ready'
// as soon as someone listens, unless made with `{ ready: false }` (then call `start()`).
import type { WorkerLike } from '../client';
import type { WorkerRequest, WorkerResponse } from '../protocol';
import type { ReportDocument } from '../../core/types';

export class FakeWorker implements WorkerLike {
  posted: WorkerRequest[] = [];
  terminated = false;
  private listeners: Record<string, ((e: never) => void)[]> = {};
  constructor(private readonly opts: { ready?: boolean } = {}) {}
  addEventListener(type: string, l: (e: never) => void) {
    (this.listeners[type] ??= []).push(l);
    if (type === 'message' && this.opts.ready !== false) this.start();
  }
  /** the worker's script has loaded */
  start() {
    this.reply({ type: 'ready', jobId: -1 });
  }
  emit(type: string, e: unknown) {
    for (const l of this.listeners[type] ?? []) (l as (e: unknown) => void)(e);
  }
  postMessage(m: WorkerRequest) {
    this.posted.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  reply(r: WorkerResponse) {
    this.emit('message', { data: r });
  }
  crash(message: string) {
    this.emit('error', { message, preventDefault() {} });
  }
}

/** a minimal document, enough for the client and the store to pass around */
export const fakeDoc = (name: string) => ({ schema: 'gouji.report/1', source: { name } }) as unknown as ReportDocument;
