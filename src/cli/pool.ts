// Runs jobs on N worker threads (or on this thread when N is 1): each thread takes the next
// job when it is free. A thread that dies (a crash, out of memory) costs its one report — it
// gets an error row — and a fresh thread takes its place.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { batchItem } from '../core/batch';
import { errorDocument, fail } from '../core/diagnostics';
import type { Job, JobOptions, JobResult } from './job';

export interface Runner {
  /** worker threads in use; 0 when jobs run on this thread */
  readonly threads: number;
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
  private pending: { job: Job; resolve: (r: JobResult) => void } | null = null;

  constructor(private readonly url: URL, private readonly opts: JobOptions) {
    this.worker = this.spawn();
  }

  private spawn(): Worker {
    const w = new Worker(this.url, { workerData: this.opts });
    w.on('message', (m: Reply) => {
      if (w !== this.worker) return;
      const p = this.pending;
      this.pending = null;
      if (!p) return;
      p.resolve(m.ok ? m.result : crashed(p.job, m.message));
    });
    const fail = (why: string) => {
      // a replaced thread's late 'exit' must not touch the job of the thread that replaced it
      if (w !== this.worker) return;
      const p = this.pending;
      this.pending = null;
      if (p) {
        this.worker = this.spawn();
        p.resolve(crashed(p.job, why));
      }
    };
    w.on('error', (e) => fail(e.message));
    w.on('exit', (code) => fail(`exit ${code}`));
    return w;
  }

  run(job: Job): Promise<JobResult> {
    return new Promise((resolve) => {
      this.pending = { job, resolve };
      // A zip member's bytes move to the thread instead of being copied.
      const transfer = job.bytes ? [job.bytes.buffer as ArrayBuffer] : [];
      this.worker.postMessage(job, transfer);
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    w.removeAllListeners('exit');
    await w.terminate();
  }
}

class Pool implements Runner {
  private readonly free: Thread[];
  private readonly waiting: ((t: Thread) => void)[] = [];
  private readonly all: Thread[];
  readonly threads: number;

  constructor(url: URL, opts: JobOptions, size: number) {
    this.all = Array.from({ length: size }, () => new Thread(url, opts));
    this.free = [...this.all];
    this.threads = size;
  }

  private take(): Promise<Thread> {
    const t = this.free.pop();
    return t ? Promise.resolve(t) : new Promise((resolve) => this.waiting.push(resolve));
  }

  private give(t: Thread): void {
    const w = this.waiting.shift();
    if (w) w(t);
    else this.free.push(t);
  }

  async run(job: Job): Promise<JobResult> {
    const t = await this.take();
    try {
      return await t.run(job);
    } finally {
      this.give(t);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((t) => t.close()));
  }
}

/** `size` threads when the built worker exists and size > 1; otherwise this thread */
export function makeRunner(opts: JobOptions, size: number): Runner {
  const url = size > 1 ? workerUrl() : null;
  return url ? new Pool(url, opts, size) : new InProcess(opts);
}
