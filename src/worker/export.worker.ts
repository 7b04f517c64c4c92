// Thin adapter: builds one flat export of the stored workspace off the page. It reads the grid
// rows and each member's document from IndexedDB itself, so nothing big is cloned on the page;
// the finished Blob travels back by reference. Logic in export-builder.ts.
import { listRows } from './idb/workspace';
import { loadExportDoc } from './export-docs';
import type { BatchRow } from './batch-row';
import { buildExport, type ExportKind } from './export-builder';

export type ExportRequest = { kind: ExportKind };
export type ExportReply = { type: 'progress'; done: number; total: number } | { type: 'done'; blob: Blob } | { type: 'failed'; message: string };

// oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker's postMessage has no target origin
const post = (r: ExportReply) => self.postMessage(r);

self.addEventListener('message', (e: MessageEvent<ExportRequest>) => {
  void (async () => {
    try {
      const rows = await listRows<BatchRow>();
      const entries = rows.map((r) => ({ key: r.key, ...r.row }));
      const blob = await buildExport(e.data.kind, entries, loadExportDoc, (done, total) => post({ type: 'progress', done, total }));
      post({ type: 'done', blob });
    } catch (err) {
      post({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
    }
  })();
});
