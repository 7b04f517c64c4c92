// Owns the parsing worker. One job in flight: a new input supersedes the old one by
// terminating the worker (the core runs synchronously between awaits, so a cancel message
// would not be read in time) and starting a fresh one. Replies whose jobId is not the current
// job are dropped, so a stale result is never shown. A crash (error / messageerror) fails the
// current job and the next input starts a new worker.
// A request is posted only once the worker says it is 'ready'. A worker that cannot start (the
// constructor throws, or its script fails before 'ready': blocked, unsupported) still leaves the
// request here, and the client runs it, and every later one, on the main thread (main-thread.ts),
// telling the page through `onMainThread` so it can say so.
import type { Check, ErrorDocument, Meta, ReportDocument, Section, Tables } from '../core/types';
import type { GarbleOptions } from '../core/garbles';
import type { InspectStage } from '../core/inspect';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { MainThreadWorker } from './main-thread';

/** The part of Worker the client uses, so tests can pass a fake. */
export interface WorkerLike {
  /** the Web Lock the worker holds while it lives (see parse.worker.ts) */
  lockName?: string;
  postMessage(message: WorkerRequest, options?: StructuredSerializeOptions): void;
  terminate(): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<WorkerResponse>) => void): void;
  addEventListener(type: 'error', listener: (e: ErrorEvent) => void): void;
  addEventListener(type: 'messageerror', listener: (e: MessageEvent) => void): void;
}

export type InspectInput = (
  | { kind: 'bytes'; name: string; bytes: ArrayBuffer }
  | { kind: 'text'; text: string; name?: string }
) & { garbles?: GarbleOptions };

export type Outcome =
  | { kind: 'result'; doc: ReportDocument; ms: number }
  | { kind: 'error-document'; doc: ErrorDocument }
  | { kind: 'failed'; message: string; crashed: boolean; outOfMemory?: boolean }
  | { kind: 'superseded' };

/** what the checks are run again on: the inspected text and what was read from it, with corrected tables */
export interface RecheckInput {
  text: string;
  meta: Meta;
  sections: Section[];
  tables: Tables;
}

export type RecheckOutcome = { kind: 'rechecked'; checks: Check[] } | Exclude<Outcome, { kind: 'result' | 'error-document' }>;

interface Pending {
  jobId: number;
  /** a recheck is light: a newer one drops its reply instead of stopping the worker */
  kind: 'inspect' | 'recheck';
  resolve: (o: Outcome | RecheckOutcome) => void;
  onProgress?: (stage: InspectStage) => void;
  /** not yet posted: waiting for the worker to be ready */
  request: WorkerRequest | null;
}

let workerCount = 0;

export function defaultWorkerFactory(): WorkerLike {
  // a name of its own: the worker holds a Web Lock by that name for its whole life
  const name = `gouji-parse-${Date.now().toString(36)}-${++workerCount}`;
  const w = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module', name }) as WorkerLike;
  w.lockName = name;
  return w;
}

