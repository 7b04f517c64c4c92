// The batch core: many reports in, a summary per report, year chains and flat exports out.
// Pure (no DOM, no Node): the command line's worker threads and the browser's worker pool
// call the same functions, so both give the same results for the same files.
//
// API (per report, where the report was inspected — a worker — so only small data travels):
//   const doc = await inspectBytes(bytes, name)            // core/inspect: ReportDocument | ErrorDocument
//   const { row, chain } = batchItem(doc, file, jsonName)   // SummaryRow + ChainInput (tables only)
// then, wherever the rows are gathered (the page, the CLI's main thread):
//   const chains = buildChains(items.map((i) => i.chain))   // Chain[] with ChainCheck[]
//   batchDocument(rows, chains) / batchJsonText(...)        // gouji.batch/1
//   summaryCsv(rows)  or  summaryCsvHeader() + summaryCsvLine(row)…   (UTF-8 BOM, CRLF)
//   longCsv([{ doc, report }])  or  longCsvHeader() + longCsvLines(doc, report)…
//   jsonLine(doc, { text: false })                          // one JSON Lines record
// Indicators: INDICATORS lists key, zh/en name and formula text (show them beside the
// figures); INDICATOR_EMPTY_RULE says when one is empty (null). Chain statuses are
// pass / fail / uncertain / skipped as for the report's checks (a blank is not a 0);
// chain.missingYear and chain.duplicateYear findings are checks with status "fail".
// Every CSV goes through core/export/csv.ts (quoting, formula neutralising, BOM).
// Zip input: import { zipReader } from 'core/batch/zip' (fflate, streaming; kept out of this
// index so the zip code loads only when a zip arrives).
import type { ErrorDocument, ReportDocument } from '../types';
import { chainInput, type ChainInput } from './chains';
import { summarize, type SummaryRow } from './summary';

export * from './chains';
export * from './exports';
export * from './indicators';
export * from './summary';

export interface BatchItem {
  row: SummaryRow;
  chain: ChainInput;
}

/** what one report contributes to a batch: its summary row and what its chain needs */
export function batchItem(doc: ReportDocument | ErrorDocument, file: string, json: string | null = null): BatchItem {
  return { row: summarize(doc, file, json), chain: chainInput(doc, file) };
}
