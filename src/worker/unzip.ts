// A .zip's members for the page, read by the core's streaming reader (core/batch/zip.ts, fflate:
// the same code the command line uses). Pure, no worker globals: unzip.worker.ts feeds it the
// archive's stream. Members that cannot be read (another compression method, too large,
// damaged, cut short) and system files (__MACOSX, dot files) are listed with their reason;
// the others are read.
import { zipReader } from '../core/batch/zip';
import type { Failure } from '../core/types';

export interface ZipMember {
  path: string;
  bytes: ArrayBuffer;
}

export interface ZipSkip {
  path: string;
  /** the page's reason codes (batchReason_<code>) */
  reason: 'zipCompression' | 'zipTooLarge' | 'zipCorrupt' | 'systemFile';
  detail?: string;
}

export interface ZipContents {
  members: ZipMember[];
  skipped: ZipSkip[];
}

function skipOf(path: string, f: Failure): ZipSkip {
  const p = f.params as Record<string, unknown>;
  if (f.code === 'zip.unsupportedMethod') return { path, reason: 'zipCompression', detail: String(p.method) };
  if (f.code === 'zip.memberTooLarge') return { path, reason: 'zipTooLarge', detail: String(p.limitBytes) };
  return { path, reason: 'zipCorrupt', detail: typeof p.detail === 'string' ? p.detail : f.code };
}

/** A Blob's bytes as they stream from it (the archive is never read whole). */
export async function* chunksOf(file: Blob): AsyncIterable<Uint8Array> {
  const reader = file.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

/** Read an archive from its chunks, in order; throws when the archive itself cannot be read. */
export async function readZipStream(chunks: AsyncIterable<Uint8Array>): Promise<ZipContents> {
  const members: ZipMember[] = [];
  const skipped: ZipSkip[] = [];
  const reader = zipReader(
    (m) => {
      if (m.error) skipped.push(skipOf(m.name, m.error));
      // the reader hands out arrays that own their buffer: transferable as they are
      else members.push({ path: m.name, bytes: m.bytes.buffer as ArrayBuffer });
    },
    (name) => skipped.push({ path: name, reason: 'systemFile' }),
  );
  let last: Uint8Array | null = null;
  for await (const chunk of chunks) {
    if (last) reader.push(last);
    last = chunk;
  }
  reader.push(last ?? new Uint8Array(0), true);
  const failure = reader.finish();
  if (failure) throw new Error(failure.code);
  return { members, skipped };
}
