// Many inputs at once: files, folders (recursed through webkitGetAsEntry, or a folder picker's
// webkitRelativePath) and .zip archives (read in a worker) become one flat list of members,
// each with its path, plus the ones that cannot be read with their reason. Nothing is read
// into memory here except zips: a member's bytes are loaded when a worker takes it.
import type { UnreadableMember } from '../storage';
import { yieldToPage } from '../../worker/main-thread';

export interface Member {
  path: string;
  /** the bytes (a zip member's), or the File itself: the worker that takes it reads it */
  load: () => Promise<ArrayBuffer | Blob>;
}

export interface Collected {
  members: Member[];
  unreadable: UnreadableMember[];
  /** the inputs were more than one plain file (a folder, a zip, several files) */
  many: boolean;
}

const ZIP = /\.zip$/i;
/** Files operating systems leave in folders and archives; listed, not inspected. */
const SYSTEM = /(^|\/)(\.DS_Store|Thumbs\.db|desktop\.ini|__MACOSX\/.*|\._[^/]*)$/i;
// Any other member goes to the core, whatever its name: it tells a report from an image or a
// binary file by its bytes (and reads Markdown or .csv converter output that a list of
// extensions would refuse), as the command line does, so both give the same rows. The read
// plan (core/decode/read-plan.ts) reads only the head of a file too large to be text.

/** Why a member was not inspected: a `batch.<code>` diagnostic, stored as `code` or `code:detail` (batch/unreadable-list.tsx words it). */
export const reasonText = (code: string, detail?: string): string => (detail ? `${code}:${detail}` : code);
/** a folder or file the browser would not read, with its error */
const readFailed = (e: unknown): string => reasonText('readFailed', e instanceof Error ? e.message : String(e));

export type Unzip = (file: Blob) => Promise<
  { ok: true; members: { path: string; bytes: ArrayBuffer }[]; skipped: { path: string; reason: string; detail?: string }[] } | { ok: false; message: string }
>;

interface Found {
  path: string;
  /** the file, or (a folder opened through a directory handle) how to get it when it is read */
  file: File | (() => Promise<File>);
}

/** Sort members by path, so every way in gives the same order. */
const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

async function expand(found: Found[], unzip: Unzip, dirs: number): Promise<Collected> {
  const members: Member[] = [];
  const unreadable: UnreadableMember[] = [];
  let zips = 0;
  // tens of thousands of files: the page gets a turn every few milliseconds
  let slice = performance.now();
  for (const { path, file } of found.sort(byPath)) {
    if (performance.now() - slice > 8) {
      await yieldToPage();
      slice = performance.now();
    }
    if (SYSTEM.test(path)) {
      unreadable.push({ path, reason: reasonText('systemFile') });
    } else if (ZIP.test(path)) {
      zips++;
      let r: Awaited<ReturnType<Unzip>>;
      try {
        r = await unzip(typeof file === 'function' ? await file() : file);
      } catch (e) {
        r = { ok: false, message: e instanceof Error ? e.message : String(e) };
      }
      if (!r.ok) {
        unreadable.push({ path, reason: reasonText('zipCorrupt', r.message) });
        continue;
      }
      for (const s of r.skipped) unreadable.push({ path: `${path}/${s.path}`, reason: reasonText(s.reason, s.detail) });
      for (const m of r.members.sort(byPath)) {
        const p = `${path}/${m.path}`;
        if (SYSTEM.test(m.path)) unreadable.push({ path: p, reason: reasonText('systemFile') });
        // a copy per load: the pool transfers what it is given
        else members.push({ path: p, load: async () => m.bytes.slice(0) });
      }
    } else {
      // no file.size here: for a picked folder Chromium asks the disk for it, one file at a time
      members.push({ path, load: typeof file === 'function' ? file : async () => file });
    }
  }
  return { members, unreadable, many: found.length > 1 || zips > 0 || dirs > 0 };
}

/** Files from a picker (`webkitRelativePath` is set when a folder was chosen). */
export function collectFiles(files: readonly File[], unzip: Unzip): Promise<Collected> {
  const dirs = files.some((f) => f.webkitRelativePath) ? 1 : 0;
  return expand(files.map((file) => ({ path: file.webkitRelativePath || file.name, file })), unzip, dirs);
}

