// One way in for every input path: one plain file opens the single-report inspector as
// before; several files, a folder or a zip open the batch workspace.
// The work is split from the event that brought the files: a folder picked through the input
// arrives in one task in which the browser has already built its list (~80 ms for 1,000 files
// on this machine, before any handler runs: scripts/bench/folder-pick.ts); listing the members
// and opening the workspace each get a task of their own after it, so none adds to that one.
import { useGouji } from '../store/store';
import { unzipInWorker } from '../../worker/unzip-client';
import { yieldToPage } from '../../worker/main-thread';
import { collectDrop, collectFiles, collectHandle, type Collected, type HandleLike } from './collect';

async function open(collect: () => Promise<Collected>, single: File | null): Promise<void> {
  await yieldToPage();
  useGouji.getState().setCollecting(true);
  let c: Collected;
  try {
    c = await collect();
  } finally {
    useGouji.getState().setCollecting(false);
  }
  // the workspace (or the inspector) renders in a task of its own
  await yieldToPage();
  const s = useGouji.getState();
  if (!c.many && single) {
    await s.inspectFile(single);
    return;
  }
  if (c.members.length === 0 && c.unreadable.length === 0) return;
  await s.startBatch({ members: c.members, unreadable: c.unreadable });
}

export function openFiles(files: readonly File[]): Promise<void> {
  if (files.length === 0) return Promise.resolve();
  return open(() => collectFiles(files, unzipInWorker), files.length === 1 ? files[0]! : null);
}

/** Call during the drop event (the entries are only valid until it returns). */
export function openDrop(dt: DataTransfer): Promise<void> {
  const files = [...dt.files];
  // the items are taken now, during the event; the walk itself is asynchronous
  const collecting = collectDrop(dt, unzipInWorker);
  return open(() => collecting, files.length === 1 ? files[0]! : null);
}

type DirectoryPicker = (options?: { id?: string; mode?: 'read' }) => Promise<HandleLike>;
const directoryPicker = () => (window as unknown as { showDirectoryPicker?: DirectoryPicker }).showDirectoryPicker;

/** Asked in the click itself: without a directory picker the folder input opens at once, with the click's user activation. */
export const hasDirectoryPicker = (): boolean => typeof directoryPicker() === 'function';

/**
 * Choose a folder through showDirectoryPicker where the browser has it (Chromium): its files
 * are listed a step at a time (collect.ts). Answers false where there is none, or when it
 * cannot be used here (a cross-origin frame): the caller then opens the folder input.
 */
export async function pickFolder(): Promise<boolean> {
  const pick = directoryPicker();
  if (typeof pick !== 'function') return false;
  let dir: HandleLike;
  try {
    dir = await pick.call(window, { id: 'gouji-reports', mode: 'read' });
  } catch (e) {
    // the person closed the picker: nothing to do; any other refusal: the input instead
    return e instanceof DOMException && e.name === 'AbortError';
  }
  await open(() => collectHandle(dir, unzipInWorker), null);
  return true;
}
