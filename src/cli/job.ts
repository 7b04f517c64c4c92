// One report of a batch, where it is inspected (a worker thread, or the main thread with
// --jobs 1): read, inspect with the core, write its document, send back the summary row and
// what the year chains need. The document itself never travels back: memory stays flat.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { batchItem, reportJsonValue, type BatchItem } from '../core/batch';
import { inspectBytes } from '../core/inspect';
import type { ErrorDocument, Failure, ReportDocument } from '../core/types';
import { errorDocument, fail } from '../core/diagnostics';
import { readFailure } from './inputs';

export interface JobOptions {
  out: string | null;
  text: boolean;
  garbles: 'precise' | 'thorough';
  /** return the document's JSON instead of writing it (single file to standard output) */
  print: boolean;
}

export interface Job {
  index: number;
  file: string;
  base: string;
  /** the output file name (in JobOptions.out) */
  json: string | null;
  path?: string;
  bytes?: Uint8Array;
  error?: Failure;
}

export interface JobResult extends BatchItem {
  index: number;
  /** the document, when JobOptions.print */
  printed?: string;
}

async function documentOf(job: Job, opts: JobOptions): Promise<ReportDocument | ErrorDocument> {
  const name = job.base;
  if (job.error !== undefined) return errorDocument(job.error, { name });
  let bytes = job.bytes;
  if (bytes === undefined) {
    try {
      bytes = new Uint8Array(await readFile(job.path as string));
    } catch (e) {
      return errorDocument(readFailure(job.file, e), { name });
    }
  }
  try {
    return await inspectBytes(bytes, name, { garbles: { mode: opts.garbles } });
  } catch (e) {
    // A bug in a stage must cost one file, not the whole run.
    const detail = e instanceof Error ? e.message : String(e);
    return errorDocument(fail('inspect.failed', { detail }), { name, bytes: bytes.length });
  }
}

export async function runJob(job: Job, opts: JobOptions): Promise<JobResult> {
  const doc = await documentOf(job, opts);
  const item = batchItem(doc, job.file, job.json);
  const result: JobResult = { index: job.index, ...item };
  if (opts.print || (opts.out !== null && job.json !== null)) {
    const text = JSON.stringify(reportJsonValue(doc, { text: opts.text }), null, 2) + '\n';
    if (opts.print) result.printed = text;
    else await writeFile(join(opts.out as string, job.json as string), text, 'utf8');
  }
  return result;
}
