// Says when reports are parsed on the page's own thread because no worker could start (some
// locked-down browsers): the results are the same, the page may pause on large files.
import { useGouji } from '../store/store';
import { useT } from '../i18n/i18n';

export function MainThreadNotice() {
  const t = useT();
  const reason = useGouji((s) => s.mainThread);
  if (!reason) return null;
  return (
    <p className="main-thread-notice" role="note" data-testid="main-thread-notice">
      {t('mainThreadNotice', { reason })}
    </p>
  );
}
