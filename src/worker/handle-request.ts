// The worker's logic without worker globals: one request in, progress and one reply out.
// Progress stages come from the core's between-stage hook (shouldStop), which the pipeline
// calls after each stage; the worker is terminated to cancel, so nothing else listens here.
import { inspectBytes, inspectText, isErrorDocument } from '../core/inspect';
import type { WorkerRequest, WorkerResponse } from './protocol';

/** Stage names in the order the core passes its stop hook (see core/inspect.ts). */
export const STAGES = ['decode', 'structure', 'checks', 'garbles', 'finish'] as const;
export type Stage = (typeof STAGES)[number];

export async function handleRequest(req: WorkerRequest, post: (r: WorkerResponse) => void): Promise<void> {
  if (req.type === 'cancel') return;
  const { jobId } = req;
  const t0 = performance.now();
  let hook = 0;
  const progress = (stage: Stage) => post({ type: 'progress', jobId, stage });
  const options = {
    ...req.options,
    shouldStop: () => {
      hook = Math.min(hook + 1, STAGES.length - 1);
      progress(STAGES[hook]!);
      return false;
    },
  };
  try {
    progress(req.type === 'inspect-bytes' ? 'decode' : 'structure');
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
