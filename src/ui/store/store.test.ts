import { beforeEach, describe, expect, it } from 'vitest';
import { InspectClient } from '../../worker/client';
import { setInspectClient, useGouji } from './store';
import { FakeWorker, fakeDoc as doc } from '../../worker/testing/fake-worker';

let workers: FakeWorker[];

beforeEach(() => {
  workers = [];
  setInspectClient(new InspectClient(() => workers[workers.push(new FakeWorker()) - 1]!));
});

describe('store', () => {
  it('shows the newest input only: a superseded paste never replaces the doc', async () => {
    const a = useGouji.getState().inspectText('a', 'A');
    const b = useGouji.getState().inspectText('b', 'B');
    const jobA = (workers[0]!.posted[0] as { jobId: number }).jobId;
    const jobB = (workers[1]!.posted[0] as { jobId: number }).jobId;
    workers[1]!.reply({ type: 'progress', jobId: jobB, stage: 'checks' });
    expect(useGouji.getState().job).toMatchObject({ state: 'parsing', name: 'B', stage: 'checks' });
    workers[0]!.reply({ type: 'result', jobId: jobA, doc: doc('A'), ms: 1 });
    workers[1]!.reply({ type: 'result', jobId: jobB, doc: doc('B'), ms: 1 });
    await Promise.all([a, b]);
    expect(useGouji.getState().doc?.source.name).toBe('B');
    expect(useGouji.getState().job.state).toBe('done');
  });

  it('an unreadable file keeps the previous doc and records the error', async () => {
    const p = useGouji.getState().inspectBytes('x.bin', new ArrayBuffer(1));
    const jobId = (workers[0]!.posted[0] as { jobId: number }).jobId;
    workers[0]!.reply({ type: 'error-document', jobId, doc: { schema: 'gouji.report/1', error: '不是文本' } });
    await p;
    expect(useGouji.getState()).toMatchObject({ error: '不是文本', errorKind: 'unreadable', job: { state: 'error' } });
  });

  it('an allocation the engine refused gives the out-of-memory failure, and the app goes on', async () => {
    const p = useGouji.getState().inspectText('a', 'A');
    const jobId = (workers[0]!.posted[0] as { jobId: number }).jobId;
    workers[0]!.reply({ type: 'failed', jobId, message: 'Invalid string length', code: 'out-of-memory' });
    await p;
    expect(useGouji.getState()).toMatchObject({ error: 'Invalid string length', errorKind: 'memory', job: { state: 'error' } });
    const q = useGouji.getState().inspectText('b', 'B');
    const next = (workers[0]!.posted[1] as { jobId: number }).jobId;
    workers[0]!.reply({ type: 'result', jobId: next, doc: doc('B'), ms: 1 });
    await q;
    expect(useGouji.getState()).toMatchObject({ errorKind: null, job: { state: 'done' }, doc: { source: { name: 'B' } } });
  });

  it('cancel terminates the worker, keeps the report on screen, and the next input starts a new worker', async () => {
    const first = useGouji.getState().inspectText('a', 'A');
    const job1 = (workers[0]!.posted[0] as { jobId: number }).jobId;
    workers[0]!.reply({ type: 'result', jobId: job1, doc: doc('A'), ms: 5 });
    await first;
    const second = useGouji.getState().inspectText('b', 'B');
    expect(useGouji.getState().job.state).toBe('parsing');
    useGouji.getState().cancel();
    await second;
    expect(workers[0]!.terminated).toBe(true);
    expect(useGouji.getState()).toMatchObject({ job: { state: 'done', name: 'A', ms: 5 }, doc: { source: { name: 'A' } } });
    // a late reply of the cancelled job changes nothing
    const job2 = (workers[0]!.posted[1] as { jobId: number }).jobId;
    workers[0]!.reply({ type: 'result', jobId: job2, doc: doc('B'), ms: 1 });
    expect(useGouji.getState().doc?.source.name).toBe('A');
    void useGouji.getState().inspectText('c', 'C');
    expect(workers).toHaveLength(2);
  });

  it('a paste over the limit is cut before it is sent, and the report says so', async () => {
    const big = 'x'.repeat(10 * 1024 * 1024 + 7);
    const p = useGouji.getState().inspectText(big, 'big');
    const sent = workers[workers.length - 1]!.posted[0] as { jobId: number; text: string };
    expect(sent.text.length).toBe(10 * 1024 * 1024);
    workers[workers.length - 1]!.reply({ type: 'result', jobId: sent.jobId, doc: { ...doc('big'), warnings: [] }, ms: 1 });
    await p;
    expect(useGouji.getState().doc?.warningCodes?.[0]).toEqual({ code: 'input.pasteCut', params: { keptChars: 10485760, totalChars: 10485767, limitChars: 10485760 } });
    expect(useGouji.getState().doc?.warnings?.[0]).toMatch(/只检查了前 10485760 个字符/);
  });

  it('a text file over the limit is read only up to it (file.slice), with a warning', async () => {
    const size = 20 * 1024 * 1024 + 100;
    let sliced: [number, number] | null = null;
    const file = {
      name: 'big.txt',
      size,
      slice(a: number, b: number) {
        if (b > 2048) sliced = [a, b];
        return { arrayBuffer: async () => new ArrayBuffer(Math.min(b, size) - a) };
      },
      arrayBuffer: async () => {
        throw new Error('read whole');
      },
    } as unknown as File;
    const p = useGouji.getState().inspectFile(file);
    await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => setTimeout(r, 0));
    const w = workers[workers.length - 1]!;
    const sent = w.posted[0] as { jobId: number; bytes: ArrayBuffer };
    expect(sliced).toEqual([0, 20 * 1024 * 1024]);
    expect(sent.bytes.byteLength).toBe(20 * 1024 * 1024);
    w.reply({ type: 'result', jobId: sent.jobId, doc: { ...doc('big.txt'), warnings: [] }, ms: 1 });
    await p;
    expect(useGouji.getState().doc?.warningCodes?.[0]).toEqual({ code: 'decode.fileCut', params: { keptBytes: 20 * 1024 * 1024, totalBytes: size } });
  });

  it('remembers the language', () => {
    useGouji.getState().setLang('en');
    expect(useGouji.getState().lang).toBe('en');
  });
});
