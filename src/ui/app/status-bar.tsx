// What the app is doing: the parsing job's stage, the last error, or the last result's time.
import { useGouji } from '../store/store';
import { useT, type PlainKey } from '../i18n/i18n';
import { diagnosticText } from '../i18n/diagnostics';
import { issueCounts } from '../issues/issue-model';

export function StatusBar() {
  const t = useT();
  const job = useGouji((s) => s.job);
  const doc = useGouji((s) => s.doc);
  const error = useGouji((s) => s.error);
  const errorKind = useGouji((s) => s.errorKind);
  const errorDoc = useGouji((s) => s.errorDoc);
  const lang = useGouji((s) => s.lang);
  const cancel = useGouji((s) => s.cancel);
  const name = job.name === 'pasted text' ? t('pastedText') : (job.name ?? '');

  if (job.state === 'parsing') {
    const stage = `stage_${job.stage ?? 'start'}` as PlainKey;
    return (
      <div className="status status-busy" role="status" data-testid="status">
        <span className="spinner" aria-hidden="true" />
        {t('parsing', { name })} <span className="stage">{t(stage) ?? job.stage}</span>
        {/* really stops: the worker is terminated, the next input starts a fresh one */}
        <button type="button" className="status-cancel" onClick={cancel} data-testid="cancel-inspection">
          {t('cancelInspection')}
        </button>
      </div>
    );
  }
  if (job.state === 'error' && error) {
    const message =
      errorKind === 'crashed'
        ? t('workerCrashed', { message: error })
        : errorKind === 'memory'
          ? t('workerOutOfMemory', { message: error })
          : errorKind === 'failed'
            ? t('workerFailed', { message: error })
            : errorKind === 'fetch'
              ? t('fetchFailed', { message: error })
              : errorKind === 'open'
                ? t('openFailed', { message: error })
                : errorDoc?.code
                ? diagnosticText(errorDoc, lang)
                : error;
    return (
      <div className="status status-error" role="alert" data-testid="status">
        <strong>{errorKind === 'unreadable' ? `${t('errorTitle')}（${name}）：` : ''}</strong>
        {message}
      </div>
    );
  }
  if (job.state === 'done' && doc) {
    // one count per kind, each its own colour: the red one is failed rules only
    const n = issueCounts(doc);
    return (
      <div className="status" role="status" data-testid="status">
        {t('doneIn', { name: doc.source.name === 'pasted text' ? t('pastedText') : doc.source.name, ms: job.ms ?? 0 })}
        <span className={n.failed ? 'pill pill-bad' : 'pill'} data-count="failed">{t('checksFailed', { n: n.failed })}</span>
        {n.uncertain ? <span className="pill pill-uncertain" data-count="uncertain">{t('countUncertain', { n: n.uncertain })}</span> : null}
        {n.warnings ? <span className="pill pill-warn" data-count="warnings">{t('countWarnings', { n: n.warnings })}</span> : null}
        <span className={n.garbles ? 'pill pill-garble' : 'pill'} data-count="garbles">{t('garblesFound', { n: n.garbles })}</span>
        {n.notes ? <span className="pill pill-note" data-count="notes">{t('countNotes', { n: n.notes })}</span> : null}
      </div>
    );
  }
  return <div className="status" role="status" data-testid="status" />;
}
