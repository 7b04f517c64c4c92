// The typed messages between the UI and the parsing worker. Every request carries a jobId;
// the UI drops any reply whose jobId is not the job it is waiting for (stale results).
// The UI cancels by terminating the worker, so there is no cancel message.
import type { Check, ErrorDocument, Meta, ReportDocument, Section, Tables } from '../core/types';
import type { GarbleOptions } from '../core/garbles';
import type { InspectStage } from '../core/inspect';

export type WorkerRequest =
  | { type: 'inspect-bytes'; jobId: number; name: string; bytes: ArrayBuffer; options?: { garbles?: GarbleOptions } }
  | { type: 'inspect-text'; jobId: number; text: string; name?: string; options?: { garbles?: GarbleOptions } }
  /** the checks again on tables a person corrected (the text's context is made here, not on the page) */
  | { type: 'recheck'; jobId: number; text: string; meta: Meta; sections: Section[]; tables: Tables };

export type WorkerResponse =
  /** the worker's script has loaded and listens (sent once, first; no job: jobId -1) */
  | { type: 'ready'; jobId: -1 }
  /** the core entered a stage (its onStage callback) */
  | { type: 'progress'; jobId: number; stage: InspectStage }
  | { type: 'result'; jobId: number; doc: ReportDocument; ms: number }
  /** the reply to 'recheck' */
  | { type: 'rechecked'; jobId: number; checks: Check[] }
  | { type: 'error-document'; jobId: number; doc: ErrorDocument }
  /** `code` 'out-of-memory': an allocation the engine refused (a RangeError it lets us catch) */
  | { type: 'failed'; jobId: number; message: string; code?: 'out-of-memory' }
  /** the worker holds its life lock (sent once, from inside the lock; no job: jobId -1) */
  | { type: 'lock-held'; jobId: -1 };
