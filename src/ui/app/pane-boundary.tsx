import type { ReactNode } from 'react';
import { useGouji } from '../store/store';
import { useT } from '../i18n/i18n';
import { ErrorBoundary, type FallbackProps } from './error-boundary';

function PaneError({ error, retry }: FallbackProps) {
  const t = useT();
  return (
    <div className="pane-error" role="alert">
      <p>{t('paneCrashed', { message: error.message })}</p>
      <button type="button" onClick={retry}>
        {t('retry')}
      </button>
    </div>
  );
}

export function PaneBoundary({ children }: { children: ReactNode }) {
  const doc = useGouji((s) => s.doc);
  return (
    <ErrorBoundary resetKey={doc} Fallback={PaneError}>
      {children}
    </ErrorBoundary>
  );
}
