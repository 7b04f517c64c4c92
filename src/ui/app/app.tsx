// The shell: header, status line, then the source beside the result tabs.
import { lazy, Suspense, useEffect, useState } from 'react';
import { useGouji } from '../store/store';
import { useT } from '../i18n/i18n';
import { Header } from './header';
import { StatusBar } from './status-bar';
import { Welcome } from './welcome';
import { ResultTabs } from './result-tabs';
import { SectionsNav } from './sections-nav';
import { PaneBoundary } from './pane-boundary';
import { StaleBanner, useStale } from './stale-banner';
import { MainThreadNotice } from './main-thread-notice';
import { UpdateBanner } from '../offline/update-banner';
import { InspectorSource } from './inspector-source';
import { DropOverlay } from '../input/drop-overlay';
import { useGlobalPaste } from '../input/global-paste';
import { PrintReport, usePrinting } from './print-report';
import { BackBar } from '../batch/back-bar';
import { usePersistSession } from './persist-session';

// the batch workspace (its grid, the batch core, recharts) loads when a batch is opened
const BatchWorkspace = lazy(() => import('../batch/batch-workspace'));

export function App() {
  const t = useT();
  const lang = useGouji((s) => s.lang);
  const hasDoc = useGouji((s) => !!s.doc);
  const batch = useGouji((s) => s.mode === 'batch');
  const stale = useStale();
  const printing = usePrinting();
  // under ~900 px the panes stack and one shows at a time (app.css); this picks which
  const [narrowPane, setNarrowPane] = useState<'source' | 'results'>('results');
  useGlobalPaste();
  usePersistSession();
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${t('appTitle')} · ${t('appSubtitle')}`;
  }, [lang, t]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <Header />
      <main id="main" tabIndex={-1}>
        <UpdateBanner />
        <StatusBar />
        <MainThreadNotice />
        <StaleBanner />
        <BackBar />
        {batch ? (
          <Suspense fallback={<p className="muted">{t('batchCollecting')}</p>}>
            <BatchWorkspace />
          </Suspense>
        ) : hasDoc ? (
          <div className={`workspace${stale ? ' workspace-stale' : ''} show-${narrowPane}`}>
            <div className="pane-switch" role="group" aria-label={t('paneSwitch')}>
              <button type="button" aria-pressed={narrowPane === 'source'} onClick={() => setNarrowPane('source')}>{t('paneSource')}</button>
              <button type="button" aria-pressed={narrowPane === 'results'} onClick={() => setNarrowPane('results')}>{t('paneResults')}</button>
            </div>
            <div className="pane pane-source">
              <SectionsNav variant="strip" />
              <PaneBoundary>
                <InspectorSource />
              </PaneBoundary>
            </div>
            <div className="pane pane-results">
              <ResultTabs />
            </div>
          </div>
        ) : (
          <Welcome />
        )}
      </main>
      <DropOverlay />
      {printing && hasDoc ? <PrintReport at={printing} /> : null}
    </>
  );
}
