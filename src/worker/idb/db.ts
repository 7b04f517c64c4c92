// The app's one IndexedDB database, opened through `idb`. Every object store is declared here
// with its record type; a schema change bumps DB_VERSION and adds a step to `upgrade` (steps
// run in order from the version the browser has, so an old database is migrated, never wiped).
// The typed functions in workspace.ts (here) and src/ui/storage's session.ts and reviews.ts are
// the only way in. It lives under src/worker because the pool and export workers write and
// read the workspace themselves; the page reaches it through src/ui/storage.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ErrorDocument, ReportDocument } from '../../core/types';

export const DB_NAME = 'gouji';
export const DB_VERSION = 1;

/** A file the batch could not read, with why (shown in the workspace, never dropped silently). */
export interface UnreadableMember {
  path: string;
  reason: string;
}

/** The batch workspace's own record: what was dropped and how far the run got. */
export interface WorkspaceRecord {
  id: string;
  createdAt: number;
  updatedAt: number;
  /** members to inspect (readable inputs), in order; keys sort in that order */
  members: { key: string; path: string }[];
  total: number;
  unreadable: UnreadableMember[];
  state: 'running' | 'done' | 'cancelled';
}

/** One input of the workspace, kept so an unfinished run can resume after a reload. */
export interface InputRecord {
  key: string;
  order: number;
  path: string;
  bytes: ArrayBuffer;
}

/** The full outcome of one member: the document, or why there is none. */
export interface ReportRecord {
  key: string;
  path: string;
  doc?: ReportDocument;
  errorDoc?: ErrorDocument;
  /** the worker failed or crashed on this member */
  failed?: string;
  ms?: number;
}

/** The small per-report row the grid shows (its shape belongs to the caller). */
export interface RowRecord<R = unknown> {
  key: string;
  order: number;
  row: R;
}

/** Review state of one report (its shape belongs to the caller, e.g. the trust feature). */
export interface ReviewRecord<R = unknown> {
  key: string;
  updatedAt: number;
  review: R;
}

/** The single inspected report, so a reload shows it again. */
export interface SingleSession {
  name: string;
  /** what was inspected, when kept (so a change of options can inspect it again) */
  input?: { kind: 'bytes'; bytes: ArrayBuffer } | { kind: 'text'; text: string };
  doc: ReportDocument;
  savedAt: number;
}

/** Which screen was open (the workspace or a single report), for the reload. */
export interface ViewSession {
  mode: 'single' | 'batch' | 'batch-report';
  /** batch-report: the member shown */
  key?: string | null;
}

export interface SessionValues {
  single: SingleSession;
  view: ViewSession;
}
export type SessionKey = keyof SessionValues;

export interface GoujiDB extends DBSchema {
  workspace: { key: 'current'; value: WorkspaceRecord };
  inputs: { key: string; value: InputRecord };
  reports: { key: string; value: ReportRecord };
  rows: { key: string; value: RowRecord };
  reviews: { key: string; value: ReviewRecord };
  session: { key: SessionKey; value: SessionValues[SessionKey] };
}

export type GoujiDatabase = IDBPDatabase<GoujiDB>;

let opening: Promise<GoujiDatabase> | null = null;

/** The open database (opened once per page; a failed open is retried on the next call). */
export function openGoujiDb(): Promise<GoujiDatabase> {
  opening ??= openDB<GoujiDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('workspace');
        db.createObjectStore('inputs', { keyPath: 'key' });
        db.createObjectStore('reports', { keyPath: 'key' });
        db.createObjectStore('rows', { keyPath: 'key' });
        db.createObjectStore('reviews', { keyPath: 'key' });
        db.createObjectStore('session');
      }
      // version 2 and later: add `if (oldVersion < 2) { … }` here.
    },
    blocking() {
      // another tab opened a newer schema: let it upgrade, reopen on the next call
      void opening?.then((db) => db.close());
      opening = null;
    },
  }).catch((e: unknown) => {
    opening = null;
    throw e;
  });
  return opening;
}

/** For tests: forget the open connection (after deleting the database). */
export async function closeGoujiDb(): Promise<void> {
  const o = opening;
  opening = null;
  if (o) (await o.catch(() => null))?.close();
}
