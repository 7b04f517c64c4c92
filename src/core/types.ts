// Shared types of the pure core. No DOM, no worker globals: this file is imported by the
// worker, the UI (types only), the command line and the tests.
import type { Diagnostic, DiagnosticIn } from './diagnostics/codes';

/** [start, end) in UTF-16 code units into the inspected `text`. */
export type Span = [number, number];

export type SourceKind = 'text' | 'html' | 'docx' | 'pdf';
export type Encoding = 'utf-8' | 'gb18030' | 'big5' | 'utf-16le' | 'utf-16be';
export type Format = '2019' | '2021' | 'pre-2019' | 'unknown';
export type Script = 'simplified' | 'traditional' | 'mixed';

export interface SourceInfo {
  name: string;
  bytes: number;
  encoding: Encoding;
  kind: SourceKind;
}

export interface Meta {
  agency: string | null;
  year: number | null;
  format: Format;
  script: Script;
  /** where the agency / year were read (extra field, not in the contract) */
  agencySpan?: Span | null;
  yearSpan?: Span | null;
  /** which evidence agreed with the agency and the year read (extra field, not in the contract) */
  decidedBy?: { agency: MetaEvidence[]; year: MetaEvidence[] };
}

/**
 * Where metadata was read: the title, the statistics period, the signature (name, signing date),
 * the body's recurring subject or wording, the page's publisher line, the template; 'words': a
 * name read as words with runs injected in it taken out (meta/repair.ts).
 */
export type MetaEvidence = 'title' | 'period' | 'signature' | 'subject' | 'body' | 'publisher' | 'template' | 'words';

export type SectionKey = 'overview' | 'proactive' | 'applications' | 'reviewLitigation' | 'problems' | 'other';

export interface Section {
  key: SectionKey;
  /** 1..6 */
  number: number;
  title: string;
  /** the heading's span */
  headingSpan: Span;
  /** from the heading to the next section's heading (or the end of the text) */
  span: Span;
  /** true when this heading repeats an earlier one (a section published twice) */
  repeated?: boolean;
}

export type TableKey = 'proactive' | 'applications' | 'reviewLitigation';

export interface Cell {
  row: string;
  col: string;
  value: number | null;
  raw: string;
  span: Span | null;
  /** read (default when absent) | ambiguous (one reading of several) | corrected (a person set it) */
  status?: CellStatus;
  /** ambiguous: the other readings' figures, most plausible first (null: the cell may be blank) */
  alternatives?: (number | null)[];
  /** corrected: what was read, and when a person changed it; `raw` and `span` stay as printed */
  corrected?: { from: number | null; at: string };
  /** a person's verdict (only on exported documents) */
  review?: Review;
}

export type CellStatus = 'read' | 'ambiguous' | 'corrected';

/** A person's verdict on a finding or a cell (report-json.md: `review`). */
export interface Review {
  state: 'confirmed' | 'dismissed';
  note: string;
  at: string;
}

export interface Table {
  span: Span;
  rows: Record<string, Record<string, number | null>>;
  cells: Cell[];
  /** extra, not in the contract: things the extractor could not decide */
  notes?: TableNote[];
  /** extra: where each row's label stands (for the UI), keyed like `rows` */
  labelSpans?: Record<string, Span>;
}

/** A note on a table: its kind, a code with parameters (worded by the UI), and the Chinese `message`. */
export type TableNote = TableNoteFields & DiagnosticIn<'note.'>;

export interface TableNoteFields {
  kind: 'ambiguous-split' | 'missing-row' | 'duplicate-table' | 'unreadable-row' | 'other';
  /** the code worded in Chinese (zhMessage) */
  message: string;
  span: Span | null;
  row?: string;
  /** ambiguous-split: the readings that fit, as printed figures joined by '/', most plausible first */
  alternatives?: string[];
  /** how many figures were read, of how many the row has */
  figures?: { got: number; expected: number };
  /** ambiguous-split: why — no reading adds up, or the whole column may stand one over */
  reason?: 'no-split-adds-up' | 'column-shift';
  /** duplicate-table: where the copy that was used stands */
  usedSpan?: Span;
  review?: Review;
}

