// Thin adapter: messages in, core pipeline, messages out. All logic is in handle-request.ts.
import { handleRequest } from './handle-request';
import type { WorkerRequest, WorkerResponse } from './protocol';

// oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker's postMessage has no target origin
const post = (r: WorkerResponse) => self.postMessage(r);
self.addEventListener('message', (e: MessageEvent<WorkerRequest>) => void handleRequest(e.data, post));
