// What the app is doing: the parsing job's stage, the last error, or the last result's time.
import { useGouji } from '../store/store';
import { useT, type MessageKey } from '../i18n/i18n';
import { inLang } from '../report-labels/bilingual';

export function StatusBar() {
  const t = useT();
  const job = useGouji((s) => s.job);
  const doc = useGouji((s) => s.doc);
  const error = useGouji((s) => s.error);
  const errorKind = useGouji((s) => s.errorKind);
  const lang = useGouji((s) => s.lang);
  const name = job.name === 'pasted text' ? t('pastedText') : (job.name ?? '');

  if (job.state === 'parsing') {
    const stage = `stage_${job.stage ?? 'start'}` as MessageKey;
    return (
      <div className="status status-busy" role="status" data-testid="status">
        <span className="spinner" aria-hidden="true" />
        {t('parsing', { name })} <span className="stage">{t(stage) ?? job.stage}</span>
      </div>
    );
  }
  if (job.state === 'error' && error) {
    const message =
      errorKind === 'crashed'
        ? t('workerCrashed', { message: error })
        : errorKind === 'failed'
          ? t('workerFailed', { message: error })
          : errorKind === 'fetch'
            ? t('fetchFailed', { message: error })
            : inLang(error, lang); // the core's reasons come as 中文（English）
    return (
      <div className="status status-error" role="alert" data-testid="status">
        <strong>{errorKind === 'unreadable' ? `${t('errorTitle')}（${name}）：` : ''}</strong>
        {message}
      </div>
    );
  }
  if (job.state === 'done' && doc) {
    const failed = doc.checks.filter((c) => c.status === 'fail').length;
    return (
      <div className="status" role="status" data-testid="status">
        {t('doneIn', { name: doc.source.name === 'pasted text' ? t('pastedText') : doc.source.name, ms: job.ms ?? 0 })}
        <span className={failed ? 'pill pill-bad' : 'pill'}>{t('checksFailed', { n: failed })}</span>
        <span className={doc.garbles.length ? 'pill pill-warn' : 'pill'}>{t('garblesFound', { n: doc.garbles.length })}</span>
      </div>
    );
  }
  return <div className="status" role="status" data-testid="status" />;
}
