// The run's progress: done / total, reports per second, time left, the worker count, and a
// cancel that stops every worker at once. Ticks once a second while running (the figures
// move even when no row has arrived).
import { useEffect, useState } from 'react';
import { useGouji } from '../store/store';
import { useT, type T } from '../i18n/i18n';
import { runFigures, splitSeconds } from './progress-text';

const duration = (t: T, seconds: number) => {
  const { m, s } = splitSeconds(seconds);
  return m > 0 ? t('batchMinutes', { m, s }) : t('batchSeconds', { s });
};

export function BatchProgress() {
  const t = useT();
  const run = useGouji((s) => s.batch.run);
  const cancel = useGouji((s) => s.cancelBatch);
  const resume = useGouji((s) => s.resumeBatch);
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (run.state !== 'running') return;
    const id = setInterval(() => setNow(performance.now()), 1000);
    return () => clearInterval(id);
  }, [run.state]);

  const running = run.state === 'running';
  const elapsed = run.startedAt === null ? 0 : (running ? now : (run.finishedAt ?? now)) - run.startedAt;
  const fig = runFigures(run.done, run.total, elapsed);
  const pct = run.total ? Math.round((run.done / run.total) * 100) : 0;
  return (
    <div className="bg-progress" data-testid="batch-progress" data-state={run.state}>
      {running && (
        <button type="button" className="bg-cancel" onClick={cancel}>
          {t('batchCancel')}
        </button>
      )}
      {(run.state === 'interrupted' || run.state === 'cancelled') && run.done < run.total && (
        <button type="button" onClick={() => void resume()}>
          {t('batchResume', { n: run.total - run.done })}
        </button>
      )}
      <progress max={run.total || 1} value={run.done} aria-label={t('batchProgress', { done: run.done, total: run.total })} />
      <span className="bg-progress-text" aria-live={running ? "off" : "polite"}>
        {running && (
          <>
            {t('batchProgress', { done: run.done, total: run.total })} ({pct}%)
            {fig.rate !== null && <> · {t('batchRate', { rate: fig.rate.toFixed(1) })}</>}
            {fig.etaSeconds !== null && <> · {t('batchEta', { eta: duration(t, fig.etaSeconds) })}</>}
            {run.workers > 0 && <> · {t('batchWorkers', { n: run.workers })}</>}
          </>
        )}
        {run.state === 'done' && t('batchDone', { total: run.total, time: run.startedAt === null ? '—' : duration(t, elapsed / 1000) })}
        {run.state === 'cancelled' && t('batchCancelled', { done: run.done, total: run.total })}
        {run.state === 'interrupted' && t('batchInterrupted', { done: run.done, total: run.total })}
        {/* a run of this page with no worker (restored runs have no start): said while it runs and after */}
        {run.workers === 0 && run.startedAt !== null && <span data-testid="batch-on-page"> · {t('batchOnPage')}</span>}
      </span>
    </div>
  );
}
