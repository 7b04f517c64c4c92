// After a failed input the previous report stays (nothing is lost), but it must not pass for
// the new file: this banner names the file it belongs to and says that exports save that one.
import { useGouji } from '../store/store';
import { useT } from '../i18n/i18n';

/** The shown report is not the last input's (that one failed). */
export const useStale = () => useGouji((s) => s.job.state === 'error' && !!s.doc);

export function StaleBanner() {
  const t = useT();
  const stale = useStale();
  const doc = useGouji((s) => s.doc);
  const failed = useGouji((s) => s.job.name);
  if (!stale || !doc) return null;
  const name = (n: string | null) => (n === 'pasted text' ? t('pastedText') : (n ?? ''));
  return (
    <p className="stale-banner" data-testid="stale-banner">
      <strong>{t('staleTitle', { name: name(doc.source.name) })}</strong> {t('staleBody', { failed: name(failed) })}
    </p>
  );
}
