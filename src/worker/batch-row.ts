// A batch member's grid row: the summary row, what its year chains need, its time and the ids
// of its failing checks (for "failures by rule"). Made where the document is: in the pool's
// worker, or on the page for a member whose worker failed or that a person corrected.
import { batchItem, type ChainInput, type SummaryRow } from '../core/batch';
import type { ErrorDocument, ReportDocument } from '../core/types';
import type { Diagnostic } from '../core/diagnostics/codes';

export interface BatchRow {
  path: string;
  row: SummaryRow;
  chain: ChainInput;
  ms: number | null;
  fails: string[];
  /** an unreadable input's reason as its code (the UI words it in either language); rows stored before it have none */
  errorDiagnostic?: Diagnostic | null;
  /** how many cells a person corrected (the row's counts and indicators are then as corrected); rows stored before it have none */
  corrected?: number;
}

/** `corrected`: how many corrected cells `doc` carries (its tables and checks already as corrected) */
export function batchRow(doc: ReportDocument | ErrorDocument, path: string, ms: number | null, corrected = 0): BatchRow {
  const { row, chain } = batchItem(doc, path);
  const fails = 'checks' in doc ? doc.checks.filter((c) => c.status === 'fail').map((c) => c.id) : [];
  const errorDiagnostic = 'error' in doc && doc.code !== undefined ? ({ code: doc.code, params: doc.params } as Diagnostic) : null;
  return { path, row, chain, ms: ms === null ? null : Math.round(ms), fails, errorDiagnostic, corrected };
}
