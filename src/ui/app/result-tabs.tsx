// The right pane: tabs for the inspector's panes (tables, issues, charts) and the overview.
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useGouji, type ResultTab } from '../store/store';
import { useT, type PlainKey } from '../i18n/i18n';
import { TablesPane } from '../tables-pane/tables-pane';
import { IssuesList } from '../issues/issues-list';
import { Charts } from '../charts/charts';
import { IssueNav } from '../issues/issue-nav';
import { OverviewPane } from './overview-pane';
import { PaneBoundary } from './pane-boundary';

const TABS: { id: ResultTab; label: PlainKey; render: () => ReactNode }[] = [
  { id: 'tables', label: 'tabTables', render: () => <TablesPane /> },
  { id: 'issues', label: 'tabIssues', render: () => <IssuesList /> },
  { id: 'charts', label: 'tabCharts', render: () => <Charts /> },
  { id: 'overview', label: 'tabOverview', render: () => <OverviewPane /> },
];

export function ResultTabs() {
  const t = useT();
  const tab = useGouji((s) => s.tab);
  const setTab = useGouji((s) => s.setTab);
  const list = useRef<HTMLDivElement>(null);

  const onKey = (e: KeyboardEvent) => {
    const i = TABS.findIndex((x) => x.id === tab);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const n = (next + TABS.length) % TABS.length;
    setTab(TABS[n]!.id);
    list.current?.querySelectorAll<HTMLButtonElement>('[role=tab]')[n]?.focus();
  };

  const active = TABS.find((x) => x.id === tab) ?? TABS[0]!;
  return (
    <section className="results" aria-label={t('tabsLabel')}>
      <div className="tabs-bar">
        <div className="tablist" role="tablist" aria-label={t('tabsLabel')} ref={list} onKeyDown={onKey}>
          {TABS.map((x) => (
            <button
              key={x.id}
              type="button"
              role="tab"
              id={`tab-${x.id}`}
              aria-selected={x.id === tab}
              aria-controls={`panel-${x.id}`}
              tabIndex={x.id === tab ? 0 : -1}
              onClick={() => setTab(x.id)}
            >
              {t(x.label)}
            </button>
          ))}
        </div>
        {/* next/previous issue work from every tab, so they sit beside the tabs, not in one */}
        <IssueNav />
      </div>
      {/* keyed by tab: each tab opens at its top, not at the scroll position of the one before */}
      <div key={active.id} className="tabpanel" role="tabpanel" id={`panel-${active.id}`} aria-labelledby={`tab-${active.id}`} tabIndex={0}>
        <PaneBoundary>{active.render()}</PaneBoundary>
      </div>
    </section>
  );
}
