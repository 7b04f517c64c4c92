import { describe, expect, it } from 'vitest';
import { InspectClient } from './client';
import { FakeWorker, fakeDoc as doc } from './testing/fake-worker';

function setup() {
  const workers: FakeWorker[] = [];
  const client = new InspectClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
  return { client, workers };
}

describe('InspectClient', () => {
  it('resolves the current job with its result and forwards progress', async () => {
    const { client, workers } = setup();
    const stages: string[] = [];
    const { jobId, done } = client.inspect({ kind: 'text', text: 'x' }, (s) => stages.push(s));
    workers[0]!.reply({ type: 'progress', jobId, stage: 'checks' });
    workers[0]!.reply({ type: 'result', jobId, doc: doc('a'), ms: 3 });
    const o = await done;
    expect(o.kind).toBe('result');
    expect(stages).toEqual(['checks']);
  });

  it('drops a reply whose jobId is not the current job', async () => {
    const { client, workers } = setup();
    const first = client.inspect({ kind: 'text', text: 'old' });
    // Same worker still alive in this fake if the first job was not in flight — force that
    // case by resolving nothing and replying with a made-up stale id.
    workers[0]!.reply({ type: 'result', jobId: first.jobId + 100, doc: doc('stale'), ms: 1 });
    let settled = false;
    void first.done.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    workers[0]!.reply({ type: 'result', jobId: first.jobId, doc: doc('fresh'), ms: 1 });
    const o = await first.done;
    expect(o.kind === 'result' && o.doc.source.name).toBe('fresh');
  });

  it('a new input supersedes the job in flight: old worker terminated, old reply ignored', async () => {
    const { client, workers } = setup();
    const a = client.inspect({ kind: 'text', text: 'a' });
    const b = client.inspect({ kind: 'text', text: 'b' });
    expect(await a.done).toEqual({ kind: 'superseded' });
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    // a late message from the terminated worker for job a, and a stale id on the new one
    workers[0]!.reply({ type: 'result', jobId: a.jobId, doc: doc('a'), ms: 1 });
    workers[1]!.reply({ type: 'result', jobId: a.jobId, doc: doc('a'), ms: 1 });
    workers[1]!.reply({ type: 'result', jobId: b.jobId, doc: doc('b'), ms: 1 });
    const o = await b.done;
    expect(o.kind === 'result' && o.doc.source.name).toBe('b');
  });

  it('a recheck runs in the worker; a newer recheck drops the older reply without stopping the worker', async () => {
    const { client, workers } = setup();
    const input = { text: 't', meta: doc('a').meta, sections: [], tables: doc('a').tables };
    const a = client.recheck(input);
    const b = client.recheck(input);
    expect(await a.done).toEqual({ kind: 'superseded' });
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(false);
    expect(workers[0]!.posted.map((m) => m.type)).toEqual(['recheck', 'recheck']);
    workers[0]!.reply({ type: 'rechecked', jobId: a.jobId, checks: [] });
    workers[0]!.reply({ type: 'rechecked', jobId: b.jobId, checks: doc('b').checks });
    expect(await b.done).toEqual({ kind: 'rechecked', checks: doc('b').checks });
  });

  it('a recheck never stops an inspection in flight (the new document replaces the corrected one anyway)', async () => {
    const { client, workers } = setup();
    const inspection = client.inspect({ kind: 'text', text: 'new' });
    const r = client.recheck({ text: 't', meta: doc('a').meta, sections: [], tables: doc('a').tables });
    expect(await r.done).toEqual({ kind: 'superseded' });
    workers[0]!.reply({ type: 'result', jobId: inspection.jobId, doc: doc('new'), ms: 1 });
    expect((await inspection.done).kind).toBe('result');
  });

  it('a crash fails the job and the next input starts a fresh worker', async () => {
    const { client, workers } = setup();
    const a = client.inspect({ kind: 'bytes', name: 'x.pdf', bytes: new ArrayBuffer(4) });
    workers[0]!.crash('boom');
    expect(await a.done).toEqual({ kind: 'failed', message: 'boom', crashed: true });
    expect(workers[0]!.terminated).toBe(true);
    const b = client.inspect({ kind: 'text', text: 'ok' });
    expect(workers).toHaveLength(2);
    expect(workers[1]!.posted[0]).toMatchObject({ type: 'inspect-text', jobId: b.jobId, text: 'ok' });
    workers[1]!.reply({ type: 'result', jobId: b.jobId, doc: doc('ok'), ms: 1 });
    expect((await b.done).kind).toBe('result');
  });

  it('messageerror counts as a crash', async () => {
    const { client, workers } = setup();
    const a = client.inspect({ kind: 'text', text: 'a' });
    workers[0]!.emit('messageerror', {});
    expect(await a.done).toMatchObject({ kind: 'failed', crashed: true });
  });

  it('a worker that reports failure keeps running (no restart)', async () => {
    const { client, workers } = setup();
    const a = client.inspect({ kind: 'text', text: 'a' });
    workers[0]!.reply({ type: 'failed', jobId: a.jobId, message: 'bad input' });
    expect(await a.done).toEqual({ kind: 'failed', message: 'bad input', crashed: false });
    client.inspect({ kind: 'text', text: 'b' });
    expect(workers).toHaveLength(1);
  });

  it('a coded out-of-memory failure is passed through as such', async () => {
    const { client, workers } = setup();
    const a = client.inspect({ kind: 'text', text: 'a' });
    workers[0]!.reply({ type: 'failed', jobId: a.jobId, message: 'Array buffer allocation failed', code: 'out-of-memory' });
    expect(await a.done).toEqual({ kind: 'failed', message: 'Array buffer allocation failed', crashed: false, outOfMemory: true });
  });

  it('an error document is passed through', async () => {
    const { client, workers } = setup();
    const a = client.inspect({ kind: 'bytes', name: 'e.bin', bytes: new ArrayBuffer(0) });
    workers[0]!.reply({ type: 'error-document', jobId: a.jobId, doc: { schema: 'gouji.report/1', error: '文件为空' } });
    expect(await a.done).toMatchObject({ kind: 'error-document', doc: { error: '文件为空' } });
  });

  it('a worker that cannot be made runs the job on the main thread, with the same core', async () => {
    const reasons: string[] = [];
    const client = new InspectClient(() => {
      throw new Error('no workers here');
    });
    client.onMainThread = (r) => reasons.push(r);
    const stages: string[] = [];
    const a = client.inspect({ kind: 'text', text: '某某局2020年政府信息公开工作年度报告' }, (s) => stages.push(s));
    const o = await a.done;
    expect(o).toMatchObject({ kind: 'result', doc: { schema: 'gouji.report/1', source: { name: 'pasted text' } } });
    expect(stages).toEqual(['structure', 'garbles', 'checks', 'finish']);
    expect(client.mainThread).toBe('no workers here');
    // the next job stays on the main thread, and the page is told once
    expect((await client.inspect({ kind: 'text', text: 'x' }).done).kind).toBe('result');
    expect(reasons).toEqual(['no workers here']);
  }, 60_000);

  it('a worker whose script fails before it is ready never gets the request: the main thread runs it', async () => {
    const dead = new FakeWorker({ ready: false });
    const client = new InspectClient(() => dead);
    const a = client.inspect({ kind: 'bytes', name: 'a.txt', bytes: new TextEncoder().encode('某某局2020年政府信息公开工作年度报告').buffer as ArrayBuffer });
    expect(dead.posted).toEqual([]);
    dead.crash('script blocked');
    const o = await a.done;
    expect(o).toMatchObject({ kind: 'result', doc: { source: { name: 'a.txt' } } });
    expect(client.mainThread).toBe('script blocked');
  }, 60_000);

  it('a request waits for the worker to be ready, then is posted', () => {
    const w = new FakeWorker({ ready: false });
    const client = new InspectClient(() => w);
    const a = client.inspect({ kind: 'text', text: 'a' });
    expect(w.posted).toEqual([]);
    w.start();
    expect(w.posted).toMatchObject([{ type: 'inspect-text', jobId: a.jobId }]);
    expect(client.mainThread).toBeNull();
  });

  it('if the main thread cannot load the core either, the job fails (no loop)', async () => {
    const client = new InspectClient(
      () => {
        throw new Error('no workers');
      },
      undefined,
      () => {
        throw new Error('no core either');
      },
    );
    expect(await client.inspect({ kind: 'text', text: 'a' }).done).toEqual({ kind: 'failed', message: 'no core either', crashed: true });
  });
});
