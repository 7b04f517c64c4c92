// The batch workspace in IndexedDB: its record, its inputs, each member's report and grid row.
// Results are written one by one as they arrive, so a crash loses nothing already finished.
import { openGoujiDb, type InputRecord, type ReportRecord, type RowRecord, type WorkspaceRecord } from './db';

export async function loadWorkspace(): Promise<WorkspaceRecord | null> {
  return (await (await openGoujiDb()).get('workspace', 'current')) ?? null;
}

export async function saveWorkspace(ws: WorkspaceRecord): Promise<void> {
  await (await openGoujiDb()).put('workspace', ws, 'current');
}

/** Start a new workspace: the old one (inputs, reports, rows, workspace reviews) goes. */
export async function replaceWorkspace(ws: WorkspaceRecord, inputs: InputRecord[]): Promise<void> {
  await clearWorkspace();
  const db = await openGoujiDb();
  const tx = db.transaction(['workspace', 'inputs'], 'readwrite');
  await Promise.all([tx.objectStore('workspace').put(ws, 'current'), ...inputs.map((i) => tx.objectStore('inputs').put(i)), tx.done]);
}

/** Keep one input's bytes (written when a worker takes it, so a reload can finish the run). */
export async function putInput(input: InputRecord): Promise<void> {
  await (await openGoujiDb()).put('inputs', input);
}

export async function getInput(key: string): Promise<InputRecord | null> {
  return (await (await openGoujiDb()).get('inputs', key)) ?? null;
}

/** Keys of every stored input, in their order. */
export async function listInputKeys(): Promise<string[]> {
  return (await openGoujiDb()).getAllKeys('inputs');
}

/** One member's outcome and grid row, written together. */
export async function putResult<R>(report: ReportRecord, row: RowRecord<R>): Promise<void> {
  const db = await openGoujiDb();
  const tx = db.transaction(['reports', 'rows'], 'readwrite');
  await Promise.all([tx.objectStore('reports').put(report), tx.objectStore('rows').put(row as RowRecord), tx.done]);
}

export async function getReport(key: string): Promise<ReportRecord | null> {
  return (await (await openGoujiDb()).get('reports', key)) ?? null;
}

const ROWS_PER_READ = 500;

/**
 * Every grid row, in input order. Read 500 at a time: each batch is cloned out of the database
 * in a task of its own, so 5,000 rows never make one long task on the page.
 */
export async function listRows<R>(): Promise<RowRecord<R>[]> {
  const db = await openGoujiDb();
  const rows: RowRecord<R>[] = [];
  let after: string | null = null;
  for (;;) {
    const batch = (await db.getAll('rows', after === null ? undefined : IDBKeyRange.lowerBound(after, true), ROWS_PER_READ)) as RowRecord<R>[];
    rows.push(...batch);
    if (batch.length < ROWS_PER_READ) break;
    after = batch[batch.length - 1]!.key;
  }
  return rows.sort((a, b) => a.order - b.order);
}

/** Empty the workspace: its record, inputs, reports, rows and the reviews of its reports. */
export async function clearWorkspace(): Promise<void> {
  const db = await openGoujiDb();
  const tx = db.transaction(['workspace', 'inputs', 'reports', 'rows', 'reviews'], 'readwrite');
  await Promise.all([
    tx.objectStore('workspace').clear(),
    tx.objectStore('inputs').clear(),
    tx.objectStore('reports').clear(),
    tx.objectStore('rows').clear(),
    tx.objectStore('reviews').delete(IDBKeyRange.bound(WORKSPACE_REVIEW_PREFIX, `${WORKSPACE_REVIEW_PREFIX}\uffff`)),
    tx.done,
  ]);
}

/** Reviews of workspace reports are keyed `ws:<member key>`, so clearing the workspace finds them. */
export const WORKSPACE_REVIEW_PREFIX = 'ws:';
