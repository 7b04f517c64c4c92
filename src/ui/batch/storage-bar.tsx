// How much the workspace takes on this device, whether the browser keeps it for good, a
// warning near the quota, and "clear workspace" behind a confirmation dialog.
import { useEffect, useRef } from 'react';
import { useGouji } from '../store/store';
import { useT } from '../i18n/i18n';
import { quotaWarning } from '../storage';
import { formatBytes } from './progress-text';

export function StorageBar() {
  const t = useT();
  const usage = useGouji((s) => s.batch.usage);
  const storageError = useGouji((s) => s.batch.storageError);
  const total = useGouji((s) => s.batch.run.total + s.batch.unreadable.length);
  const done = useGouji((s) => s.batch.run.done);
  const refresh = useGouji((s) => s.refreshUsage);
  const clear = useGouji((s) => s.clearBatch);
  const dialog = useRef<HTMLDialogElement>(null);
  // usage is read again every 50 results (estimate() is cheap but not free)
  const bucket = Math.floor(done / 50);
  useEffect(() => {
    if (bucket >= 0) void refresh();
  }, [bucket, refresh]);

  return (
    <div className="bg-storage">
      {usage && (
        <span className="muted" data-testid="storage-usage">
          {t('storageUsage', { used: formatBytes(usage.usage), quota: formatBytes(usage.quota) })} ·{' '}
          {usage.persisted ? t('storagePersisted') : t('storageNotPersisted')}
        </span>
      )}
      {quotaWarning(usage) && (
        <p className="bg-warning" role="alert">
          {t('storageQuotaWarning', { pct: Math.round((usage?.ratio ?? 0) * 100) })}
        </p>
      )}
      {storageError && (
        <p className="bg-warning" role="alert">
          {t('storageWriteFailed', { message: storageError === 'quota' ? t('storageFull') : storageError === 'missing' ? t('storageMissing') : storageError })}
        </p>
      )}
      <button type="button" onClick={() => dialog.current?.showModal()}>
        {t('clearWorkspace')}
      </button>
      <dialog ref={dialog} className="bg-dialog" aria-labelledby="bg-clear-title">
        <form method="dialog">
          <h2 id="bg-clear-title">{t('clearWorkspaceTitle')}</h2>
          <p>{t('clearWorkspaceBody', { n: total })}</p>
          <div className="bg-dialog-actions">
            <button type="submit" value="keep" autoFocus>
              {t('clearWorkspaceCancel')}
            </button>
            <button type="submit" value="clear" className="danger" onClick={() => void clear()}>
              {t('clearWorkspaceConfirm')}
            </button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
