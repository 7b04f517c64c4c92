// A new version of the app is installed: say so and let the user reload when it suits them
// (a reload would drop the report on screen, so it is never forced).
import { useState } from 'react';
import { useT } from '../i18n/i18n';
import { applyUpdate, useOfflineState } from './offline-state';

export function UpdateBanner() {
  const t = useT();
  const { updateWaiting } = useOfflineState();
  const [later, setLater] = useState(false);
  if (!updateWaiting || later) return null;
  return (
    <div className="update-banner" role="status" data-testid="update-banner">
      <span>{t('updateWaiting')}</span>
      <button type="button" onClick={applyUpdate}>
        {t('updateReload')}
      </button>
      <button type="button" onClick={() => setLater(true)}>
        {t('updateLater')}
      </button>
    </div>
  );
}
