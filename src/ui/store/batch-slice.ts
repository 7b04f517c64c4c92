// The batch workspace's slice of the one store: the members, their summary rows as they
// arrive from the worker pool, the run's progress, and the grid's view state (kept here so
// opening a report and coming back finds the same sort, filter and scroll). Every outcome is
// written to IndexedDB as it arrives; the rows shown are flushed in batches so a fast pool
// does not re-render the grid per report.
import type { StateCreator } from 'zustand';
import type { ChainCell, ChainInput, SummaryRow } from '../../core/batch';
import type { ErrorDocument } from '../../core/types';
import type { Diagnostic } from '../../core/diagnostics/codes';
import { InspectPool, defaultPoolSize, type PoolOutcome } from '../../worker/pool';
import type { BatchRow } from '../../worker/batch-row';
import {
  clearWorkspace, deleteSession, getInput, getReport, getSession, listRows, loadWorkspace, putResult, putRow, putSession,
  readUsage, replaceWorkspace, requestPersistence, saveWorkspace, isQuotaError,
  type StorageUsage, type UnreadableMember, type WorkspaceRecord,
} from '../storage';
import type { GoujiState } from './store';

/** Which screen: one report, the batch workspace, or one of its reports in the inspector. */
export type AppMode = 'single' | 'batch' | 'batch-report';
export type BatchView = 'grid' | 'chains' | 'indicators' | 'charts' | 'unreadable';

/** One member's line in the grid (small: the full document stays in IndexedDB). */
export interface BatchEntry {
  key: string;
  order: number;
  path: string;
  row: SummaryRow;
  chain: ChainInput;
  ms: number | null;
  /** ids of the report's failing checks (for "failures by rule") */
  fails: string[];
  /** an unreadable input's reason as its code, worded in the page's language */
  errorDiagnostic?: Diagnostic | null;
  /** cells a person corrected (the row's counts are as corrected) */
  corrected?: number;
}

export interface BatchRun {
  state: 'idle' | 'running' | 'done' | 'cancelled' | 'interrupted';
  total: number;
  done: number;
  startedAt: number | null;
  finishedAt: number | null;
  workers: number;
}

export interface BatchFilter {
  text: string;
  agency: string;
  year: string;
  template: string;
  failures: boolean;
  garbles: boolean;
  unreadable: boolean;
}

export interface GridView {
  sorting: { id: string; desc: boolean }[];
  filter: BatchFilter;
  /** column id → false when hidden */
  columns: Record<string, boolean>;
  scrollTop: number;
  /** the row that had the focus (given it back on return) */
  focusKey: string | null;
}

/** A new batch: the members to inspect and what could not be read before. */
export interface BatchInput {
  members: { path: string; load: () => Promise<ArrayBuffer | Blob> }[];
  unreadable: UnreadableMember[];
}

export interface BatchSlice {
  mode: AppMode;
  /** files are being listed (a folder walked, a zip read) before a batch or a report opens */
  collecting: boolean;
  setCollecting: (on: boolean) => void;
  batch: {
    id: string | null;
    entries: BatchEntry[];
    unreadable: UnreadableMember[];
    run: BatchRun;
    view: BatchView;
    openKey: string | null;
    usage: StorageUsage | null;
    /** a write was refused (quota): results are still shown but not kept */
    storageError: string | null;
  };
  grid: GridView;
  startBatch: (input: BatchInput) => Promise<void>;
  /** inspect the members of an interrupted run that have no result yet */
  resumeBatch: () => Promise<void>;
  cancelBatch: () => void;
  openBatchReport: (key: string, cell?: ChainCell) => Promise<void>;
  backToBatch: () => void;
  clearBatch: () => Promise<void>;
  setBatchView: (v: BatchView) => void;
  setGrid: (g: Partial<GridView>) => void;
  refreshUsage: () => Promise<void>;
  /** bring back the last screen after a reload (the workspace or the single report) */
  restoreSession: () => Promise<void>;
}

export const EMPTY_FILTER: BatchFilter = { text: '', agency: '', year: '', template: '', failures: false, garbles: false, unreadable: false };
const IDLE_RUN: BatchRun = { state: 'idle', total: 0, done: 0, startedAt: null, finishedAt: null, workers: 0 };

