// A worker thread of the command line's pool: runs one job at a time (job.ts). The core, and
// the lexicon it loads lazily on first use, are loaded once per thread.
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type Job, type JobOptions } from './job';

const opts = workerData as JobOptions;
const port = parentPort;
if (port) {
  port.on('message', (job: Job) => {
    runJob(job, opts).then(
      (r) => port.postMessage({ ok: true, result: r }),
      (e: unknown) => port.postMessage({ ok: false, index: job.index, message: e instanceof Error ? e.message : String(e) }),
    );
  });
}
