// The one zustand store. Features read slices with selectors and call actions; nothing
// outside the store talks to the worker (through worker/client.ts).
import { create } from 'zustand';
import type { Check, ErrorDocument, ReportDocument, Span } from '../../core/types';
import { InspectClient, type InspectInput, type Outcome, type RecheckInput } from '../../worker/client';
import { cutPaste, HEAD_BYTES, planRead } from '../../core/decode/read-plan';
import { checkMemory } from '../../core/decode/memory-budget';
import { codeOf, errorDocument, type Said } from '../../core/diagnostics';
import { createTrustSlice, followInspections, type TrustSlice } from './trust-slice';
import { createBatchSlice, followBatchCorrections, type BatchSlice } from './batch-slice';
import { diedWhileRunning, holdPageLock, noteRunning, type RunningNote } from './running-note';

import type { Lang } from '../i18n/lang';
export type JobState = 'idle' | 'parsing' | 'done' | 'error';

/** What the user has focused: a cell, a check, a garble, or a raw span. Both panes follow it. */
export type Selection =
  | { kind: 'cell'; table: string; row: string; col: string; span: Span | null }
  | { kind: 'check'; id: string; spans: Span[] }
  /** several cells of one table at once (a blank column behind several uncertain rules) */
  | { kind: 'cells'; id: string; table: string; cells: [string, string][]; spans: Span[] }
  | { kind: 'garble'; index: number; span: Span }
  | { kind: 'span'; span: Span }
  | null;

/** Why the last input produced no document. */
export type FailureKind = 'unreadable' | 'failed' | 'crashed' | 'memory' | 'fetch' | 'open';

export interface SourceViewOptions {
  /** show doc.cleanedText instead of doc.text (spans no longer apply) */
  cleaned: boolean;
  /** show traditional characters as simplified, character by character (same offsets) */
  simplified: boolean;
}

export type ResultTab = 'tables' | 'issues' | 'charts' | 'overview';

/** Garble detection: 'precise' (default: almost no false flags) or 'thorough' (more recall). */
export type GarbleMode = 'precise' | 'thorough';

export interface GoujiState extends TrustSlice {
  lang: Lang;
  job: { id: number; state: JobState; name: string | null; startedAt: number | null; stage: string | null; ms: number | null };
  doc: ReportDocument | null;
  error: string | null;
  errorKind: FailureKind | null;
  errorDoc: ErrorDocument | null;
  /** why inspections run on the page's thread (no worker could start), or null */
  mainThread: string | null;
  /** the input a previous page of the app was inspecting when it died (out of memory), until the next input */
  pageDied: RunningNote | null;
  selection: Selection;
  sourceView: SourceViewOptions;
  tab: ResultTab;
  garbleMode: GarbleMode;
  setLang: (lang: Lang) => void;
  setSelection: (s: Selection) => void;
  setSourceView: (o: Partial<SourceViewOptions>) => void;
  setTab: (tab: ResultTab) => void;
  /** remembers the mode and inspects the current input again with it */
  setGarbleMode: (mode: GarbleMode) => Promise<void>;
  inspectFile: (file: File) => Promise<void>;
  inspectBytes: (name: string, bytes: ArrayBuffer) => Promise<void>;
  inspectText: (text: string, name?: string) => Promise<void>;
  /** stop the running inspection (the worker is terminated); the previous report stays */
  cancel: () => void;
  openSample: (file: string) => Promise<void>;
  /** opening chosen files or a folder failed outside a report (listing it, storing the workspace): said in the status bar */
  openFailed: (e: unknown) => void;
}

const LANG_KEY = 'gouji.lang';
const MODE_KEY = 'gouji.garbleMode';

function initialMode(): GarbleMode {
  try {
    return globalThis.localStorage?.getItem(MODE_KEY) === 'thorough' ? 'thorough' : 'precise';
  } catch {
    return 'precise';
  }
}

