// Runs jobs on N worker threads (or on this thread when N is 1). Each thread is kept DEPTH jobs
// ahead: it runs them one after the other, and the next is already in its queue when one ends,
// so a thread never waits for this thread (listing, progress) between reports of a few ms.
// A thread that dies (a crash, out of memory) costs the report it was running — it gets an
// error row — and a fresh thread takes its place and the jobs queued behind it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { batchItem } from '../core/batch';
import { errorDocument, fail } from '../core/diagnostics';
import type { Job, JobOptions, JobResult } from './job';

/** jobs queued per worker thread (the one running and the next) */
export const DEPTH = 2;

export interface Runner {
  /** worker threads in use; 0 when jobs run on this thread */
  readonly threads: number;
  /** how many jobs to keep in flight at once */
  readonly lanes: number;
  run(job: Job): Promise<JobResult>;
  close(): Promise<void>;
}

/** the built worker beside this module (dist-cli/), or null when running from TypeScript sources */
export function workerUrl(): URL | null {
  const url = new URL('./worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
}

function crashed(job: Job, why: string): JobResult {
  const doc = errorDocument(fail('inspect.threadStopped', { detail: why }), { name: job.base });
  return { index: job.index, ...batchItem(doc, job.file, job.json) };
}

class InProcess implements Runner {
  readonly threads = 0;
  readonly lanes = 1;
  constructor(private readonly opts: JobOptions) {}
  async run(job: Job): Promise<JobResult> {
    // the inspecting core loads only where it runs: here, or in each worker thread
    const { runJob } = await import('./job');
    return runJob(job, this.opts);
  }
  async close(): Promise<void> {}
}

type Reply = { ok: true; result: JobResult } | { ok: false; index: number; message: string };

class Thread {
  private worker: Worker;
  /** in the order posted: the worker runs them in that order, the first is the one running */
  private pending: { job: Job; resolve: (r: JobResult) => void }[] = [];

  constructor(private readonly url: URL, private readonly opts: JobOptions) {
    this.worker = this.spawn();
  }

  get inFlight(): number {
    return this.pending.length;
  }

  private spawn(): Worker {
    const w = new Worker(this.url, { workerData: this.opts });
    w.on('message', (m: Reply) => {
      if (w !== this.worker) return;
      const index = m.ok ? m.result.index : m.index;
      const at = this.pending.findIndex((p) => p.job.index === index);
      if (at < 0) return;
      const [p] = this.pending.splice(at, 1);
      p!.resolve(m.ok ? m.result : crashed(p!.job, m.message));
    });
    const stopped = (why: string) => {
      // a replaced thread's late 'exit' must not touch the jobs of the thread that replaced it
      if (w !== this.worker) return;
      const [running, ...queued] = this.pending;
      this.pending = [];
      if (running) {
        this.worker = this.spawn();
        running.resolve(crashed(running.job, why));
        // the jobs queued behind it never started: the fresh thread runs them, unless their
        // bytes (a zip member's) went to the dead thread (a moved buffer reads as empty)
        for (const q of queued) {
          if (q.job.bytes !== undefined && q.job.bytes.byteLength === 0) q.resolve(crashed(q.job, why));
          else this.post(q.job, q.resolve);
        }
      }
    };
    w.on('error', (e) => stopped(e.message));
    w.on('exit', (code) => stopped(`exit ${code}`));
    return w;
  }

  private post(job: Job, resolve: (r: JobResult) => void): void {
    this.pending.push({ job, resolve });
    // A zip member's bytes move to the thread instead of being copied (so a job is posted once).
    const transfer = job.bytes ? [job.bytes.buffer as ArrayBuffer] : [];
    this.worker.postMessage(job, transfer);
  }

  run(job: Job): Promise<JobResult> {
    return new Promise((resolve) => this.post(job, resolve));
  }

  async close(): Promise<void> {
    const w = this.worker;
    w.removeAllListeners('exit');
    await w.terminate();
  }
}

class Pool implements Runner {
  private readonly waiting: (() => void)[] = [];
  private readonly all: Thread[];
  readonly threads: number;
  readonly lanes: number;

  constructor(url: URL, opts: JobOptions, size: number) {
    this.all = Array.from({ length: size }, () => new Thread(url, opts));
    this.threads = size;
    this.lanes = size * DEPTH;
  }

  /** the thread with the fewest jobs, once one has room */
  private async take(): Promise<Thread> {
    for (;;) {
      const t = this.all.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
      if (t.inFlight < DEPTH) return t;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  async run(job: Job): Promise<JobResult> {
    const t = await this.take();
    try {
      return await t.run(job);
    } finally {
      this.waiting.shift()?.();
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((t) => t.close()));
  }
}

/** `size` threads running the worker at `url` (tests give their own) */
export function threadPool(url: URL, opts: JobOptions, size: number): Runner {
  return new Pool(url, opts, size);
}

/**
 * `size` threads when the built worker exists and size > 1 (or `threads`: also for one job, so a
 * benchmark can compare one worker thread with two); otherwise this thread.
 */
export function makeRunner(opts: JobOptions, size: number, threads = size > 1): Runner {
  const url = threads ? workerUrl() : null;
  return url ? new Pool(url, opts, size) : new InProcess(opts);
}
