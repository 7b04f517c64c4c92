// The inspected text with line numbers, rendered virtually (only the visible lines), with
// marks drawn from spans: the highlights it is given, the selection and search matches.
// Each concern is a hook of its own: the shown text, search, selection, lines, scrolling.
import { useMemo, useRef } from 'react';
import { useGouji } from '../store/store';
import { useT } from '../i18n/i18n';
import type { Span } from '../../core/types';
import { lineAt, lineEnd, segmentLine, type Mark } from './lines';
import { sourceMarks } from './marks';
import { useShownText } from './use-shown-text';
import { useSearch } from './use-search';
import { useSourceSelection } from './use-source-selection';
import { useLines } from './use-lines';
import { useScrollTo } from './use-scroll-to';

const NONE: readonly Mark[] = [];

export function SourceView({ highlights = NONE }: { highlights?: readonly Mark[] }) {
  const t = useT();
  const doc = useGouji((s) => s.doc);
  const view = useGouji((s) => s.sourceView);
  const setView = useGouji((s) => s.setSourceView);
  const scrollRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLDivElement>(null);

  const { text, simplifiable, tableFailed } = useShownText(doc, view);
  const { query, setQuery, matches, current, step, target: searchTarget, onKeyDown, inputRef } = useSearch(text);
  const selection = useSourceSelection(view.cleaned, textRef);
  const lines = useLines(text, scrollRef);
  useScrollTo(selection.target, lines, scrollRef);
  useScrollTo(searchTarget, lines, scrollRef);
  const marks = useMemo(
    () => sourceMarks({ highlights, selection: selection.drawn, matches, current, cleaned: view.cleaned }),
    [highlights, selection.drawn, matches, current, view.cleaned],
  );

  if (!doc) return null;
  const { starts, virtualizer } = lines;
  const first = selection.spans[0];
  const items = virtualizer.getVirtualItems();

  return (
    <section className="source-view" aria-label={t('sourceLabel')}>
      <div className="source-toolbar" role="toolbar" aria-label={t('sourceLabel')}>
        <div className="search-box" role="search">
          <input
            ref={inputRef}
            type="search"
            aria-label={t('search')}
            placeholder={t('searchPlaceholder')}
            aria-keyshortcuts="/"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={onKeyDown}
          />
          <span className="search-count" aria-live="polite">
            {query.trim() ? (matches.length ? t('matches', { i: current + 1, n: matches.length }) : t('noMatches')) : ''}
          </span>
          <button type="button" onClick={() => step(-1)} disabled={!matches.length} aria-label={t('findPrev')} title={t('findPrev')}>
            ↑
          </button>
          <button type="button" onClick={() => step(1)} disabled={!matches.length} aria-label={t('findNext')} title={t('findNext')}>
            ↓
          </button>
        </div>
        <label className="toggle">
          <input type="checkbox" checked={view.cleaned} onChange={(e) => setView({ cleaned: e.target.checked })} />
          {t('showCleaned')}
        </label>
        {simplifiable && (
          <label className="toggle">
            <input type="checkbox" checked={view.simplified} disabled={tableFailed} onChange={(e) => setView({ simplified: e.target.checked })} />
            {t('showSimplified')}
          </label>
        )}
        <span className="source-stats">
          {first && (
            <span className="sel-info" data-testid="selection-info">
              {t('selectionInfo', { line: lineAt(starts, first[0]) + 1, start: first[0], end: first[1] })}
            </span>
          )}
          {t('lines', { n: starts.length })}
        </span>
      </div>
      {view.cleaned && <p className="source-note">{t('cleanedNote')}</p>}
      <div
        className="source-scroll"
        ref={scrollRef}
        tabIndex={0}
        role="region"
        aria-label={`${t('sourceLabel')} · ${doc.source.name}`}
        data-testid="source-scroll"
      >
        <div className="source-lines" ref={textRef} onMouseUp={selection.onMouseUp} style={{ height: virtualizer.getTotalSize() }}>
          <div className="source-window" style={{ transform: `translateY(${items[0]?.start ?? 0}px)` }}>
            {items.map((it) => (
              <div key={it.key} className="src-line" data-index={it.index} ref={virtualizer.measureElement}>
                <span className="ln" aria-hidden="true">
                  {it.index + 1}
                </span>
                <span className="lt">
                  {segmentLine(starts[it.index]!, lineEnd(text, starts, it.index), marks).map((g) => (
                    <Seg key={g.start} text={text} start={g.start} end={g.end} className={g.className} title={g.title} />
                  ))}
                </span>
              </div>
            ))}
          </div>
        </div>
      </div>
    </section>
  );
}

function Seg({ text, start, end, className, title }: { text: string; start: number; end: number; className: string; title: string }) {
  const body = text.slice(start, end);
  if (!className) return <span data-off={start}>{body}</span>;
  return (
    <mark data-off={start} className={className} title={title || undefined}>
      {body}
    </mark>
  );
}

export type { Mark, Span };
