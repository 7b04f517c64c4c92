// One way in for every input path: one plain file opens the single-report inspector as
// before; several files, a folder or a zip open the batch workspace.
import { useGouji } from '../store/store';
import { unzipInWorker } from '../../worker/unzip-client';
import { collectDrop, collectFiles, type Collected } from './collect';

async function open(collecting: Promise<Collected>, single: File | null): Promise<void> {
  useGouji.getState().setCollecting(true);
  let c: Collected;
  try {
    c = await collecting;
  } finally {
    useGouji.getState().setCollecting(false);
  }
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
  return open(collectFiles(files, unzipInWorker), files.length === 1 ? files[0]! : null);
}

/** Call during the drop event (the entries are only valid until it returns). */
export function openDrop(dt: DataTransfer): Promise<void> {
  const files = [...dt.files];
  return open(collectDrop(dt, unzipInWorker), files.length === 1 ? files[0]! : null);
}
