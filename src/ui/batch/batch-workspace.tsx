// The batch workspace: progress, storage, exports, then one of its views (the grid, year
// chains, indicators, charts, unreadable members) behind tabs.
import { type KeyboardEvent } from 'react';
import { useGouji } from '../store/store';
import type { BatchEntry, BatchView } from '../store/batch-slice';
import { useT, type PlainKey } from '../i18n/i18n';
import { BatchProgress } from './batch-progress';
import { StorageBar } from './storage-bar';
import { BatchExports } from './batch-exports';
import { GridToolbar } from './grid-toolbar';
import { BatchGrid } from './batch-grid';
import { ChainsView } from './chains-view';
import { IndicatorsView } from './indicators-view';
import { BatchCharts } from './batch-charts';
import { UnreadableList } from './unreadable-list';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's stylesheet
import './batch.css';

const VIEWS: [BatchView, PlainKey | null][] = [
  ['grid', 'batchViewGrid'],
  ['chains', 'batchViewChains'],
  ['indicators', 'batchViewIndicators'],
  ['charts', 'batchViewCharts'],
  ['unreadable', null], // worded with its count
];

// The selector runs on every change of the store (a focus move, a filter): the count is worked
// out once per list of entries, not on each of those.
const errorCounts = new WeakMap<readonly BatchEntry[], number>();
function errorCount(entries: readonly BatchEntry[]): number {
  let n = errorCounts.get(entries);
  if (n === undefined) {
    n = 0;
    for (const e of entries) if (e.row.error !== null) n++;
    errorCounts.set(entries, n);
  }
  return n;
}

export default function BatchWorkspace() {
  const t = useT();
  const view = useGouji((s) => s.batch.view);
  const setView = useGouji((s) => s.setBatchView);
  const unreadable = useGouji((s) => s.batch.unreadable.length + errorCount(s.batch.entries));

  const onTabKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = VIEWS.findIndex((v) => v[0] === view);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? VIEWS.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const v = VIEWS[(next + VIEWS.length) % VIEWS.length]![0];
    setView(v);
    document.getElementById(`bg-tab-${v}`)?.focus();
  };

  return (
    <div className="bg-workspace" data-testid="batch-workspace">
      <div className="bg-top">
        <h2 className="bg-title">{t('batchTitle')}</h2>
        <BatchProgress />
        <StorageBar />
      </div>
      <div className="bg-bar">
        <div role="tablist" aria-label={t('batchViews')} className="bg-tabs" onKeyDown={onTabKey}>
          {VIEWS.map(([v, label]) => (
            <button
              key={v}
              id={`bg-tab-${v}`}
              type="button"
              role="tab"
              aria-selected={view === v}
              aria-controls="bg-panel"
              tabIndex={view === v ? 0 : -1}
              onClick={() => setView(v)}
            >
              {label ? t(label) : t('batchViewUnreadable', { n: unreadable })}
            </button>
          ))}
        </div>
        <BatchExports />
      </div>
      <div
        id="bg-panel"
        role="tabpanel"
        aria-labelledby={`bg-tab-${view}`}
        className={`bg-panel bg-panel-${view}`}
        // a scrolling panel is reachable by keyboard; the grid is focusable itself
        tabIndex={view === 'grid' ? undefined : 0}
      >
        {view === 'grid' && (
          <>
            <GridToolbar />
            <BatchGrid />
          </>
        )}
        {view === 'chains' && <ChainsView />}
        {view === 'indicators' && <IndicatorsView />}
        {view === 'charts' && <BatchCharts />}
        {view === 'unreadable' && <UnreadableList />}
      </div>
    </div>
  );
}