/** The minimal directory-handle API we use (File System Access: showDirectoryPicker), so tests can pass fakes. */
export interface HandleLike {
  kind: 'file' | 'directory';
  name: string;
  getFile?: () => Promise<File>;
  values?: () => AsyncIterable<HandleLike>;
}

/**
 * A folder opened through a directory handle (the folder button where the browser has
 * showDirectoryPicker). Unlike the folder input, whose browser builds the whole file list in one
 * task before the page sees it, the handle is read entry by entry, each an asynchronous step,
 * and a file is only opened when a worker takes it.
 */
export async function collectHandle(dir: HandleLike, unzip: Unzip): Promise<Collected> {
  const found: Found[] = [];
  const unreadable: UnreadableMember[] = [];
  let dirs = 0;
  const walkHandle = async (h: HandleLike, path: string): Promise<void> => {
    if (h.kind === 'file' && h.getFile) {
      const get = h.getFile.bind(h);
      found.push({ path, file: get });
      return;
    }
    if (h.kind !== 'directory' || !h.values) return;
    dirs++;
    try {
      for await (const child of h.values()) await walkHandle(child, `${path}/${child.name}`);
    } catch (e) {
      unreadable.push({ path, reason: readFailed(e) });
    }
  };
  await walkHandle(dir, dir.name);
  const c = await expand(found, unzip, dirs);
  return { ...c, unreadable: [...unreadable, ...c.unreadable], many: true };
}

/** The minimal entry API we use (FileSystemEntry), so tests can pass fakes. */
export interface EntryLike {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  fullPath: string;
  file?: (ok: (f: File) => void, err: (e: unknown) => void) => void;
  createReader?: () => { readEntries: (ok: (es: EntryLike[]) => void, err: (e: unknown) => void) => void };
}

async function walk(entry: EntryLike, out: Found[], unreadable: UnreadableMember[]): Promise<number> {
  const path = entry.fullPath.replace(/^\//, '') || entry.name;
  if (entry.isFile && entry.file) {
    try {
      out.push({ path, file: await new Promise<File>((ok, err) => entry.file!(ok, err)) });
    } catch (e) {
      unreadable.push({ path, reason: readFailed(e) });
    }
    return 0;
  }
  if (!entry.isDirectory || !entry.createReader) return 0;
  const reader = entry.createReader();
  let dirs = 1;
  // readEntries answers in batches (100 at a time in Chromium) until it returns none
  for (;;) {
    let batch: EntryLike[];
    try {
      batch = await new Promise<EntryLike[]>((ok, err) => reader.readEntries(ok, err));
    } catch (e) {
      unreadable.push({ path, reason: readFailed(e) });
      break;
    }
    if (batch.length === 0) break;
    for (const child of batch) dirs += await walk(child, out, unreadable);
  }
  return dirs;
}

/**
 * Take what a drop carries. Must be called during the drop event: the items and their entries
 * are only valid until the handler returns, so they are read synchronously first.
 */
export function collectDrop(dt: DataTransfer, unzip: Unzip): Promise<Collected> {
  const items = [...dt.items].filter((i) => i.kind === 'file');
  const taken = items.map((i) => ({ entry: (i.webkitGetAsEntry?.() ?? null) as EntryLike | null, file: i.getAsFile() }));
  if (taken.length === 0) for (const file of dt.files) taken.push({ entry: null, file });
  return collectTaken(taken, unzip);
}

export async function collectTaken(taken: { entry: EntryLike | null; file: File | null }[], unzip: Unzip): Promise<Collected> {
  const found: Found[] = [];
  const unreadable: UnreadableMember[] = [];
  let dirs = 0;
  for (const { entry, file } of taken) {
    if (entry?.isDirectory) dirs += await walk(entry, found, unreadable);
    else if (file) found.push({ path: file.name, file });
    else if (entry) dirs += await walk(entry, found, unreadable);
  }
  const c = await expand(found, unzip, dirs);
  return { ...c, unreadable: [...unreadable, ...c.unreadable], many: c.many || unreadable.length > 0 };
}
