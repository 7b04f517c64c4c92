// Notices about where and whether inspections run: on the page's own thread because no worker
// could start (some locked-down browsers; same results, the page may pause on large files), and
// a previous page of the app that died mid-inspection (out of memory ends the whole page).
import { useGouji } from '../store/store';
import { useT } from '../i18n/i18n';

export function MainThreadNotice() {
  const t = useT();
  const reason = useGouji((s) => s.mainThread);
  const died = useGouji((s) => s.pageDied);
  return (
    <>
      {died ? (
        <p className="main-thread-notice" role="alert" data-testid="page-died-notice">
          {t('pageDiedNotice', { name: died.name === 'pasted text' ? t('pastedText') : died.name })}
        </p>
      ) : null}
      {reason ? (
        <p className="main-thread-notice" role="note" data-testid="main-thread-notice">
          {t('mainThreadNotice', { reason })}
        </p>
      ) : null}
    </>
  );
}
