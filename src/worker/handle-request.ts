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

/**
 * The allocation failures an engine lets a script catch: a buffer, string or array too large to
 * make (V8: "Array buffer allocation failed", "Invalid string length", "Invalid array length";
 * Firefox: "out of memory", "allocation size overflow"). An exhausted heap is not one of them:
 * V8 ends the whole process then (see README, limits).
 */
export function isOutOfMemory(e: unknown): boolean {
  return e instanceof Error && /allocation failed|invalid (string|array|typed array) length|out of memory|allocation size overflow/i.test(e.message);
}

export async function handleRequest(req: WorkerRequest, post: (r: WorkerResponse) => void, run: RunOptions = {}): Promise<void> {
  const { jobId } = req;
  const t0 = performance.now();
  const options: InspectOptions = {
    ...(req.type === 'recheck' ? {} : req.options),
    signal: run.signal,
    onStage: async (stage) => {
      post({ type: 'progress', jobId, stage });
      await run.pause?.();
    },
  };
  try {
    if (req.type === 'recheck') {
      const { recheck } = await import('../core/checks/corrections');
      post({ type: 'rechecked', jobId, checks: recheck(req, req.tables) });
    } else if (req.type === 'inspect-bytes') {
      const doc = await inspectBytes(new Uint8Array(req.bytes), req.name, options);
      if (isErrorDocument(doc)) post({ type: 'error-document', jobId, doc });
      else post({ type: 'result', jobId, doc, ms: performance.now() - t0 });
    } else {
      const source = { name: req.name ?? 'pasted text', bytes: 0, encoding: 'utf-8' as const, kind: 'text' as const };
      const doc = await inspectText(req.text, source, options);
      post({ type: 'result', jobId, doc, ms: performance.now() - t0 });
    }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    post(isOutOfMemory(e) ? { type: 'failed', jobId, message, code: 'out-of-memory' } : { type: 'failed', jobId, message });
  }
}
