// The typed messages between the UI and the parsing worker. Every request carries a jobId;
// the UI drops any reply whose jobId is not the job it is waiting for (stale results).
import type { ErrorDocument, ReportDocument } from '../core/types';
import type { GarbleOptions } from '../core/garbles';

export type WorkerRequest =
  | { type: 'inspect-bytes'; jobId: number; name: string; bytes: ArrayBuffer; options?: { garbles?: GarbleOptions } }
  | { type: 'inspect-text'; jobId: number; text: string; name?: string; options?: { garbles?: GarbleOptions } }
  | { type: 'cancel'; jobId: number };

export type WorkerResponse =
  | { type: 'progress'; jobId: number; stage: string }
  | { type: 'result'; jobId: number; doc: ReportDocument; ms: number }
  | { type: 'error-document'; jobId: number; doc: ErrorDocument }
  | { type: 'failed'; jobId: number; message: string }
  /** the worker holds its life lock (sent once, from inside the lock; no job: jobId -1) */
  | { type: 'lock-held'; jobId: -1 };
