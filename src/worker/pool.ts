// A pool of parsing workers for a batch: one queue, `size` workers (the page keeps a core:
// navigator.hardwareConcurrency − 1, at least 1), each running one job at a time through the
// same protocol as the single-job client. A job's bytes are loaded only when a worker is free
// (a folder of 5,000 files is never read into memory at once). A crashed worker fails its job
// and is replaced; cancel terminates every worker at once (the core runs synchronously, so a
// message would not be read in time).
// A job with a `store` target is a batch member: its worker keeps the input and the outcome in
// IndexedDB itself and answers with the grid row only (pool-protocol.ts), so no document is
// cloned on the page while a batch runs.
// Where no worker can start (the constructor throws, or a worker fails before its 'ready', and
// none of this pool's ever got that far), the pool runs on the page's own thread instead: one
// job at a time through main-thread.ts (the core in slices, yielding between stages), the jobs
// in flight put back in the queue, `onMainThread` told why.
import type { GarbleOptions } from '../core/garbles';
import type { ErrorDocument, ReportDocument } from '../core/types';
import { defaultWorkerFactory, type WorkerLike } from './client';
import { MainThreadWorker } from './main-thread';
import type { WorkerRequest, WorkerResponse } from './protocol';
import type { BatchStoreTarget, PoolRequest, PoolResponse } from './pool-protocol';
import type { BatchRow } from './batch-row';

export interface PoolJob {
  key: string;
  name: string;
  /**
   * the bytes when a worker takes the job (transferred to it), or a File / Blob that a batch
   * member's worker reads itself (so the page never reads the file)
   */
  load: () => Promise<ArrayBuffer | Blob>;
  /** a batch member: the worker stores its input and outcome and answers with its row */
  store?: BatchStoreTarget;
}

export type PoolOutcome =
  | { kind: 'result'; doc: ReportDocument; ms: number }
  | { kind: 'error-document'; doc: ErrorDocument }
  /** a batch member's row (its document is in IndexedDB); `storageError` when a write was refused */
  | { kind: 'row'; row: BatchRow; error: boolean; storageError: string | null }
  | { kind: 'failed'; message: string; crashed: boolean };

export interface PoolRun {
  /** resolves when every job has an outcome, or on cancel */
  done: Promise<{ completed: number; cancelled: boolean }>;
  cancel: () => void;
}

/** Workers for a batch: all cores but one for the page, at least one. */
export function defaultPoolSize(cores: number | undefined = globalThis.navigator?.hardwareConcurrency): number {
  return Math.max(1, (cores || 2) - 1);
}

interface Slot {
  worker: WorkerLike | null;
  job: { jobId: number; key: string; index: number } | null;
  /** no longer used (the pool went to the main thread with one slot) */
  retired: boolean;
}

export class InspectPool {
  /** workers started so far (for tests and the progress line) */
  started = 0;
  /** why the pool runs on the page's thread (no worker could start), or null */
  mainThread: string | null = null;
  /** called once when the pool falls back to the main thread, with the reason */
  onMainThread?: (reason: string) => void;
  private nextJobId = 1;
  /** a worker of this pool said 'ready' once: workers can start here, a later failure is a crash */
  private everReady = false;

  constructor(
    readonly size: number = defaultPoolSize(),
    private factory: () => WorkerLike = defaultWorkerFactory,
    private readonly garbles?: GarbleOptions,
    private readonly mainThreadFactory: () => WorkerLike = () => new MainThreadWorker(),
  ) {}