function initialLang(): Lang {
  try {
    return globalThis.localStorage?.getItem(LANG_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

/** The JS heap's limit where the browser tells it (Chromium); the worker's heap has the same. */
const heapLimit = (): number | undefined => (globalThis.performance as { memory?: { jsHeapSizeLimit?: number } } | undefined)?.memory?.jsHeapSizeLimit;

let client: InspectClient | null = null;
/** the checks on corrected tables, from the worker (the page never parses); null when superseded or failed */
async function recheckInWorker(input: RecheckInput): Promise<Check[] | null> {
  const o = await getClient().recheck(input).done;
  return o.kind === 'rechecked' ? o.checks : null;
}
function getClient(): InspectClient {
  return client ?? setInspectClient(new InspectClient());
}
/** For tests: run the store against a client with a fake worker. */
export function setInspectClient(c: InspectClient): InspectClient {
  client = c;
  // the page says so when no worker could start and the core runs on the main thread
  c.onMainThread = (reason) => useGouji.setState({ mainThread: reason });
  return c;
}

// Counts inputs, so a file still being read (or fetched) when a newer input arrives is dropped.
let inputSeq = 0;
// The last input that produced a report, kept so a change of garble mode can inspect it again.
// Bytes are copied: the ones sent to the worker are transferred (detached).
let lastInput: { input: InspectInput; name: string } | null = null;

export const useGouji = create<GoujiState & BatchSlice>()((set, get, api) => {
  /** the job line of the report on screen, put back when a newer inspection is cancelled */
  let shown: GoujiState['job'] | null = null;
  function begin(name: string): number {
    const seq = ++inputSeq;
    if (get().job.state === 'done') shown = get().job;
    set((s) => ({
      mode: 'single', // any single input leaves the batch workspace (it stays stored)
      job: { id: s.job.id, state: 'parsing', name, startedAt: performance.now(), stage: 'start', ms: null },
      error: null,
      errorKind: null,
      errorDoc: null,
      pageDied: null,
    }));
    return seq;
  }

  function fail(kind: FailureKind, message: string, errorDoc: ErrorDocument | null = null): void {
    set((s) => ({ job: { ...s.job, state: 'error', stage: null }, error: message, errorKind: kind, errorDoc }));
  }

  /** `notes`: what was cut before the input was sent (limits), added to the report's warnings */
  async function run(seq: number, given: InspectInput, notes: Said[] = []): Promise<void> {
    if (seq !== inputSeq) return;
    const kept: InspectInput = given.kind === 'bytes' ? { ...given, bytes: given.bytes.slice(0) } : given;
    const input: InspectInput = { ...given, garbles: { mode: get().garbleMode } };
    // noted while it runs: if the page dies (out of memory), the next page says so
    const clearNote = noteRunning({ name: get().job.name ?? '', size: input.kind === 'bytes' ? input.bytes.byteLength : input.text.length });
    const { jobId, done } = getClient().inspect(input, (stage) => {
      set((s) => (s.job.id === jobId ? { job: { ...s.job, stage } } : {}));
    });
    set((s) => ({ job: { ...s.job, id: jobId } }));
    const o: Outcome = await done;
    clearNote();
    if (get().job.id !== jobId) return;
    switch (o.kind) {
      case 'superseded':
        return;
      case 'result':
        lastInput = { input: kept, name: get().job.name ?? '' };
        set((s) => ({
          doc: notes.length
            ? { ...o.doc, warnings: [...notes.map((n) => n.message), ...(o.doc.warnings ?? [])], warningCodes: [...notes.map(codeOf), ...(o.doc.warningCodes ?? [])] }
            : o.doc,
          selection: null,
          sourceView: { cleaned: false, simplified: false },
          job: { ...s.job, state: 'done', stage: null, ms: Math.round(o.ms) },
        }));
        return;
      case 'error-document':
        fail('unreadable', o.doc.error, o.doc);
        return;
      case 'failed':
        fail(o.outOfMemory ? 'memory' : o.crashed ? 'crashed' : 'failed', o.message);
        return;
    }
  }

  return {
    ...createTrustSlice<GoujiState>(set, get, recheckInWorker),
    ...createBatchSlice(set, get, api),
    lang: initialLang(),
    job: { id: 0, state: 'idle', name: null, startedAt: null, stage: null, ms: null },
    doc: null,
    error: null,
    errorKind: null,
    errorDoc: null,
    mainThread: null,
    pageDied: null,
    selection: null,
    sourceView: { cleaned: false, simplified: false },
    tab: 'tables',
    garbleMode: initialMode(),
    setLang: (lang) => {
      try {
        globalThis.localStorage?.setItem(LANG_KEY, lang);
      } catch {
        // storage may be disabled; the switch still works for this visit
      }
      set({ lang });
    },
    setSelection: (selection) => set({ selection }),
    setSourceView: (o) => set((s) => ({ sourceView: { ...s.sourceView, ...o } })),
    setTab: (tab) => set({ tab }),
    setGarbleMode: async (garbleMode) => {
      try {
        globalThis.localStorage?.setItem(MODE_KEY, garbleMode);
      } catch {
        // storage may be disabled; the mode still holds for this visit
      }
      set({ garbleMode });
      if (!lastInput) return;
      const { input, name } = lastInput;
      const again: InspectInput = input.kind === 'bytes' ? { ...input, bytes: input.bytes.slice(0) } : input;
      await run(begin(name), again);
    },
    inspectFile: async (file) => {
      const seq = begin(file.name);
      let bytes: ArrayBuffer;
      const notes: Said[] = [];
      try {
        // the size is checked before the file is read: a huge one is read only up to the limit
        const plan = file.size > HEAD_BYTES ? planRead(file.size, new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer())) : { read: 'whole' as const };
        if (plan.read === 'refuse') {
          if (seq === inputSeq) fail('unreadable', plan.failure.reason, errorDocument(plan.failure, { name: file.name, bytes: file.size }));
          return;
        }
        // and against the memory budget: an input the parser's heap cannot hold is refused unread
        const over = checkMemory(plan.read === 'head' ? plan.bytes : file.size, heapLimit(), /\.(pdf|docx)$/i.test(file.name));
        if (over) {
          if (seq === inputSeq) fail('unreadable', over.reason, errorDocument(over, { name: file.name, bytes: file.size }));
          return;
        }
        if (plan.read === 'head') notes.push(plan.warning);
        bytes = await (plan.read === 'head' ? file.slice(0, plan.bytes) : file).arrayBuffer();
      } catch (e) {
        if (seq === inputSeq) fail('failed', e instanceof Error ? e.message : String(e));
        return;
      }
      await run(seq, { kind: 'bytes', name: file.name, bytes }, notes);
    },
    inspectBytes: async (name, bytes) => run(begin(name), { kind: 'bytes', name, bytes }),
    inspectText: async (text, name = 'pasted text') => {
      // the paste's size is checked before it is sent to the worker
      const cut = cutPaste(text);
      const over = checkMemory(cut.text.length, heapLimit());
      if (over) {
        begin(name);
        fail('unreadable', over.reason, errorDocument(over, { name, bytes: cut.text.length }));
        return;
      }
      await run(begin(name), { kind: 'text', text: cut.text, name }, cut.warning ? [cut.warning] : []);
    },
    cancel: () => {
      if (get().job.state !== 'parsing') return;
      inputSeq++; // a file still being read is dropped too
      getClient().cancel();
      set((s) => ({
        job: s.doc && shown ? { ...shown, id: s.job.id } : { ...s.job, state: s.doc ? 'done' : 'idle', stage: null, name: s.doc ? s.doc.source.name : null },
      }));
    },
    openSample: async (file) => {
      const seq = begin(file);
      let bytes: ArrayBuffer;
      try {
        const res = await fetch(`${import.meta.env.BASE_URL}samples/${encodeURIComponent(file)}`);
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        bytes = await res.arrayBuffer();
      } catch (e) {
        if (seq === inputSeq) fail('fetch', e instanceof Error ? e.message : String(e));
        return;
      }
      await run(seq, { kind: 'bytes', name: file, bytes });
    },
    // an Error or a DOMException (IndexedDB's, the file system's): its message, else its name
    openFailed: (e) => {
      const { message, name } = (typeof e === 'object' && e !== null ? e : {}) as { message?: unknown; name?: unknown };
      fail('open', typeof message === 'string' && message ? message : typeof name === 'string' && name ? name : String(e));
    },
  };
});

// corrections and reviews follow each new document (trust-slice.ts)
followInspections(useGouji);
followBatchCorrections(useGouji);
// a page of the app that died mid-inspection is said by this one (running-note.ts)
holdPageLock();
void diedWhileRunning().then((dead) => {
  const last = dead.at(-1);
  if (last) useGouji.setState({ pageDied: last });
});
