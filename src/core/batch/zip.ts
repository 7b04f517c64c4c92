// Reading a .zip of reports as a stream (fflate's Unzip: the archive is pushed chunk by chunk,
// members come out one by one, so a large archive never sits in memory whole). Pure: the
// command line pushes chunks of a file stream, the browser those of `file.stream()`.
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { MAX_CONTAINER_BYTES } from '../decode/limits';
import { fail } from '../diagnostics';
import type { Failure } from '../types';

export type ZipMember =
  | { name: string; bytes: Uint8Array; error: null }
  | { name: string; bytes: null; error: Failure };

/**
 * fflate decodes a member name as UTF-8 only when the archive sets the UTF-8 flag, and byte
 * for byte (Latin-1) otherwise. Archives made on Chinese Windows store GBK names without the
 * flag: take the bytes back and decode them as UTF-8 if they are valid UTF-8, else GB18030.
 */
export function memberName(name: string): string {
  const bytes = new Uint8Array(name.length);
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c > 0xff) return name; // already decoded as UTF-8
    bytes[i] = c;
  }
  if (bytes.every((b) => b < 0x80)) return name;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** directories, macOS resource forks and hidden files are not reports */
export function isJunkMember(name: string): boolean {
  if (name.endsWith('/')) return true;
  const parts = name.split('/');
  return parts.some((p) => p === '__MACOSX' || (p.startsWith('.') && p !== '.' && p !== '..'));
}

export interface ZipReader {
  /** push the archive's bytes in order; `final` on the last chunk */
  push(chunk: Uint8Array, final?: boolean): void;
  /**
   * After the final chunk: members whose data never ended (a truncated archive) come out with
   * an error, and an archive with no member at all is an error itself (returned, or null).
   */
  finish(): Failure | null;
}

/**
 * A streaming reader: `onMember` is called once per member (junk members skipped, counted in
 * `onSkip`), with its bytes or the reason it could not be read (compression method unknown,
 * larger than MAX_CONTAINER_BYTES). Errors of the archive itself are thrown by `push`.
 */
export function zipReader(onMember: (m: ZipMember) => void, onSkip: (name: string) => void = () => {}, maxBytes = MAX_CONTAINER_BYTES): ZipReader {
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  let entries = 0;
  const open = new Set<string>();
  unzip.onfile = (file: UnzipFile) => {
    entries++;
    const name = memberName(file.name);
    if (name.endsWith('/')) return; // a folder entry
    if (isJunkMember(name)) {
      onSkip(name);
      return;
    }
    if (file.compression !== 0 && file.compression !== 8) {
      onMember({ name, bytes: null, error: fail('zip.unsupportedMethod', { method: file.compression }) });
      return;
    }
    if (file.originalSize !== undefined && file.originalSize > maxBytes) {
      onMember({ name, bytes: null, error: fail('zip.memberTooLarge', { limitBytes: maxBytes }) });
      return;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    let done = false;
    open.add(name);
    file.ondata = (err, data, final) => {
      if (done) return;
      if (final || err) open.delete(name);
      if (err) {
        done = true;
        onMember({ name, bytes: null, error: fail('zip.memberDamaged', { detail: err.message }) });
        return;
      }
      size += data.length;
      if (size > maxBytes) {
        done = true;
        open.delete(name);
        file.terminate();
        onMember({ name, bytes: null, error: fail('zip.memberTooLarge', { limitBytes: maxBytes }) });
        return;
      }
      chunks.push(data);
      if (final) {
        done = true;
        onMember({ name, bytes: concat(chunks, size), error: null });
      }
    };
    file.start();
  };
  return {
    push: (chunk, final = false) => unzip.push(chunk, final),
    finish: () => {
      for (const name of open) onMember({ name, bytes: null, error: fail('zip.memberCut', {}) });
      open.clear();
      return entries === 0 ? fail('zip.noMember', {}) : null;
    },
  };
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  // a lone chunk may be a view into a larger buffer (a stored member): copy it so the caller
  // can transfer the result's buffer to a worker without taking the rest along
  if (chunks.length === 1) return chunks[0].byteOffset === 0 && chunks[0].byteLength === chunks[0].buffer.byteLength ? chunks[0] : chunks[0].slice();
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
