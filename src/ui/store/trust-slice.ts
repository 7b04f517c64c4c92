// The store's slice for what a person adds to a report: corrected cells and verdicts on findings
// (confirmed / dismissed, with a note). Kept apart from the inspected document: `doc` is the
// inspected one with the corrections applied and its checks run again; `inspected` is as read.
// Persisted per text (IndexedDB, through ui/storage: reportReviewKey), so a reload, a
// re-inspection of the same text, or the same report opened from the batch workspace finds them
// again; reviews are keyed by finding (core/review/findings.ts), not list position.
import type { Check, ReportDocument, Review, TableKey } from '../../core/types';
import { applyCorrections, type CellCorrection } from '../../core/checks/apply-corrections';
import type { RecheckInput } from '../../worker/client';
import { getReportReview, putReportReview } from '../storage';

export type ReviewFilter = 'all' | 'open' | 'confirmed' | 'dismissed';

/** what is stored per report */
export interface TrustRecord {
  corrections: CellCorrection[];
  reviews: Record<string, Review>;
}

export interface TrustSlice {
  /** the document as inspected, before any correction (null before the first result) */
  inspected: ReportDocument | null;
  corrections: CellCorrection[];
  reviews: Record<string, Review>;
  reviewFilter: ReviewFilter;
  /** set a cell's figure (null: blank); the checks run again at once */
  correctCell: (table: TableKey, row: string, col: string, value: number | null) => Promise<void>;
  /** undo every correction of one cell */
  revertCell: (table: TableKey, row: string, col: string) => Promise<void>;
  /** record (or, with null, clear) a verdict on a finding */
  /** resolves once the review is saved (the UI need not wait: the state is set at once) */
  setReview: (key: string, review: { state: Review['state']; note: string } | null) => Promise<void>;
  setReviewFilter: (f: ReviewFilter) => void;
  /** apply stored corrections to the inspected document (after a reload or re-inspection) */
  restoreCorrections: (corrections: CellCorrection[]) => Promise<void>;
}

interface Host {
  doc: ReportDocument | null;
}

type Set_<S> = (partial: Partial<S> | ((s: S) => Partial<S>)) => void;
type Get<S> = () => S;

async function persist(doc: ReportDocument | null, record: TrustRecord): Promise<void> {
  if (!doc) return;
  try {
    await putReportReview<TrustRecord>(doc.text, record);
  } catch {
    // no IndexedDB (private mode, tests): the review holds for this visit
  }
}

/** runs the checks again on corrected tables, in the worker (null: superseded or failed) */
export type Recheck = (input: RecheckInput) => Promise<Check[] | null>;

export function createTrustSlice<S extends TrustSlice & Host>(set: Set_<S>, get: Get<S>, recheck: Recheck): TrustSlice {
  /** the corrected document: tables corrected here, checks run again in the worker (the page never parses) */
  async function derive(corrections: CellCorrection[]): Promise<void> {
    const base = get().inspected;
    if (!base) return;
    if (!corrections.length) {
      generation++;
      set({ doc: base, corrections } as Partial<S>);
      return;
    }
    const mine = ++generation;
    // the corrections stand at once (a second correction builds on the first, and is saved)
    set({ corrections } as Partial<S>);
    const tables = applyCorrections(base.tables, corrections);
    const checks = await recheck({ text: base.text, meta: base.meta, sections: base.sections ?? [], tables });
    // a newer report, or a newer correction, arrived meanwhile: its own result stands
    if (!checks || mine !== generation || get().inspected !== base) return;
    set({ doc: { ...base, tables, checks } } as Partial<S>);
  }
  let generation = 0;

  const record = (): TrustRecord => ({ corrections: get().corrections, reviews: get().reviews });

  return {
    inspected: null,
    corrections: [],
    reviews: {},
    reviewFilter: 'all',
    correctCell: async (table, row, col, value) => {
      const at = new Date().toISOString();
      const corrections = [...get().corrections.filter((c) => !(c.table === table && c.row === row && c.col === col)), { table, row, col, value, at }];
      await derive(corrections);
      await persist(get().inspected, record());
    },
    revertCell: async (table, row, col) => {
      await derive(get().corrections.filter((c) => !(c.table === table && c.row === row && c.col === col)));
      await persist(get().inspected, record());
    },
    setReview: (key, review) => {
      const reviews = { ...get().reviews };
      if (review) reviews[key] = { state: review.state, note: review.note, at: new Date().toISOString() };
      else delete reviews[key];
      set({ reviews } as Partial<S>);
      return persist(get().inspected, record());
    },
    setReviewFilter: (reviewFilter) => set({ reviewFilter } as Partial<S>),
    restoreCorrections: (corrections) => derive(corrections),
  };
}

/**
 * Follow the store's document: a document that did not come from a correction is a new
 * inspection (or a restored session), so it becomes `inspected` and what was stored for its text
 * is applied again.
 */
export function followInspections<S extends TrustSlice & Host>(store: {
  getState: () => S;
  setState: Set_<S>;
  subscribe: (listener: (s: S, prev: S) => void) => () => void;
}): () => void {
  return store.subscribe((s, prev) => {
    if (s.doc === prev.doc || s.doc === null) return;
    if (s.inspected && isDerived(s.doc, s.inspected)) return;
    const doc = s.doc;
    store.setState({ inspected: doc, corrections: [] as CellCorrection[], reviews: {} as Record<string, Review> } as Partial<S>);
    void (async () => {
      let saved: TrustRecord | null = null;
      try {
        saved = await getReportReview<TrustRecord>(doc.text);
      } catch {
        saved = null;
      }
      if (!saved || store.getState().inspected !== doc) return;
      store.setState({ reviews: saved.reviews ?? {} } as Partial<S>);
      if (saved.corrections?.length) await store.getState().restoreCorrections(saved.corrections);
    })();
  });
}

/** a document made by `derive` from the inspected one shares its text, meta and garbles */
const isDerived = (doc: ReportDocument, inspected: ReportDocument) => doc.garbles === inspected.garbles && doc.meta === inspected.meta;
