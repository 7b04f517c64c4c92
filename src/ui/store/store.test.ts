import { beforeEach, describe, expect, it } from 'vitest';
import { InspectClient } from '../../worker/client';
import { setInspectClient, useGouji } from './store';
import { FakeWorker, fakeDoc as doc } from '../../worker/fake-worker.testing';

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

  it('remembers the language', () => {
    useGouji.getState().setLang('en');
    expect(useGouji.getState().lang).toBe('en');
  });
});
