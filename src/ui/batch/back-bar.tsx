// Shown above the inspector when it shows a report of the batch: the way back to the grid
// (which keeps its sort, filters and scroll), or, after a single input, back to the workspace;
// while files are being listed (a folder walked, a zip read), says so.
import { useGouji } from '../store/store';
import { useT } from '../i18n/i18n';

export function BackBar() {
  const t = useT();
  const mode = useGouji((s) => s.mode);
  const has = useGouji((s) => s.batch.id !== null);
  const n = useGouji((s) => s.batch.run.total);
  const back = useGouji((s) => s.backToBatch);
  const collecting = useGouji((s) => s.collecting);
  if (collecting) return <p className="bg-back" role="status">{t('batchCollecting')}</p>;
  if (!has || mode === 'batch') return null;
  return (
    <div className="bg-back">
      <button type="button" onClick={back} data-testid="batch-back">
        ← {mode === 'batch-report' ? t('batchBack') : t('batchToWorkspace', { n })}
      </button>
      {mode === 'batch-report' && <span className="muted">{t('batchBackHint')}</span>}
    </div>
  );
}
