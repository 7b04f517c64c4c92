import { describe, expect, it } from 'vitest';
import { MainThreadWorker } from './main-thread';
import type { WorkerResponse } from './protocol';

const text = '某某局2020年政府信息公开工作年度报告\n一、总体情况\n本机关主动公开信息12条。';

function listen(w: MainThreadWorker): WorkerResponse[] {
  const got: WorkerResponse[] = [];
  w.addEventListener('message', ((e: { data: WorkerResponse }) => got.push(e.data)) as (e: never) => void);
  return got;
}

const until = async (cond: () => boolean) => {
  for (let i = 0; i < 2000 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
};

// these inspect a real text: a generous timeout for a loaded machine
describe('MainThreadWorker (the fallback when no worker starts)', { timeout: 60_000 }, () => {
  it('says ready, reports each stage, then the result', async () => {
    const w = new MainThreadWorker();
    const got = listen(w);
    await until(() => got.length > 0);
    expect(got[0]).toEqual({ type: 'ready', jobId: -1 });
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker's postMessage has no target origin
    w.postMessage({ type: 'inspect-text', jobId: 3, text });
    await until(() => got.at(-1)?.type === 'result');
    expect(got.filter((m) => m.type === 'progress').map((m) => m.type === 'progress' && m.stage)).toEqual(['structure', 'garbles', 'checks', 'finish']);
    expect(got.at(-1)).toMatchObject({ type: 'result', jobId: 3 });
  });

  it('terminate really stops the core at its next stage: nothing more arrives', async () => {
    const w = new MainThreadWorker();
    const got = listen(w);
    // terminated as the first stage is reported, before the pipeline goes on
    w.addEventListener('message', ((e: { data: WorkerResponse }) => e.data.type === 'progress' && w.terminate()) as (e: never) => void);
    await until(() => got.length > 0);
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker's postMessage has no target origin
    w.postMessage({ type: 'inspect-text', jobId: 4, text });
    await until(() => got.some((m) => m.type === 'progress'));
    await new Promise((r) => setTimeout(r, 300));
    expect(got.map((m) => m.type)).toEqual(['ready', 'progress']);
  });
});