/** The Web Locks API where there is one (browsers; not Node 20). */
const locks = (): LockManager | undefined => (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;

export class InspectClient {
  private worker: WorkerLike | null = null;
  private pending: Pending | null = null;
  private nextId = 1;
  /** how many workers were started (for tests and the status line) */
  started = 0;
  /** why inspections run on the main thread (the worker could not start), or null */
  mainThread: string | null = null;
  /** called once when the client falls back to the main thread, with the reason */
  onMainThread?: (reason: string) => void;
  private readonly ready = new WeakSet<WorkerLike>();

  constructor(
    private factory: () => WorkerLike = defaultWorkerFactory,
    private readonly garbles?: GarbleOptions,
    private readonly mainThreadFactory: () => WorkerLike = () => new MainThreadWorker(),
  ) {}

  inspect(input: InspectInput, onProgress?: (stage: InspectStage) => void): { jobId: number; done: Promise<Outcome> } {
    if (this.pending) this.supersede();
    const jobId = this.nextId++;
    const garbles = input.garbles ?? this.garbles;
    const options = garbles ? { garbles } : undefined;
    const request: WorkerRequest =
      input.kind === 'bytes'
        ? { type: 'inspect-bytes', jobId, name: input.name, bytes: input.bytes, options }
        : { type: 'inspect-text', jobId, text: input.text, name: input.name, options };
    const done = new Promise<Outcome>((resolve) => {
      this.pending = { jobId, kind: 'inspect', resolve: resolve as Pending['resolve'], onProgress, request };
    });
    this.dispatch();
    return { jobId, done };
  }

  /**
   * Run the checks again on corrected tables, in the worker. A newer recheck supersedes an older
   * one (its reply is dropped; the worker is not stopped). While an inspection is in flight the
   * recheck is superseded at once: the new document replaces the corrected one anyway.
   */
  recheck(input: RecheckInput): { jobId: number; done: Promise<RecheckOutcome> } {
    const jobId = this.nextId++;
    if (this.pending?.kind === 'inspect') return { jobId, done: Promise.resolve({ kind: 'superseded' }) };
    if (this.pending) this.finish(this.pending.jobId, { kind: 'superseded' });
    const request: WorkerRequest = { type: 'recheck', jobId, ...input };
    const done = new Promise<RecheckOutcome>((resolve) => {
      this.pending = { jobId, kind: 'recheck', resolve: resolve as Pending['resolve'], request };
    });
    this.dispatch();
    return { jobId, done };
  }

  /** Abandon the current job, if any (its promise resolves as superseded). */
  cancel(): void {
    if (this.pending) this.supersede();
  }

  dispose(): void {
    this.cancel();
    this.worker?.terminate();
    this.worker = null;
  }

  private supersede(): void {
    const p = this.pending!;
    // The worker is busy with the old job: stop it; the next job starts a new one.
    // (A recheck is short: its reply is just dropped.)
    if (p.kind === 'inspect') this.kill();
    this.finish(p.jobId, { kind: 'superseded' });
  }

  /** Post the pending request once there is a ready worker (starting one if needed). */
  private dispatch(): void {
    const p = this.pending;
    if (!p?.request) return;
    let w: WorkerLike;
    try {
      w = this.ensureWorker();
    } catch (e) {
      if (!this.fallBack(e instanceof Error ? e.message : String(e))) return;
      return this.dispatch();
    }
    // not ready: posted on 'ready' (which may have come, and posted it, while it started)
    const req = p.request;
    if (!req || !this.ready.has(w) || this.pending !== p) return;
    p.request = null;
    w.postMessage(req, { transfer: req.type === 'inspect-bytes' ? [req.bytes] : [] });
  }

  /**
   * The worker could not start: run on the main thread from now on. False (and the job failed)
   * when already there, so a main thread that cannot load the core does not loop.
   */
  private fallBack(reason: string): boolean {
    if (this.mainThread !== null) {
      const p = this.pending;
      if (p) this.finish(p.jobId, { kind: 'failed', message: reason, crashed: true });
      return false;
    }
    this.mainThread = reason;
    this.factory = this.mainThreadFactory;
    this.onMainThread?.(reason);
    return true;
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const w = this.factory();
    this.started++;
    this.worker = w;
    // Listeners stay on a terminated worker; they check `w === this.worker` and do nothing.
    w.addEventListener('message', (e) => this.onMessage(w, e.data));
    w.addEventListener('error', (e) => {
      e.preventDefault?.();
      this.crash(w, e.message || 'worker error');
    });
    w.addEventListener('messageerror', () => this.crash(w, 'messageerror'));
    return w;
  }

  /**
   * A worker killed by the browser (out of memory) sends no error event. Once it says it holds
   * its lock ('lock-held', sent from inside the lock), a request queued now is granted only when
   * the worker is gone: if it is still the current one, it died.
   */
  private watched = new WeakSet<WorkerLike>();
  private watch(w: WorkerLike): void {
    const lm = locks();
    if (!lm || !w.lockName || this.watched.has(w)) return;
    this.watched.add(w);
    void lm.request(w.lockName, () => this.crash(w, 'the worker stopped (out of memory?)'));
  }

  private onMessage(w: WorkerLike, msg: WorkerResponse): void {
    if (w !== this.worker) return; // a terminated worker's late message
    if (msg.type === 'ready') {
      this.ready.add(w);
      this.dispatch();
      return;
    }
    if (msg.type === 'lock-held') {
      this.watch(w);
      return;
    }
    const p = this.pending;
    if (!p || msg.jobId !== p.jobId) return; // stale reply
    switch (msg.type) {
      case 'progress':
        p.onProgress?.(msg.stage);
        return;
      case 'result':
        this.finish(p.jobId, { kind: 'result', doc: msg.doc, ms: msg.ms });
        return;
      case 'rechecked':
        this.finish(p.jobId, { kind: 'rechecked', checks: msg.checks });
        return;
      case 'error-document':
        this.finish(p.jobId, { kind: 'error-document', doc: msg.doc });
        return;
      case 'failed':
        this.finish(p.jobId, msg.code === 'out-of-memory' ? { kind: 'failed', message: msg.message, crashed: false, outOfMemory: true } : { kind: 'failed', message: msg.message, crashed: false });
        return;
    }
  }

  private crash(w: WorkerLike, message: string): void {
    if (w !== this.worker) return;
    this.kill();
    // failed before it was ready: it never started, and the request was never posted
    if (!this.ready.has(w)) {
      if (this.fallBack(message)) this.dispatch();
      return;
    }
    const p = this.pending;
    if (p) this.finish(p.jobId, { kind: 'failed', message, crashed: true });
  }

  private kill(): void {
    const w = this.worker;
    this.worker = null;
    w?.terminate();
  }

  private finish(jobId: number, o: Outcome | RecheckOutcome): void {
    const p = this.pending;
    if (!p || p.jobId !== jobId) return;
    this.pending = null;
    p.resolve(o);
  }
}