export const memberKey = (order: number): string => String(order).padStart(6, '0');

type StoredRow = BatchRow;

// The batch core (and the script folding its chains use) loads with the first batch, not the page.
type BatchRows = typeof import('../../worker/batch-row');
let rowsModule: Promise<BatchRows> | null = null;
const loadRows = (): Promise<BatchRows> => (rowsModule ??= import('../../worker/batch-row'));

/** How often arrived rows are shown (ms): often enough to feel live, rarely enough for 5,000. */
const FLUSH_MS = 250;

type Full = GoujiState & BatchSlice;

export const createBatchSlice: StateCreator<Full, [], [], BatchSlice> = (set, get) => {
  let pool: InspectPool | null = null;
  let cancelRun: (() => void) | null = null;
  let buffer: BatchEntry[] = [];
  let flushTimer: ReturnType<typeof setTimeout> | null = null;
  let runSeq = 0;

  const flush = () => {
    flushTimer = null;
    if (buffer.length === 0) return;
    const add = buffer;
    buffer = [];
    set((s) => ({ batch: { ...s.batch, entries: [...s.batch.entries, ...add], run: { ...s.batch.run, done: s.batch.run.done + add.length } } }));
  };

  const storageFailed = (e: unknown) => {
    const message = isQuotaError(e) ? 'quota' : e instanceof Error ? e.message : String(e);
    set((s) => ({ batch: { ...s.batch, storageError: message } }));
  };

  const record = (ws: WorkspaceRecord | null, state: WorkspaceRecord['state']) => {
    if (ws) void saveWorkspace({ ...ws, state, updatedAt: Date.now() }).catch(storageFailed);
  };

  /**
   * Inspect `jobs` on the pool. Each worker keeps its member's input (`keepInput`: a new run)
   * and outcome in IndexedDB and sends only the grid row: nothing big is cloned on the page.
   */
  async function runJobs(ws: WorkspaceRecord, jobs: { key: string; order: number; path: string; load: () => Promise<ArrayBuffer | Blob> }[], keepInput: boolean) {
    const seq = ++runSeq;
    const { batchRow } = await loadRows();
    if (seq !== runSeq) return;
    pool = new InspectPool(defaultPoolSize(), undefined, { mode: get().garbleMode });
    // no worker could start: the same jobs run on the page, one at a time (the notice says why)
    pool.onMainThread = (reason) => {
      if (seq !== runSeq) return;
      set((s) => ({ mainThread: reason, batch: { ...s.batch, run: { ...s.batch.run, workers: 0 } } }));
    };
    const byKey = new Map(jobs.map((j) => [j.key, j]));
    set((s) => ({
      batch: { ...s.batch, run: { ...s.batch.run, state: 'running', startedAt: performance.now(), finishedAt: null, workers: Math.min(pool!.size, jobs.length) } },
    }));
    const run = pool.run(
      jobs.map((j) => ({
        key: j.key,
        name: j.path.split('/').pop() ?? j.path,
        load: j.load,
        store: { key: j.key, order: j.order, path: j.path, keepInput },
      })),
      (key, o: PoolOutcome) => {
        const j = byKey.get(key)!;
        let row: StoredRow;
        if (o.kind === 'row') {
          row = o.row;
          if (o.storageError) storageFailed(o.storageError === 'quota' ? new DOMException('quota', 'QuotaExceededError') : new Error(o.storageError));
        } else {
          // the worker failed or crashed on this member (or answered without storing): kept from here
          const doc = o.kind === 'failed' ? ({ schema: 'gouji.report/1', error: o.message } satisfies ErrorDocument) : o.doc;
          row = batchRow(doc, j.path, o.kind === 'result' ? o.ms : null);
          void putResult(
            { key, path: j.path, ...(o.kind === 'result' ? { doc: o.doc, ms: row.ms ?? undefined } : o.kind === 'error-document' ? { errorDoc: o.doc } : { failed: o.message }) },
            { key, order: j.order, row },
          ).catch(storageFailed);
        }
        buffer.push({ key, order: j.order, ...row });
        flushTimer ??= setTimeout(flush, FLUSH_MS);
      },
    );
    cancelRun = run.cancel;
    const { cancelled } = await run.done;
    if (seq !== runSeq) return;
    if (flushTimer) clearTimeout(flushTimer);
    flush();
    cancelRun = null;
    pool = null;
    set((s) => ({ batch: { ...s.batch, run: { ...s.batch.run, state: cancelled ? 'cancelled' : 'done', finishedAt: performance.now() } } }));
    record(ws, cancelled ? 'cancelled' : 'done');
    void get().refreshUsage();
  }

  const stopRun = () => {
    runSeq++;
    cancelRun?.();
    cancelRun = null;
    pool = null;
    if (flushTimer) clearTimeout(flushTimer);
    flushTimer = null;
    buffer = [];
  };

  return {
    mode: 'single',
    collecting: false,
    setCollecting: (collecting) => set({ collecting }),
    batch: { id: null, entries: [], unreadable: [], run: IDLE_RUN, view: 'grid', openKey: null, usage: null, storageError: null },
    grid: { sorting: [], filter: EMPTY_FILTER, columns: {}, scrollTop: 0, focusKey: null },

    startBatch: async ({ members, unreadable }) => {
      stopRun();
      const now = Date.now();
      const keyed = members.map((m, order) => ({ ...m, order, key: memberKey(order) }));
      const ws: WorkspaceRecord = {
        id: `w${now}`, createdAt: now, updatedAt: now, members: keyed.map((m) => ({ key: m.key, path: m.path })),
        total: members.length, unreadable, state: 'running',
      };
      set({
        mode: 'batch',
        doc: null,
        batch: {
          id: ws.id, entries: [], unreadable, view: 'grid', openKey: null, usage: get().batch.usage, storageError: null,
          run: { ...IDLE_RUN, state: 'running', total: members.length },
        },
        grid: { sorting: [], filter: EMPTY_FILTER, columns: get().grid.columns, scrollTop: 0, focusKey: null },
      });
      void requestPersistence();
      try {
        await replaceWorkspace(ws, []);
        await putSession('view', { mode: 'batch' });
      } catch (e) {
        storageFailed(e);
      }
      await runJobs(ws, keyed, true);
    },

    resumeBatch: async () => {
      const ws = await loadWorkspace();
      if (!ws) return;
      const have = new Set(get().batch.entries.map((e) => e.key));
      const jobs = ws.members
        .map((m, order) => ({ ...m, order }))
        .filter((m) => !have.has(m.key))
        .map((m) => ({
          ...m,
          load: async () => {
            const input = await getInput(m.key);
            if (!input) throw new Error('lostOnReload');
            return input.bytes;
          },
        }));
      if (jobs.length === 0) return;
      await runJobs({ ...ws, state: 'running' }, jobs, false);
    },

    cancelBatch: () => cancelRun?.(),

    openBatchReport: async (key, cell) => {
      const rec = await getReport(key);
      const entry = get().batch.entries.find((e) => e.key === key);
      if (!rec?.doc) {
        set((s) => ({ batch: { ...s.batch, storageError: rec ? null : 'missing' } }));
        return;
      }
      set((s) => ({
        mode: 'batch-report',
        doc: rec.doc!,
        error: null,
        errorKind: null,
        errorDoc: null,
        selection: cell ? { kind: 'cell', table: cell.table, row: cell.row, col: cell.col, span: cell.span } : null,
        tab: 'tables',
        sourceView: { cleaned: false, simplified: false },
        job: { ...s.job, state: 'done', name: entry?.path ?? rec.path, stage: null, ms: rec.ms ?? null },
        batch: { ...s.batch, openKey: key },
      }));
      void putSession('view', { mode: 'batch-report', key }).catch(() => {});
    },

    backToBatch: () => {
      set((s) => ({ mode: 'batch', doc: null, selection: null, job: { ...s.job, state: 'idle', name: null, ms: null } }));
      void putSession('view', { mode: 'batch' }).catch(() => {});
    },

    clearBatch: async () => {
      stopRun();
      set((s) => ({
        mode: 'single',
        batch: { ...s.batch, id: null, entries: [], unreadable: [], run: IDLE_RUN, view: 'grid', openKey: null, storageError: null },
        grid: { ...s.grid, sorting: [], filter: EMPTY_FILTER, scrollTop: 0, focusKey: null },
      }));
      try {
        await clearWorkspace();
        await deleteSession('view');
      } catch (e) {
        storageFailed(e);
      }
      void get().refreshUsage();
    },

    setBatchView: (view) => set((s) => ({ batch: { ...s.batch, view } })),
    setGrid: (g) => set((s) => ({ grid: { ...s.grid, ...g } })),

    refreshUsage: async () => {
      const usage = await readUsage();
      set((s) => ({ batch: { ...s.batch, usage } }));
    },

    restoreSession: async () => {
      try {
        const view = await getSession('view');
        if (view && view.mode !== 'single') {
          const ws = await loadWorkspace();
          if (!ws) return;
          const rows = await listRows<StoredRow>();
          const order = new Map(ws.members.map((m, i) => [m.key, i]));
          const entries: BatchEntry[] = rows.map((r) => ({ key: r.key, order: order.get(r.key) ?? r.order, ...r.row, fails: r.row.fails ?? [] }));
          // a run the page did not see end (reload, crash, closed tab) can be finished
          const state: BatchRun['state'] = entries.length < ws.total && ws.state === 'running' ? 'interrupted' : ws.state === 'running' ? 'done' : ws.state;
          if (get().mode !== 'single' || get().job.state !== 'idle' || get().doc) return; // the user was quicker
          set({
            mode: 'batch',
            batch: { ...get().batch, id: ws.id, entries, unreadable: ws.unreadable, view: 'grid', openKey: null, storageError: null,
              run: { state, total: ws.total, done: entries.length, startedAt: null, finishedAt: null, workers: 0 } },
          });
          if (view.mode === 'batch-report' && view.key) await get().openBatchReport(view.key);
          void get().refreshUsage();
          return;
        }
        const single = await getSession('single');
        if (!single || get().job.state !== 'idle' || get().doc) return;
        set((s) => ({ doc: single.doc, job: { ...s.job, state: 'done', name: single.name, stage: null, ms: null } }));
      } catch {
        // no IndexedDB (private mode, disabled): start empty
      }
    },
  };
};

