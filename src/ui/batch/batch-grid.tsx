// One row per report: @tanstack/react-table v9 for the sort state, its header toggles and column
// visibility (the rows are ordered by grid-sort.ts, on keys worked out once per row), rows
// virtualised with @tanstack/react-virtual so thousands scroll smoothly. The sort, filters,
// chosen columns, scroll position and focused row live in the store, so opening a report
// and coming back finds the grid as it was. Keyboard: arrows, Page Up/Down, Home/End move
// the active row, Enter opens it.
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useShallow } from 'zustand/react/shallow';
import { useGouji } from '../store/store';
import { useBatchEntries } from './use-entries';
import type { BatchEntry } from '../store/batch-slice';
import { useT } from '../i18n/i18n';
import type { Lang } from '../i18n/lang';
import { diagnosticText } from '../i18n/diagnostics';
import { COLUMNS, HIDDEN_BY_DEFAULT, cellText, columnLabel, type ColumnId, type ColumnSpec } from './grid-columns';
import { filterEntries } from './filter-rows';
import { columns, features, rankSome, sortEntries, unranked } from './grid-sort';
import { RowSlots } from './row-slots';

const WIDTH = new Map(COLUMNS.map((c) => [c.id as string, c.width]));
const SPEC = new Map(COLUMNS.map((c) => [c.id as string, c]));
const NUMERIC = new Set(COLUMNS.filter((c) => c.numeric).map((c) => c.id as string));
const ROW_H = 32;
/** values to rank within the sort itself (~13 collator calls each); more are ranked in slices */
const SYNC_RANKS = 300;
const SLICE_MS = 8;
const estimateSize = () => ROW_H;

interface RowProps {
  entry: BatchEntry;
  index: number;
  start: number;
  active: boolean;
  specs: ColumnSpec[];
  t: ReturnType<typeof useT>;
  lang: Lang;
  onOpen: (key: string) => void;
  onFocusRow: (key: string) => void;
}

/**
 * One grid row. Memoised: while the grid scrolls, or rows stream in, only the rows that come
 * into view (or change) render again, not every row on screen.
 */
const GridRow = memo(function GridRow({ entry: e, index, start, active, specs, t, lang, onOpen, onFocusRow }: RowProps) {
  const cls = ['bg-row', active ? 'bg-active' : '', e.row.error ? 'bg-error' : e.row.checks.fail > 0 ? 'bg-fail' : ''].filter(Boolean).join(' ');
  return (
    <div
      id={`bg-row-${e.key}`}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={active}
      className={cls}
      style={{ transform: `translateY(${start}px)` }}
      onClick={() => onFocusRow(e.key)}
      onDoubleClick={() => onOpen(e.key)}
      data-key={e.key}
    >
      {specs.map((c) => {
        // an unreadable input's reason in the page's language (its code), else as stored
        const text = c.id === 'error' && e.errorDiagnostic ? diagnosticText(e.errorDiagnostic, lang) : cellText(c.id, c.value(e), t);
        return (
          <div key={c.id} role="gridcell" data-cell-col={c.id} className={c.numeric ? 'bg-num' : undefined} style={{ width: c.width }} title={c.id === 'file' || c.id === 'error' || c.id === 'agency' ? text : undefined}>
            {c.id === 'file' ? (
              <>
                {e.corrected ? (
                  <span className="bg-corrected" title={t('batchCorrectedCells', { n: e.corrected })} data-testid="row-corrected">
                    ✎{' '}
                  </span>
                ) : null}
                <button type="button" tabIndex={-1} className="bg-open" onClick={() => onOpen(e.key)} aria-label={t('batchOpenRow', { file: e.path })}>
                  {text}
                </button>
              </>
            ) : (
              text
            )}
          </div>
        );
      })}
    </div>
  );
});

