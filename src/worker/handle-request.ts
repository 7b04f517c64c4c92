// The worker's logic without worker globals: one request in, progress and one reply out.
// Progress is the core's onStage callback. In a worker, cancel terminates the worker; on the
// main thread (main-thread.ts) `signal` stops the core at its next stage and `pause` yields to
// the page between stages.
import { inspectBytes, inspectText, isErrorDocument, type InspectOptions, type StopSignal } from '../core/inspect';
import type { WorkerRequest, WorkerResponse } from './protocol';

export interface RunOptions {
  signal?: StopSignal;
  /** awaited after each stage's progress is posted */
  pause?: () => Promise<void>;
}

export async function handleRequest(req: WorkerRequest, post: (r: WorkerResponse) => void, run: RunOptions = {}): Promise<void> {
  const { jobId } = req;
  const t0 = performance.now();
  const options: InspectOptions = {
    ...req.options,
    signal: run.signal,
    onStage: async (stage) => {
      post({ type: 'progress', jobId, stage });
      await run.pause?.();
    },
  };
  try {
    if (req.type === 'inspect-bytes') {
      const doc = await inspectBytes(new Uint8Array(req.bytes), req.name, options);
      if (isErrorDocument(doc)) post({ type: 'error-document', jobId, doc });
      else post({ type: 'result', jobId, doc, ms: performance.now() - t0 });
    } else {
      const source = { name: req.name ?? 'pasted text', bytes: 0, encoding: 'utf-8' as const, kind: 'text' as const };
      const doc = await inspectText(req.text, source, options);
      post({ type: 'result', jobId, doc, ms: performance.now() - t0 });
    }
  } catch (e) {
    post({ type: 'failed', jobId, message: e instanceof Error ? e.message : String(e) });
  }
}
