// Export buttons for the flat dataset: summary CSV, long CSV, JSON Lines, gouji.batch/1.
// Built off the page in a worker that reads the stored workspace (export-client.ts), with the
// progress shown; on the page in slices when the workspace could not be stored (then
// IndexedDB lacks rows) or no worker can start here. One export at a time.
import { useState } from 'react';
import { useGouji } from '../store/store';
import { useT, type PlainKey } from '../i18n/i18n';
import { downloadBlob } from '../shared/download';
import { inListingOrder } from './listing-order';
import { EXPORT_FILES, buildExport, type ExportKind } from '../../worker/export-builder';
import { WorkerStartError, exportInWorker } from '../../worker/export-client';
import { loadExportDoc } from '../../worker/export-docs';

const KINDS: [ExportKind, PlainKey][] = [
  ['summaryCsv', 'exportSummaryCsv'],
  ['longCsv', 'exportLongCsv'],
  ['jsonl', 'exportJsonl'],
  ['batchJson', 'exportBatchJson'],
];

export function BatchExports() {
  const t = useT();
  // only whether there is anything: the rows themselves are read when an export starts
  const empty = useGouji((s) => s.batch.entries.length === 0);
  const running = useGouji((s) => s.batch.run.state === 'running');
  const stored = useGouji((s) => s.batch.storageError === null);
  const [busy, setBusy] = useState<{ kind: ExportKind; done: number; total: number } | null>(null);

  const run = async (kind: ExportKind) => {
    // the workspace's order, as the export worker reads the stored rows (the store's come in
    // completion order while a run streams; batch.json's chains read the first claim of a year)
    const entries = inListingOrder(useGouji.getState().batch.entries);
    setBusy({ kind, done: 0, total: entries.length });
    try {
      const progress = (done: number, total: number) => setBusy({ kind, done, total });
      const onPage = () => buildExport(kind, entries, loadExportDoc, progress);
      const blob = stored
        ? await exportInWorker(kind, progress).catch((e: unknown) => {
          if (e instanceof WorkerStartError) return onPage();
          throw e;
        })
        : await onPage();
      downloadBlob(blob, EXPORT_FILES[kind].name);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="bg-exports" role="group" aria-label={t('exportsTitle')}>
      <span className="bg-exports-title">{t('exportsTitle')}</span>
      {KINDS.map(([kind, label]) => (
        <button key={kind} type="button" disabled={!!busy || running || empty} onClick={() => void run(kind)} data-export={kind}>
          {t(label)}
        </button>
      ))}
      {busy && (
        <span className="muted" aria-live="polite">
          {t('exportBuilding', { name: t(KINDS.find((k) => k[0] === busy.kind)![1]), done: busy.done, total: busy.total })}
        </span>
      )}
    </div>
  );
}
