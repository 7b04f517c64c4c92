// The PATHs of the command line turned into a stream of inputs, in a stable order: a file as
// it is, a folder recursed (entries sorted, hidden ones skipped), a .zip read as a stream of
// its members. Lazy: the next input is found only when the pool asks for it, so a huge folder
// or archive is never listed or held in memory at once. A .zip is inflated on a thread of its
// own (zip-inputs.ts), so a large archive does not hold up the main thread that feeds the pool.
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fail } from '../core/diagnostics';
import type { Failure } from '../core/types';
import { zipInputs } from './zip-inputs';

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
    // a plain file needs no stat of its own: the listing gave its type (a file gone by the time
    // it is read gets the same error row from the read); a link is followed by one()
    else if (e.isFile()) yield* isZip(path) ? zipInputs(path, stats) : [{ file: path, base: e.name, path }];
    else if (e.isSymbolicLink()) yield* one(path, stats, false);
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
  else if (isZip(path)) yield* zipInputs(path, stats);
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
 * How many inputs the PATHs hold, so progress can show a total and a time left: a walk of the
 * folders by name (the entries' types come with the listing: no stat per file). It runs beside
 * the work, not before it. null when a .zip is among them (its members are known only as it
 * streams).
 */
export async function countInputs(paths: readonly string[]): Promise<number | null> {
  let n = 0;
  const folder = async (path: string): Promise<boolean> => {
    let entries;
    try {
      entries = await readdir(path, { withFileTypes: true });
    } catch {
      n++; // its error row
      return true;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(path, e.name);
      if (e.isDirectory()) {
        if (!(await folder(p))) return false;
      } else if (e.isSymbolicLink()) {
        if (!(await visit(p, false))) return false;
      } else if (e.isFile()) {
        if (isZip(p)) return false;
        n++;
      }
    }
    return true;
  };
  const visit = async (path: string, given: boolean): Promise<boolean> => {
    let st;
    try {
      st = await stat(path);
    } catch {
      n++; // its error row
      return true;
    }
    if (st.isDirectory()) return folder(path);
    if (isZip(path)) return false;
    if (given || st.isFile()) n++;
    return true;
  };
  for (const p of paths) if (!(await visit(p, true))) return null;
  return n;
}
