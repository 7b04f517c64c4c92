import { describe, expect, it } from 'vitest';
import { InspectPool, defaultPoolSize, type PoolOutcome } from './pool';
import { FakeWorker, fakeDoc as doc } from './testing/fake-worker';
import type { PoolRequest } from './pool-protocol';
import type { BatchRow } from './batch-row';

const tick = () => new Promise((r) => setTimeout(r, 0));

function setup(size: number) {
  const workers: FakeWorker[] = [];
  const pool = new InspectPool(size, () => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
  return { pool, workers };
}

const jobs = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `k${i}`, name: `f${i}.txt`, load: async () => new ArrayBuffer(i + 1) }));

/** answer whatever each live worker was last given */
function answerAll(workers: FakeWorker[]) {
  for (const w of workers) {
    const m = w.posted.at(-1);
    if (!w.terminated && m && m.type === 'inspect-bytes') w.reply({ type: 'result', jobId: m.jobId, doc: doc(m.name), ms: 1 });
  }
}

describe('InspectPool', () => {
  it('leaves a core to the page, at least one worker', () => {
    expect(defaultPoolSize(8)).toBe(7);
    expect(defaultPoolSize(2)).toBe(1);
    expect(defaultPoolSize(1)).toBe(1);
    expect(defaultPoolSize(undefined)).toBe(1);
  });

  it('runs every job on at most `size` workers, one job each at a time', async () => {
    const { pool, workers } = setup(2);
    const got: string[] = [];
    const run = pool.run(jobs(5), (k) => got.push(k));
    await tick();
    expect(workers.length).toBe(2);
    expect(workers.map((w) => w.posted.length)).toEqual([1, 1]);
    for (let i = 0; i < 3; i++) {
      answerAll(workers);
      await tick();
    }
    expect(await run.done).toEqual({ completed: 5, cancelled: false });
    expect(got.sort()).toEqual(['k0', 'k1', 'k2', 'k3', 'k4']);
    expect(workers.length).toBe(2);
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('a crash fails that job only; the next job gets a fresh worker', async () => {
    const { pool, workers } = setup(1);
    const got: [string, PoolOutcome['kind']][] = [];
    const run = pool.run(jobs(2), (k, o) => got.push([k, o.kind]));
    await tick();
    workers[0]!.crash('out of memory');
    await tick();
    expect(workers.length).toBe(2);
    answerAll(workers);
    await run.done;
    expect(got).toEqual([['k0', 'failed'], ['k1', 'result']]);
  });

  it('cancel terminates every worker and ignores late replies', async () => {
    const { pool, workers } = setup(3);
    const got: string[] = [];
    const run = pool.run(jobs(10), (k) => got.push(k));
    await tick();
    run.cancel();
    answerAll(workers);
    expect(await run.done).toEqual({ completed: 0, cancelled: true });
    expect(workers.every((w) => w.terminated)).toBe(true);
    expect(got).toEqual([]);
  });

  it('a load failure is that job\'s outcome', async () => {
    const { pool } = setup(1);
    const got: PoolOutcome[] = [];
    await pool.run([{ key: 'x', name: 'x', load: async () => { throw new Error('gone'); } }], (_k, o) => got.push(o)).done;
    expect(got).toEqual([{ kind: 'failed', message: 'gone', crashed: false }]);
  });
});

describe('InspectPool with batch members', () => {
  it('sends inspect-batch with the store target and passes the row through', async () => {
    const { pool, workers } = setup(1);
    const got: PoolOutcome[] = [];
    const store = { key: 'k0', order: 0, path: 'a/f0.txt', keepInput: true };
    const run = pool.run([{ ...jobs(1)[0]!, store }], (_k, o) => got.push(o));
    await tick();
    const m = workers[0]!.posted[0] as unknown as PoolRequest;
    expect(m.type).toBe('inspect-batch');
    expect(m.store).toEqual(store);
    const row = { path: 'a/f0.txt', row: {}, chain: {}, ms: 3, fails: [] } as unknown as BatchRow;
    workers[0]!.reply({ type: 'batch-row', jobId: m.jobId, kind: 'result', row, storageError: null } as never);
    await run.done;
    expect(got).toEqual([{ kind: 'row', row, error: false, storageError: null }]);
  });

  it('a File goes to a batch member\'s worker as it is; a single job still gets bytes', async () => {
    const { pool, workers } = setup(1);
    const file = new Blob(['甲']);
    const store = { key: 'k0', order: 0, path: 'f.txt', keepInput: true };
    void pool.run([{ key: 'k0', name: 'f.txt', load: async () => file, store }, { key: 'k1', name: 'g.txt', load: async () => file }], () => {});
    await tick();
    expect((workers[0]!.posted[0] as unknown as PoolRequest).bytes).toBe(file);
    workers[0]!.reply({ type: 'batch-row', jobId: workers[0]!.posted[0]!.jobId, kind: 'result', row: {} as BatchRow, storageError: null } as never);
    await new Promise((r) => setTimeout(r, 20));
    const second = workers[0]!.posted[1] as { type: string; bytes: unknown };
    expect(second.type).toBe('inspect-bytes');
    expect(second.bytes).toBeInstanceOf(ArrayBuffer);
  });
});

/** a pool whose workers fail as `start` says, and whose main-thread stand-ins are recorded */
function failing(size: number, start: (w: FakeWorker) => void) {
  const workers: FakeWorker[] = [];
  const onPage: FakeWorker[] = [];
  const pool = new InspectPool(
    size,
    () => {
      const w = new FakeWorker({ ready: false });
      workers.push(w);
      start(w);
      return w;
    },
    undefined,
    () => {
      const w = new FakeWorker();
      onPage.push(w);
      return w;
    },
  );
  const reasons: string[] = [];
  pool.onMainThread = (r) => reasons.push(r);
  return { pool, workers, onPage, reasons };
}

async function runAll(pool: InspectPool, onPage: FakeWorker[], n: number) {
  const got: [string, PoolOutcome['kind']][] = [];
  const run = pool.run(jobs(n), (k, o) => got.push([k, o.kind]));
  for (let i = 0; i < n + 2; i++) {
    await tick();
    answerAll(onPage);
  }
  return { got, result: await run.done };
}

describe('InspectPool where workers cannot start', () => {
  it('a constructor that throws: every job runs on the page, one at a time, in order', async () => {
    const { pool, onPage, reasons } = failing(3, () => {
      throw new DOMException('Workers are disabled', 'SecurityError');
    });
    const { got, result } = await runAll(pool, onPage, 4);
    expect(result).toEqual({ completed: 4, cancelled: false });
    expect(got).toEqual([['k0', 'result'], ['k1', 'result'], ['k2', 'result'], ['k3', 'result']]);
    expect(reasons).toEqual(['Workers are disabled']);
    expect(pool.mainThread).toBe('Workers are disabled');
    // one runner on the page: never two jobs at once
    expect(onPage).toHaveLength(1);
  });

  it('a worker whose script fails before it is ready: its job is put back, not failed', async () => {
    const { pool, workers, onPage, reasons } = failing(2, (w) => queueMicrotask(() => w.crash('blocked')));
    const { got } = await runAll(pool, onPage, 3);
    expect(got.map(([, kind]) => kind)).toEqual(['result', 'result', 'result']);
    expect(got.map(([k]) => k).sort()).toEqual(['k0', 'k1', 'k2']);
    expect(reasons).toEqual(['blocked']);
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('once a worker was ready, a later failure is a crash of that job (no fallback)', async () => {
    let n = 0;
    const { pool, workers, onPage, reasons } = failing(1, (w) => {
      if (n++ === 0) queueMicrotask(() => w.start());
    });
    const got: [string, PoolOutcome['kind']][] = [];
    const run = pool.run(jobs(2), (k, o) => got.push([k, o.kind]));
    await tick();
    workers[0]!.crash('out of memory');
    await tick();
    workers[1]!.start();
    answerAll(workers);
    await run.done;
    expect(got).toEqual([['k0', 'failed'], ['k1', 'result']]);
    expect(reasons).toEqual([]);
    expect(onPage).toHaveLength(0);
  });

  it('cancel on the page stops the runner', async () => {
    const { pool, onPage } = failing(2, () => {
      throw new Error('no');
    });
    const run = pool.run(jobs(3), () => {});
    await tick();
    await tick();
    run.cancel();
    expect(await run.done).toEqual({ completed: 0, cancelled: true });
    expect(onPage.every((w) => w.terminated)).toBe(true);
  });
});