export interface Tables {
  proactive: Table | null;
  applications: Table | null;
  reviewLitigation: Table | null;
}

/** uncertain: the rule fails with blanks read as 0, but figures in its blank cells could make it hold */
export type CheckStatus = 'pass' | 'fail' | 'uncertain' | 'skipped';

/** A check: what it found, and why in words: `message` is the Chinese wording of `code` with `params`. */
export type Check = CheckFields & DiagnosticIn<'check.'>;

export interface CheckFields {
  id: string;
  status: CheckStatus;
  expected: number | null;
  actual: number | null;
  /** [rowKey, colKey] pairs; for checks on one table the table is implied by the id */
  cells: [string, string][];
  message: string;
  /** extra: spans of the text involved (e.g. a figure in prose) */
  spans?: Span[];
  severity?: 'error' | 'warning';
  /** uncertain: the blank cells whose figures could make the rule hold (same shape as `cells`) */
  blankCells?: [string, string][];
  review?: Review;
}

export type GarbleKind = 'injected' | 'replacement' | 'mojibake' | 'invisible' | 'markup';

/** A garble; when it says why it was flagged, `reason` is the Chinese wording of its `code`. */
export type Garble = GarbleFields & ({ code?: undefined; params?: undefined } | DiagnosticIn<'garble.'>);

export interface GarbleFields {
  kind: GarbleKind;
  span: Span;
  text: string;
  suggestion: string;
  /**
   * extra: the suggestion is a guess (bytes were lost): the other readings of the span, best
   * first; the suggestion itself is the likeliest
   */
  alternatives?: string[];
  /** extra: why it was flagged, in Chinese (the wording of `code`) */
  reason?: string;
  review?: Review;
}

export interface Duplicate {
  span: Span;
  of: Span;
  review?: Review;
}

export interface ReportDocument {
  schema: 'gouji.report/1';
  source: SourceInfo;
  text: string;
  meta: Meta;
  tables: Tables;
  checks: Check[];
  garbles: Garble[];
  duplicates: Duplicate[];
  cleanedText: string;
  /** extra: every change that made cleanedText (garbles replaced, duplicated blocks dropped) */
  cleanedRemovals?: { span: Span; kind: 'garble' | 'duplicate'; replacement: string; of?: Span }[];
  /** extra: the sections found */
  sections?: Section[];
  /** extra: human-readable notes on what could not be read (Chinese) */
  warnings?: string[];
  /** extra: the same warnings as codes with parameters, in the same order */
  warningCodes?: Diagnostic[];
  /** extra: a report without the standard tables (before 2019): the figures its prose states */
  proseTable?: ProseTable;
}

/** The figures a report without standard tables states in its prose, each where it stands. */
export interface ProseTable {
  rows: ProseTableRow[];
}

export type ProseTableKey =
  | 'received' | 'answered'
  | 'granted' | 'grantedWithPartial' | 'partiallyGranted' | 'denied' | 'unavailable' | 'rejected' | 'otherHandling'
  | 'review' | 'litigation' | 'reviewAndLitigation'
  | 'fees';

export interface ProseTableRow {
  key: ProseTableKey;
  /** applications and cases in 件; fees in 元 (0 when the prose says none was charged) */
  value: number;
  unit: '件' | '元';
  /** the words it was read from, as printed */
  raw: string;
  span: Span;
  /** other figures the prose states for the same row, when they differ (the first is kept) */
  otherValues?: number[];
}

/** An input that could not be read: `error` in Chinese, and (extra) its code with parameters. */
export type ErrorDocument = {
  schema: 'gouji.report/1';
  error: string;
  source?: Partial<SourceInfo>;
} & ({ code?: undefined; params?: undefined } | Diagnostic);

/** A failed step: its Chinese reason, and the code with parameters it words. */
export type Failure = { ok: false; reason: string } & Diagnostic;

/** Result type for steps that may fail with a message a person can read. */
export type Result<T> = { ok: true; value: T } | Failure;