export function BatchGrid() {
  const t = useT();
  const lang = useGouji((s) => s.lang);
  const entries = useBatchEntries();
  const { filter, sorting, hidden, scrollTop, focusKey } = useGouji(
    useShallow((s) => ({ filter: s.grid.filter, sorting: s.grid.sorting, hidden: s.grid.columns, scrollTop: s.grid.scrollTop, focusKey: s.grid.focusKey })),
  );
  const setGrid = useGouji((s) => s.setGrid);
  const open = useGouji((s) => s.openBatchReport);
  const data = useMemo(() => filterEntries(entries, filter), [entries, filter]);
  const columnVisibility = useMemo(() => ({ ...HIDDEN_BY_DEFAULT, ...hidden }), [hidden]);

  const table = useTable({
    features,
    columns,
    data,
    getRowId: (e) => e.key,
    state: { sorting, columnVisibility },
    onSortingChange: (u) => setGrid({ sorting: typeof u === 'function' ? u(useGouji.getState().grid.sorting) : u }),
    onColumnVisibilityChange: () => {},
    // the rows are ordered by grid-sort.ts (keys once per row), not by the table's row models
    manualSorting: true,
  });
  // Text the sort has not ranked yet: a few values (a flush) are ranked in the sort itself; many
  // (the first sort by file name of a large workspace) in slices first, the rows shown in the
  // order they came in meanwhile (the header marks the sort with …, the grid is aria-busy), so
  // no click makes a long task.
  const [ranked, setRanked] = useState<{ entries: readonly BatchEntry[]; sorting: typeof sorting } | null>(null);
  const ready = useMemo(
    () => (ranked?.entries === entries && ranked.sorting === sorting) || unranked(entries, sorting) <= SYNC_RANKS,
    [ranked, entries, sorting],
  );
  useEffect(() => {
    if (ready) return;
    let stopped = false;
    const step = () => {
      if (stopped) return;
      if (rankSome(entries, sorting, performance.now() + SLICE_MS)) setRanked({ entries, sorting });
      else setTimeout(step, 0);
    };
    setTimeout(step, 0);
    return () => {
      stopped = true;
    };
  }, [ready, entries, sorting]);
  const rows = useMemo(() => (ready ? sortEntries(data, sorting, entries) : data), [ready, data, sorting, entries]);
  const visible = table.getVisibleLeafColumns();
  const template = visible.map((c) => `${WIDTH.get(c.id) ?? 80}px`).join(' ');

  const scrollRef = useRef<HTMLDivElement>(null);
  const slotsRef = useRef(new RowSlots());
  // oxlint-disable-next-line react/incompatible-library -- no React Compiler here; the virtualizer re-renders us itself
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    // items keyed by index (the default): every row is ROW_H tall and none is measured, and a key
    // per report made every sort and flush lay out all the rows' positions again
    // rows beyond the edges, ready for the next wheel step; a jump lays out every row rendered, so few
    overscan: 4,
    initialOffset: scrollTop,
  });

  const activeIndex = Math.max(0, focusKey ? rows.findIndex((r) => r.key === focusKey) : 0);
  const activeKey = rows[activeIndex]?.key ?? null;

  // back from a report: the same scroll position, and the keyboard where it was (read once, on mount)
  const mounted = useRef({ scrollTop, focusKey, setGrid, virtualizer });
  useLayoutEffect(() => {
    const el = scrollRef.current;
    const m = mounted.current;
    if (!el) return;
    el.scrollTop = m.scrollTop;
    if (m.focusKey) el.focus({ preventScroll: true });
    // the virtualizer's own record of the offset: reading el.scrollTop on every scroll event
    // forced a layout per event
    return () => m.setGrid({ scrollTop: m.virtualizer.scrollOffset ?? m.scrollTop });
  }, []);

  const moveTo = (i: number) => {
    const n = rows.length;
    if (n === 0) return;
    const idx = Math.min(n - 1, Math.max(0, i));
    setGrid({ focusKey: rows[idx]!.key });
    virtualizer.scrollToIndex(idx, { align: 'auto' });
  };

  const openRow = useCallback(
    (key: string) => {
      setGrid({ focusKey: key, scrollTop: scrollRef.current?.scrollTop ?? 0 });
      void open(key);
    },
    [setGrid, open],
  );
  const focusRow = useCallback((key: string) => setGrid({ focusKey: key }), [setGrid]);
  const visibleIds = visible.map((c) => c.id).join(',');
  const specs = useMemo(() => visibleIds.split(',').map((id) => SPEC.get(id)!).filter(Boolean), [visibleIds]);

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 320) / ROW_H) - 2);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(activeIndex + 1),
      ArrowUp: () => moveTo(activeIndex - 1),
      PageDown: () => moveTo(activeIndex + page),
      PageUp: () => moveTo(activeIndex - page),
      Home: () => moveTo(0),
      End: () => moveTo(rows.length - 1),
      Enter: () => activeKey && openRow(activeKey),
    };
    const k = keys[e.key];
    if (!k) return;
    e.preventDefault();
    k();
  };

  // keep the active row in the store once rows arrive (so Enter works at once)
  useEffect(() => {
    if (!focusKey && rows[0]) setGrid({ focusKey: rows[0].key });
  }, [focusKey, rows, setGrid]);

  const header = table.getHeaderGroups()[0]!;
  const items = virtualizer.getVirtualItems();
  const slotOf = slotsRef.current.assign(items.map((v) => rows[v.index]!.key));
  return (
    <div
      ref={scrollRef}
      className="bg-grid"
      role="grid"
      tabIndex={0}
      aria-label={t('batchGridLabel')}
      aria-rowcount={rows.length + 1}
      aria-colcount={visible.length}
      aria-activedescendant={activeKey ? `bg-row-${activeKey}` : undefined}
      aria-busy={!ready}
      onKeyDown={onKey}
      data-testid="batch-grid"
    >
      <div role="rowgroup" className="bg-head">
        <div role="row" aria-rowindex={1} className="bg-row" style={{ gridTemplateColumns: template }}>
          {header.headers.map((h) => {
            const dir = h.column.getIsSorted();
            return (
              <div
                key={h.id}
                role="columnheader"
                className={NUMERIC.has(h.id) ? 'bg-num' : undefined}
                aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}
              >
                <button type="button" tabIndex={-1} onClick={h.column.getToggleSortingHandler()} data-col={h.id} title={columnLabel(h.id as ColumnId, lang, t)}>
                  {columnLabel(h.id as ColumnId, lang, t)}
                  <span aria-hidden="true" className="bg-sort">{dir === 'asc' ? ' ▲' : dir === 'desc' ? ' ▼' : ''}{dir && !ready ? ' …' : ''}</span>
                </button>
              </div>
            );
          })}
        </div>
      </div>
      <div role="rowgroup" className="bg-body" style={{ height: virtualizer.getTotalSize(), width: visible.reduce((s, c) => s + (WIDTH.get(c.id) ?? 80), 0) }}>
        {/* in slot order, not row order: the rows are placed by their transform (and numbered by
            aria-rowindex), so the elements never move either — React moved ~20 a wheel step */}
        {[...items].sort((a, b) => slotOf.get(rows[a.index]!.key)! - slotOf.get(rows[b.index]!.key)!).map((v) => {
          const row = rows[v.index]!;
          return (
            <GridRow
              // keyed by slot, not by report: a row scrolled out is reused for the one scrolled
              // in (its text and position change), instead of removed and a new one built
              key={slotOf.get(row.key)}
              entry={row}
              index={v.index}
              start={v.start}
              active={row.key === activeKey}
              specs={specs}
              t={t}
              lang={lang}
              onOpen={openRow}
              onFocusRow={focusRow}
            />
          );
        })}
      </div>
      {rows.length === 0 && entries.length > 0 && <p className="bg-empty">{t('batchNoRows')}</p>}
    </div>
  );
}