/**
 * Keep the open member's grid row as the person leaves its report: when they correct a cell in
 * the inspector (or undo every correction), the row is made again from the corrected document
 * (the checks already run again) and stored, so the grid, the summary CSV and batch.json agree
 * with the exports' documents. A report just opened (nothing corrected, before or now) is left as stored.
 */
export function followBatchCorrections(store: {
  getState: () => Full;
  setState: (partial: Partial<Full> | ((s: Full) => Partial<Full>)) => void;
  subscribe: (listener: (s: Full, prev: Full) => void) => () => void;
}): () => void {
  return store.subscribe((s, prev) => {
    // in 'batch' too: a person who corrects and goes back at once gets the checks run again
    // after leaving (the corrected document still arrives, for the report last open)
    if (s.mode === 'single' || !s.batch.openKey || !s.doc || s.doc === prev.doc) return;
    if (s.corrections.length === 0 && prev.corrections.length === 0) return;
    // a correction's own document (derived from the one inspected), or the one inspected once all are undone
    if (s.corrections.length > 0 && s.doc === s.inspected) return;
    const key = s.batch.openKey;
    const doc = s.doc;
    const count = s.corrections.length;
    void loadRows().then(({ batchRow }) => {
      const now = store.getState();
      const i = now.batch.entries.findIndex((e) => e.key === key);
      if (i < 0 || now.doc !== doc) return;
      const old = now.batch.entries[i]!;
      const row = batchRow(doc, old.path, old.ms, count);
      const entry: BatchEntry = { ...old, ...row };
      const entries = now.batch.entries.slice();
      entries[i] = entry;
      store.setState((st) => ({ batch: { ...st.batch, entries } }));
      const { key: _k, order, ...stored } = entry;
      void putRow<StoredRow>({ key, order, row: stored }).catch(() => {});
    });
  });
}
