// The one zustand store. Features read slices with selectors and call actions; nothing
// outside the store talks to the worker.
import { create } from 'zustand';
import type { ErrorDocument, ReportDocument, Span } from '../../core/types';

export type Lang = 'zh' | 'en';
export type JobState = 'idle' | 'parsing' | 'done' | 'error';

/** What the user has focused: a cell, a check, a garble, or a raw span. Both panes follow it. */
export type Selection =
  | { kind: 'cell'; table: string; row: string; col: string; span: Span | null }
  | { kind: 'check'; id: string; spans: Span[] }
  | { kind: 'garble'; index: number; span: Span }
  | { kind: 'span'; span: Span }
  | null;

export interface GoujiState {
  lang: Lang;
  job: { id: number; state: JobState; name: string | null; startedAt: number | null; stage: string | null };
  doc: ReportDocument | null;
  error: string | null;
  errorDoc: ErrorDocument | null;
  selection: Selection;
  setLang: (lang: Lang) => void;
  setSelection: (s: Selection) => void;
}

export const useGouji = create<GoujiState>()((set) => ({
  lang: 'zh',
  job: { id: 0, state: 'idle', name: null, startedAt: null, stage: null },
  doc: null,
  error: null,
  errorDoc: null,
  selection: null,
  setLang: (lang) => set({ lang }),
  setSelection: (selection) => set({ selection }),
}));