  /** Run every job; `onOutcome` is called once per job, in completion order. */
  run(jobs: readonly PoolJob[], onOutcome: (key: string, o: PoolOutcome) => void): PoolRun {
    let next = 0;
    /** jobs put back (their worker never started), taken before the next new one */
    const again: number[] = [];
    let completed = 0;
    let cancelled = false;
    let finish!: (r: { completed: number; cancelled: boolean }) => void;
    const done = new Promise<{ completed: number; cancelled: boolean }>((r) => (finish = r));
    const slots: Slot[] = Array.from({ length: Math.min(this.size, jobs.length) }, () => ({ worker: null, job: null, retired: false }));
    const options = this.garbles ? { garbles: this.garbles } : undefined;
    const ready = new WeakSet<WorkerLike>();

    /**
     * No worker can start here: from now on one slot runs the jobs on the page's thread. The jobs
     * in flight go back in the queue (none has an outcome: their workers never started).
     */
    const fallBack = (reason: string) => {
      this.mainThread = reason;
      this.factory = this.mainThreadFactory;
      for (const s of slots) {
        if (s.job) again.push(s.job.index);
        s.job = null;
        kill(s);
        s.retired = true;
      }
      again.sort((a, b) => b - a); // popped in input order
      slots[0]!.retired = false;
      this.onMainThread?.(reason);
      void feed(slots[0]!);
    };
    /** a worker that failed before it was ready, when none of this pool's ever was: workers cannot start */
    const cannotStart = (w: WorkerLike | null) => this.mainThread === null && !this.everReady && (w === null || !ready.has(w));

    const settle = (slot: Slot, key: string, o: PoolOutcome) => {
      slot.job = null;
      completed++;
      onOutcome(key, o);
      if (completed === jobs.length) {
        for (const s of slots) kill(s);
        finish({ completed, cancelled: false });
      } else void feed(slot);
    };

    const kill = (slot: Slot) => {
      const w = slot.worker;
      slot.worker = null;
      w?.terminate();
    };

    const spawn = (slot: Slot): WorkerLike => {
      const w = this.factory();
      this.started++;
      w.addEventListener('message', (e) => onMessage(slot, w, e.data));
      w.addEventListener('error', (e) => {
        e.preventDefault?.();
        crash(slot, w, e.message || 'worker error');
      });
      w.addEventListener('messageerror', () => crash(slot, w, 'messageerror'));
      slot.worker = w;
      return w;
    };

    const onMessage = (slot: Slot, w: WorkerLike, msg: WorkerResponse | PoolResponse) => {
      if (msg.type === 'ready') {
        ready.add(w);
        this.everReady = true;
        return;
      }
      if (cancelled || w !== slot.worker || !slot.job || msg.jobId !== slot.job.jobId) return;
      const { key } = slot.job;
      if (msg.type === 'result') settle(slot, key, { kind: 'result', doc: msg.doc, ms: msg.ms });
      else if (msg.type === 'error-document') settle(slot, key, { kind: 'error-document', doc: msg.doc });
      else if (msg.type === 'batch-row') settle(slot, key, { kind: 'row', row: msg.row, error: msg.kind === 'error-document', storageError: msg.storageError });
      else if (msg.type === 'failed') settle(slot, key, { kind: 'failed', message: msg.message, crashed: false });
    };

    const crash = (slot: Slot, w: WorkerLike, message: string) => {
      if (cancelled || w !== slot.worker) return;
      if (cannotStart(w)) return fallBack(message);
      kill(slot); // the next job gets a fresh worker
      if (slot.job) settle(slot, slot.job.key, { kind: 'failed', message, crashed: true });
    };

    const feed = async (slot: Slot): Promise<void> => {
      if (cancelled || slot.retired || (again.length === 0 && next >= jobs.length)) return;
      const index = again.length ? again.pop()! : next++;
      const job = jobs[index]!;
      const jobId = this.nextJobId++;
      const mine = { jobId, key: job.key, index };
      slot.job = mine;
      let bytes: ArrayBuffer | Blob;
      try {
        bytes = await job.load();
        if (!job.store && !(bytes instanceof ArrayBuffer)) bytes = await bytes.arrayBuffer();
      } catch (e) {
        if (!cancelled && slot.job === mine) settle(slot, job.key, { kind: 'failed', message: e instanceof Error ? e.message : String(e), crashed: false });
        return;
      }
      // cancelled, or put back in the queue while it loaded (the pool went to the main thread)
      if (cancelled || slot.job !== mine) return;
      let w: WorkerLike;
      try {
        w = slot.worker ?? spawn(slot);
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        if (cannotStart(null)) return fallBack(message);
        kill(slot);
        settle(slot, job.key, { kind: 'failed', message, crashed: true });
        return;
      }
      try {
        const req: PoolRequest | WorkerRequest = job.store
          ? { type: 'inspect-batch', jobId, name: job.name, bytes, options, store: job.store }
          : { type: 'inspect-bytes', jobId, name: job.name, bytes: bytes as ArrayBuffer, options };
        // the same worker reads both protocols (parse.worker.ts); WorkerLike is typed with the single one
        w.postMessage(req as WorkerRequest, { transfer: bytes instanceof ArrayBuffer ? [bytes] : [] });
      } catch (e) {
        kill(slot);
        settle(slot, job.key, { kind: 'failed', message: e instanceof Error ? e.message : String(e), crashed: true });
      }
    };

    if (jobs.length === 0) finish({ completed: 0, cancelled: false });
    for (const s of slots) void feed(s);

    return {
      done,
      cancel: () => {
        if (cancelled || completed === jobs.length) return;
        cancelled = true;
        for (const s of slots) kill(s);
        finish({ completed, cancelled: true });
      },
    };
  }
}
