// A worker thread of the command line's pool: runs its jobs one at a time, in the order they
// came (job.ts); the pool keeps the next one queued here. The core, and the lexicon it loads
// lazily on first use, are loaded once per thread.
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type Job, type JobOptions } from './job';

const opts = workerData as JobOptions;
const port = parentPort;
if (port) {
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (job: Job) => {
    queue = queue.then(() =>
      runJob(job, opts).then(
        (r) => port.postMessage({ ok: true, result: r }),
        (e: unknown) => port.postMessage({ ok: false, index: job.index, message: e instanceof Error ? e.message : String(e) }),
      ),
    );
  });
}
