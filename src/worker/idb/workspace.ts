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

/** A member's grid row alone (a person corrected its report: the counts as corrected). */
export async function putRow<R>(row: RowRecord<R>): Promise<void> {
  await (await openGoujiDb()).put('rows', row as RowRecord);
}

export async function getReport(key: string): Promise<ReportRecord | null> {
  return (await (await openGoujiDb()).get('reports', key)) ?? null;
}

/** A read's share of the page's time: its rows are cloned out of the database in one task. */
const READ_MS = 20;

/**
 * Every grid row, in input order. Read a slice at a time: each slice is cloned out of the
 * database in a task of its own (the `success` handler), and a row with its chain figures and
 * spans is a few kilobytes, so 500 at once took a quarter of a second on a loaded machine. The
 * first slice is small; the next ones are sized from how long the last took, so each stays near
 * READ_MS on a fast machine and a slow one alike.
 */
export async function listRows<R>(): Promise<RowRecord<R>[]> {
  const db = await openGoujiDb();
  const rows: RowRecord<R>[] = [];
  let after: string | null = null;
  let size = 50;
  for (;;) {
    const t0 = performance.now();
    const batch = (await db.getAll('rows', after === null ? undefined : IDBKeyRange.lowerBound(after, true), size)) as RowRecord<R>[];
    const ms = performance.now() - t0;
    rows.push(...batch);
    if (batch.length < size) break;
    after = batch[batch.length - 1]!.key;
    size = nextReadSize(size, ms);
  }
  return rows.sort((a, b) => a.order - b.order);
}

/** The next slice's size: scaled toward READ_MS from the last one's time, never below 10 nor above 1,000 rows, at most doubled. */
export function nextReadSize(size: number, ms: number): number {
  const scaled = ms > 0 ? Math.round((size * READ_MS) / ms) : size * 2;
  return Math.max(10, Math.min(1000, size * 2, scaled));
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
