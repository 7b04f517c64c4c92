// The PATHs of the command line turned into a stream of inputs, in a stable order: a file as
// it is, a folder recursed (entries sorted, hidden ones skipped), a .zip read as a stream of
// its members. Lazy: the next input is found only when the pool asks for it, so a huge folder
// or archive is never listed or held in memory at once.
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { zipReader, type ZipMember } from '../core/batch/zip';
import { fail } from '../core/diagnostics';
import type { Failure } from '../core/types';

export type Input =
  /** a file the worker reads itself */
  | { file: string; base: string; path: string }
  /** a zip member, already read */
  | { file: string; base: string; bytes: Uint8Array }
  /** could not be read at all */
  | { file: string; base: string; error: Failure; missing?: boolean };

export const isZip = (path: string) => /\.zip$/i.test(path);

export function readFailure(file: string, e: unknown): Failure {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return fail('file.notFound', { file });
  if (code === 'EISDIR') return fail('file.isDirectory', { file });
  if (code === 'EACCES' || code === 'EPERM') return fail('file.noPermission', { file });
  return fail('file.unreadable', { file, detail: e instanceof Error ? e.message : String(e) });
}

export interface ExpandStats {
  /** hidden files and folders, zip junk (__MACOSX, .DS_Store) left out */
  skipped: number;
}

async function* zipMembers(path: string, stats: ExpandStats): AsyncGenerator<Input> {
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

async function* walk(dir: string, stats: ExpandStats): AsyncGenerator<Input> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    yield { file: dir, base: basename(dir), error: readFailure(dir, e) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) {
      stats.skipped++;
      continue;
    }
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* walk(path, stats);
    else if (e.isFile() || e.isSymbolicLink()) yield* one(path, stats, false);
  }
}

async function* one(path: string, stats: ExpandStats, given: boolean): AsyncGenerator<Input> {
  let st;
  try {
    st = await stat(path);
  } catch (e) {
    yield { file: path, base: basename(path), error: readFailure(path, e), missing: given && (e as { code?: string }).code === 'ENOENT' };
    return;
  }
  if (st.isDirectory()) yield* walk(path, stats);
  else if (isZip(path)) yield* zipMembers(path, stats);
  else yield { file: path, base: basename(path), path };
}

/** every input under the PATHs, in order */
export async function* expand(paths: readonly string[], stats: ExpandStats): AsyncGenerator<Input> {
  for (const p of paths) yield* one(p, stats, true);
}

/** true when the PATHs are exactly one plain file (the mode that prints to standard output) */
export async function isSingleFile(paths: readonly string[]): Promise<boolean> {
  if (paths.length !== 1 || isZip(paths[0])) return false;
  try {
    return !(await stat(paths[0])).isDirectory();
  } catch {
    return true; // a missing file: its error document goes to standard output as before
  }
}

/**
 * How many inputs the PATHs hold, counted before the work starts so progress can show a total
 * and a time left: a quick walk of the folders (names only). null when a .zip is among them (its
 * members are known only as it streams).
 */
export async function countInputs(paths: readonly string[]): Promise<number | null> {
  let n = 0;
  const visit = async (path: string, given: boolean): Promise<boolean> => {
    let st;
    try {
      st = await stat(path);
    } catch {
      n++; // its error row
      return true;
    }
    if (st.isDirectory()) {
      let entries;
      try {
        entries = await readdir(path, { withFileTypes: true });
      } catch {
        n++;
        return true;
      }
      for (const e of entries) {
        if (e.name.startsWith('.')) continue;
        if (!(await visit(join(path, e.name), false))) return false;
      }
      return true;
    }
    if (isZip(path)) return false;
    if (given || st.isFile()) n++;
    return true;
  };
  for (const p of paths) if (!(await visit(p, true))) return null;
  return n;
}
