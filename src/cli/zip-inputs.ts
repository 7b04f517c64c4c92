// A .zip among the PATHs, as a stream of inputs (members with their bytes, or why they could
// not be read). Inflating is real work (a large archive takes seconds): with the built CLI it
// runs on a thread of its own (unzip.ts) that reads the file, inflates and moves each member's
// bytes here (transferred, not copied), at most AHEAD members ahead of the pool, so memory stays
// bounded and the main thread only hands members on. From TypeScript sources (tests) it runs
// here, the same code.
import { createReadStream, existsSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { zipReader, type ZipMember } from '../core/batch/zip';
import { fail } from '../core/diagnostics';
import { readFailure, type ExpandStats, type Input } from './inputs';

/** members inflated ahead of the pool taking them */
export const AHEAD = 4;

/** the members of the archive at `path`, read and inflated on this thread */
export async function* readZip(path: string, stats: ExpandStats): AsyncGenerator<Input> {
  const queue: ZipMember[] = [];
  const reader = zipReader((m) => queue.push(m), () => stats.skipped++);
  const flush = function* (): Generator<Input> {
    while (queue.length > 0) {
      const m = queue.shift() as ZipMember;
      const file = `${path}/${m.name}`;
      const base = basename(m.name);
      yield m.error === null ? { file, base, bytes: m.bytes } : { file, base, error: m.error };
    }
  };
  let any = false;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) {
      any = true;
      reader.push(chunk as Buffer);
      yield* flush();
    }
    reader.push(new Uint8Array(0), true);
    const archiveError = reader.finish();
    yield* flush();
    if (!any) throw new Error('empty file');
    if (archiveError) yield { file: path, base: basename(path), error: archiveError };
  } catch (e) {
    reader.finish(); // members cut off by the damage get their error rows
    yield* flush();
    const why = (e as { code?: string }).code ? readFailure(path, e) : fail('zip.unreadable', { detail: e instanceof Error ? e.message : String(e) });
    yield { file: path, base: basename(path), error: why };
  }
}

/** what the unzip thread posts: a member, or the end (with the junk members it skipped) */
export type UnzipMessage = { input: Input } | { end: true; skipped: number };

/** the built unzip thread beside this module (dist-cli/unzip.js), or null from sources */
function unzipUrl(): URL | null {
  const url = new URL('./unzip.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
}

/** the members of the archive at `path`, inflated on a thread of their own when built */
export async function* zipInputs(path: string, stats: ExpandStats, url: URL | null = unzipUrl()): AsyncGenerator<Input> {
  if (url === null) {
    yield* readZip(path, stats);
    return;
  }
  const worker = new Worker(url, { workerData: { path } });
  const got: UnzipMessage[] = [];
  let wake: (() => void) | null = null;
  let stopped: string | null = null;
  const arrive = () => {
    wake?.();
    wake = null;
  };
  worker.on('message', (m: UnzipMessage) => {
    got.push(m);
    arrive();
  });
  worker.on('error', (e) => {
    stopped ??= e.message;
    arrive();
  });
  worker.on('exit', (code) => {
    stopped ??= `exit ${code}`;
    arrive();
  });
  worker.postMessage(AHEAD, []); // (no transfer list: a worker thread, not a window)
  try {
    for (;;) {
      const m = got.shift();
      if (m === undefined) {
        if (stopped !== null) {
          // the thread died before the end (out of memory on a huge member): the archive's row says so
          yield { file: path, base: basename(path), error: fail('zip.unreadable', { detail: stopped }) };
          return;
        }
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      if ('end' in m) {
        stats.skipped += m.skipped;
        return;
      }
      worker.postMessage(1, []); // room for one more
      yield m.input;
    }
  } finally {
    worker.removeAllListeners('exit');
    await worker.terminate();
  }
}
