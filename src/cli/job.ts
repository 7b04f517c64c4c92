// One report of a batch, where it is inspected (a worker thread, or the main thread with
// --jobs 1): read, inspect with the core, write its document, send back the summary row and
// what the year chains need. The document itself never travels back: memory stays flat.
// Reading and writing are synchronous on purpose: the thread has nothing else to do meanwhile,
// and the promise API sends each of open, read/write and close through libuv's thread pool —
// on a busy machine every hop waits to be scheduled, and that wait came between one report's
// inspection and the next (a report's write took 27–53 ms of wall time that way, against ~55 ms
// of inspection, at load average 22).
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { batchItem, reportJsonValue, type BatchItem } from '../core/batch';
import { inspectBytes } from '../core/inspect';
import type { ErrorDocument, Failure, ReportDocument } from '../core/types';
import { errorDocument, fail } from '../core/diagnostics';
import { readFailure } from './inputs';
import { writeJsonFile } from './json-out';

export interface JobOptions {
  out: string | null;
  text: boolean;
  garbles: 'precise' | 'thorough';
  /** return the document's JSON instead of writing it (single file to standard output) */
  print: boolean;
  /** measure each stage (--times) */
  times?: boolean;
}

/** milliseconds one report spent in each stage, on the thread that ran it */
export interface StageTimes {
  read: number;
  inspect: number;
  /** building the export value (and JSON.stringify when printed; to a file it is part of write) */
  json: number;
  write: number;
  /** the first report this thread ran: its inspect time includes loading the core's data (the lexicon) */
  first: boolean;
  /** on the first report: ms from the thread's start until the core had loaded */
  loadedAt?: number;
}

let ran = 0;
/** when this module (and the core it imports) had loaded, in ms from the thread's start */
const loadedAt = performance.now();

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
  /** with JobOptions.times */
  times?: StageTimes;
}

/**
 * A file's bytes in a Uint8Array of their own, read straight into it: not a Buffer (pdf.js refuses
 * one), and not `new Uint8Array(readFileSync(…))`, which held the file twice (the Buffer's copy
 * lived until a full collection: 20 MB more at the peak of a 20 MB input).
 */
export function readBytes(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    let bytes = new Uint8Array(fstatSync(fd).size);
    let n = 0;
    for (let got = 1; got > 0 && n < bytes.length; n += got) got = readSync(fd, bytes, n, bytes.length - n, null);
    if (n < bytes.length) bytes = bytes.slice(0, n); // the file shrank meanwhile
    // a file that grew meanwhile (or a size fstat does not know, a pipe): the rest, in pieces
    const more: Uint8Array[] = [];
    for (let got = 1; got > 0; ) {
      const piece = new Uint8Array(1 << 16);
      got = readSync(fd, piece, 0, piece.length, null);
      if (got > 0) more.push(piece.subarray(0, got));
    }
    if (more.length === 0) return bytes;
    const all = new Uint8Array(bytes.length + more.reduce((a, p) => a + p.length, 0));
    all.set(bytes);
    let at = bytes.length;
    for (const p of more) {
      all.set(p, at);
      at += p.length;
    }
    return all;
  } finally {
    closeSync(fd);
  }
}

async function documentOf(job: Job, opts: JobOptions, t: StageTimes): Promise<ReportDocument | ErrorDocument> {
  const name = job.base;
  if (job.error !== undefined) return errorDocument(job.error, { name });
  let bytes = job.bytes;
  if (bytes === undefined) {
    const t0 = performance.now();
    try {
      bytes = readBytes(job.path as string);
    } catch (e) {
      return errorDocument(readFailure(job.file, e), { name });
    } finally {
      t.read = performance.now() - t0;
    }
  }
  const size = bytes.length;
  const t0 = performance.now();
  try {
    // the bytes are not kept here while the inspection runs (only the decoded text is needed)
    const inspecting = inspectBytes(bytes, name, { garbles: { mode: opts.garbles } });
    bytes = undefined;
    job.bytes = undefined;
    return await inspecting;
  } catch (e) {
    // A bug in a stage must cost one file, not the whole run.
    const detail = e instanceof Error ? e.message : String(e);
    return errorDocument(fail('inspect.failed', { detail }), { name, bytes: size });
  } finally {
    t.inspect = performance.now() - t0;
  }
}

export async function runJob(job: Job, opts: JobOptions): Promise<JobResult> {
  const t: StageTimes = { read: 0, inspect: 0, json: 0, write: 0, first: ran++ === 0 };
  if (t.first) t.loadedAt = loadedAt;
  const doc = await documentOf(job, opts, t);
  const item = batchItem(doc, job.file, job.json);
  const result: JobResult = { index: job.index, ...item };
  if (opts.print) {
    const t0 = performance.now();
    result.printed = JSON.stringify(reportJsonValue(doc, { text: opts.text }), null, 2) + '\n';
    t.json = performance.now() - t0;
  } else if (opts.out !== null && job.json !== null) {
    // to a file key by key (json-out.ts: the whole JSON at once was the run's peak memory);
    // json: building the export value, write: JSON.stringify and the writes
    const t0 = performance.now();
    const value = reportJsonValue(doc, { text: opts.text });
    const t1 = performance.now();
    t.json = t1 - t0;
    writeJsonFile(join(opts.out, job.json), value);
    t.write = performance.now() - t1;
  }
  if (opts.times) result.times = t;
  return result;
}
