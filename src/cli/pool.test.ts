import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEPTH, threadPool } from './pool';
import type { Job, JobOptions } from './job';

// A stand-in worker: answers each job in order after a short while, and dies on a job named
// "crash" (as a thread out of memory would), so the pool's queueing can be watched.
const WORKER = `
import { parentPort } from 'node:worker_threads';
let queue = Promise.resolve();
parentPort.on('message', (job) => {
  queue = queue.then(async () => {
    await new Promise((r) => setTimeout(r, 20));
    if (job.base === 'crash') process.exit(3);
    parentPort.postMessage({ ok: true, result: { index: job.index, row: { file: job.file, error: null, thread: process.pid }, chain: null } });
  });
});
`;

const opts: JobOptions = { out: null, text: false, garbles: 'precise', print: false };
const job = (index: number, base = `r${index}`): Job => ({ index, file: `${base}.txt`, base, json: null, path: `/nowhere/${base}.txt` });

describe('the command line\'s thread pool', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gouji-pool-'));
  writeFileSync(join(dir, 'worker.mjs'), WORKER);
  const url = pathToFileURL(join(dir, 'worker.mjs'));

  it('keeps every thread DEPTH jobs ahead and answers each job', async () => {
    const pool = threadPool(url, opts, 2);
    expect(pool.lanes).toBe(2 * DEPTH);
    const results = await Promise.all(Array.from({ length: 9 }, (_, i) => pool.run(job(i))));
    await pool.close();
    expect(results.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(results.every((r) => r.row.error === null)).toBe(true);
  });

  it('a dead thread costs the job it ran; the job queued behind it runs on a fresh thread', async () => {
    const pool = threadPool(url, opts, 1);
    const [crashed, queued] = await Promise.all([pool.run(job(0, 'crash')), pool.run(job(1))]);
    const after = await pool.run(job(2));
    await pool.close();
    expect(crashed.row.error).toBeTruthy();
    expect(queued.row.error).toBeNull();
    expect(after.row.error).toBeNull();
  });
});
