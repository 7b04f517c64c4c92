// The flat exports of a batch. Built in the export worker (export.worker.ts), which reads the
// rows and documents from IndexedDB itself; on the page only as a fallback (the workspace
// could not be stored), and then in slices of ~20 ms with a yield between them, each slice's
// text turned into a Blob at once, so even 5,000 reports never freeze the page. Every format
// comes from core/batch.
import {
  batchDocument, buildChains, jsonLine, longCsvHeader, longCsvLines, summaryCsvHeader, summaryCsvLine, type BatchDocument,
} from '../core/batch';
import type { ErrorDocument, ReportDocument } from '../core/types';
import type { BatchRow } from './batch-row';

/** what an export needs of each member, in the workspace's order */
export type ExportEntry = BatchRow & { key: string };

export type ExportKind = 'summaryCsv' | 'longCsv' | 'jsonl' | 'batchJson';

export const EXPORT_FILES: Record<ExportKind, { name: string; type: string }> = {
  summaryCsv: { name: 'gouji-summary.csv', type: 'text/csv;charset=utf-8' },
  longCsv: { name: 'gouji-cells.csv', type: 'text/csv;charset=utf-8' },
  jsonl: { name: 'gouji-reports.jsonl', type: 'application/x-ndjson;charset=utf-8' },
  batchJson: { name: 'gouji-batch.json', type: 'application/json;charset=utf-8' },
};

const SLICE_MS = 20;
const yieldToPage = () => new Promise<void>((r) => setTimeout(r, 0));

/**
 * Run `step(i)` for i in 0..n, yielding whenever a slice has used its time. What the steps
 * pushed on `parts` becomes a Blob at the end of each slice (encoding it to UTF-8 then, not
 * all at once at the end).
 */
async function sliced(n: number, parts: string[], blobs: Blob[], step: (i: number) => void | Promise<void>, onProgress?: (done: number) => void): Promise<void> {
  let t0 = performance.now();
  const seal = () => {
    if (parts.length) blobs.push(new Blob(parts.splice(0)));
  };
  for (let i = 0; i < n; i++) {
    await step(i);
    if (performance.now() - t0 > SLICE_MS) {
      seal();
      onProgress?.(i + 1);
      await yieldToPage();
      t0 = performance.now();
    }
  }
  seal();
  onProgress?.(n);
}

/**
 * The text of JSON.stringify(doc, null, 2) in pieces: each report and chain on its own, so no
 * single call stringifies the whole batch. Nested values are indented as stringify does it.
 */
export function* batchJsonPieces(doc: BatchDocument): Generator<string> {
  const keys = Object.keys(doc) as (keyof BatchDocument)[];
  yield '{\n';
  for (const [k, key] of keys.entries()) {
    const value = doc[key];
    const comma = k < keys.length - 1 ? ',' : '';
    if (Array.isArray(value) && value.length > 0) {
      yield `  ${JSON.stringify(key)}: [\n`;
      for (const [i, item] of value.entries()) {
        yield `    ${JSON.stringify(item, null, 2).replace(/\n/g, '\n    ')}${i < value.length - 1 ? ',' : ''}\n`;
      }
      yield `  ]${comma}\n`;
    } else {
      yield `  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}${comma}\n`;
    }
  }
  yield '}\n';
}

export type LoadDoc = (key: string) => Promise<ReportDocument | ErrorDocument | null>;

export async function buildExport(kind: ExportKind, entries: readonly ExportEntry[], loadDoc: LoadDoc, onProgress?: (done: number, total: number) => void): Promise<Blob> {
  const parts: string[] = [];
  const blobs: Blob[] = [];
  const total = entries.length;
  const progress = (d: number) => onProgress?.(d, total);
  switch (kind) {
    case 'summaryCsv':
      parts.push(summaryCsvHeader());
      await sliced(total, parts, blobs, (i) => void parts.push(summaryCsvLine(entries[i]!.row)), progress);
      break;
    case 'longCsv':
    case 'jsonl':
      if (kind === 'longCsv') parts.push(longCsvHeader());
      await sliced(
        total,
        parts,
        blobs,
        async (i) => {
          const e = entries[i]!;
          const doc = (await loadDoc(e.key)) ?? ({ schema: 'gouji.report/1', error: e.row.error ?? 'missing' } satisfies ErrorDocument);
          parts.push(kind === 'longCsv' ? longCsvLines(doc, e.path) : jsonLine(doc));
        },
        progress,
      );
      break;
    case 'batchJson': {
      const doc = batchDocument(entries.map((e) => e.row), buildChains(entries.map((e) => e.chain)));
      // stringified as the slices reach them: about one piece per report or chain, then the
      // few pieces of the frame (keys, brackets) left over
      const pieces = batchJsonPieces(doc);
      const n = doc.reports.length + doc.chains.length;
      await sliced(n, parts, blobs, () => {
        const p = pieces.next();
        if (!p.done) parts.push(p.value);
      }, (d) => progress(Math.round((d / Math.max(1, n)) * total)));
      for (let p = pieces.next(); !p.done; p = pieces.next()) parts.push(p.value);
      break;
    }
  }
  return new Blob([...blobs, ...parts], { type: EXPORT_FILES[kind].type });
}
