// The inspected text with line numbers, rendered virtually (only the visible lines), with
// marks drawn from spans: the store's highlights, the selection and search matches.
import { useEffect, useEffectEvent, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useGouji, type Selection } from '../store/store';
import { useT } from '../i18n/i18n';
import type { Span } from '../../core/types';
import { findAll, lineAt, lineEnd, lineStarts, segmentLine, type Mark } from './lines';
import { selectionSpans } from './selection-spans';
import { selectionToSpan } from './dom-offsets';
import { loadCharMap, toSimplified } from './simplify';

export function SourceView({ extraHighlights = [] }: { extraHighlights?: Mark[] }) {
  const t = useT();
  const doc = useGouji((s) => s.doc);
  const highlights = useGouji((s) => s.highlights);
  const selection = useGouji((s) => s.selection);
  const setSelection = useGouji((s) => s.setSelection);
  const view = useGouji((s) => s.sourceView);
  const setView = useGouji((s) => s.setSourceView);

  const [charMap, setCharMap] = useState<Map<number, number> | null>(null);
  const [charMapError, setCharMapError] = useState(false);
  const showSimplifiedToggle = !!doc && doc.meta.script !== 'simplified';
  const simplified = showSimplifiedToggle && view.simplified; // one unit for one: works on the cleaned text too
  useEffect(() => {
    if (simplified && !charMap) {
      loadCharMap().then(setCharMap, () => setCharMapError(true));
    }
  }, [simplified, charMap]);

  const raw = doc ? (view.cleaned ? doc.cleanedText : doc.text) : '';
  const text = useMemo(() => (simplified && charMap ? toSimplified(raw, charMap) : raw), [raw, simplified, charMap]);
  const starts = useMemo(() => lineStarts(text), [text]);

  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);
  const matches = useMemo(() => findAll(text, query.trim()), [text, query]);
  useEffect(() => setCurrent(0), [matches]);

  const selSpans = useMemo(() => (view.cleaned ? [] : selectionSpans(selection)), [selection, view.cleaned]);
  // A selection made here with the mouse is already shown by the browser; redrawing it as a mark
  // would replace the text nodes and drop the native selection (and with it Ctrl+C).
  const [mouseSelection, setMouseSelection] = useState<Selection>(null);
  const drawnSpans = useMemo(() => (selection !== null && selection === mouseSelection ? [] : selSpans), [selection, mouseSelection, selSpans]);
  const marks = useMemo<Mark[]>(() => {
    const out: Mark[] = [];
    if (!view.cleaned) out.push(...highlights, ...extraHighlights);
    for (const s of drawnSpans) out.push({ span: s, className: 'hl-selection' });
    matches.forEach((m, i) => out.push({ span: m, className: i === current ? 'hl-search hl-search-current' : 'hl-search' }));
    return out;
  }, [highlights, extraHighlights, drawnSpans, matches, current, view.cleaned]);

  const scrollRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  // oxlint-disable-next-line react/incompatible-library -- no React Compiler here; the virtualizer re-renders us itself
  const virtualizer = useVirtualizer({
    count: starts.length,
    getScrollElement: () => scrollRef.current,
    // ~46 characters per visual row in the pane at 1280px; measured afterwards anyway
    estimateSize: (i) => 21 * Math.max(1, Math.ceil((lineEnd(text, starts, i) - starts[i]!) / 46)),
    overscan: 12,
  });

  // Line heights are estimates until measured, so scroll to the line first, then centre the
  // exact segment once it is rendered (a long wrapped line may be taller than the pane).
  const scrollToOffset = useEffectEvent((off: number) => {
    const index = lineAt(starts, off);
    virtualizer.scrollToIndex(index, { align: 'center' });
    let tries = 0;
    const settle = () => {
      const box = scrollRef.current;
      const line = box?.querySelector<HTMLElement>(`.src-line[data-index="${index}"]`);
      if (!box || !line) {
        if (++tries < 10) requestAnimationFrame(settle);
        return;
      }
      const segs = [...line.querySelectorAll<HTMLElement>('[data-off]')];
      const seg = segs.filter((s) => Number(s.dataset.off) <= off).at(-1) ?? line;
      const a = seg.getBoundingClientRect();
      const b = box.getBoundingClientRect();
      if (a.top < b.top + 24 || a.bottom > b.bottom - 24) box.scrollTop += a.top - b.top - (b.height - a.height) / 2;
    };
    requestAnimationFrame(() => requestAnimationFrame(settle));
  });

  // Follow the store's selection, unless it was made here with the mouse (already visible).
  useEffect(() => {
    if (selection !== null && selection === mouseSelection) return;
    if (selSpans[0]) scrollToOffset(selSpans[0][0]);
  }, [selSpans, selection, mouseSelection]);

  useEffect(() => {
    const m = matches[current];
    if (m) scrollToOffset(m[0]);
  }, [matches, current]);

  const onMouseUp = () => {
    if (view.cleaned || !textRef.current) return;
    const span = selectionToSpan(window.getSelection(), textRef.current);
    if (!span) return;
    const s: Selection = { kind: 'span', span };
    setMouseSelection(s);
    setSelection(s);
  };

  // "/" anywhere outside a text field jumps to the search box, as in most code viewers.
  const searchRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      const typing = !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
      if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const step = (d: number) => {
    if (matches.length) setCurrent((c) => (c + d + matches.length) % matches.length);
  };
  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      step(e.shiftKey ? -1 : 1);
    } else if (e.key === 'Escape') setQuery('');
  };

  if (!doc) return null;
  const items = virtualizer.getVirtualItems();

  return (
    <section className="source-view" aria-label={t('sourceLabel')}>
      <div className="source-toolbar" role="toolbar" aria-label={t('sourceLabel')}>
        <div className="search-box" role="search">
          <input
            ref={searchRef}
            type="search"
            aria-label={t('search')}
            placeholder={t('searchPlaceholder')}
            aria-keyshortcuts="/"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={onSearchKey}
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
        {showSimplifiedToggle && (
          <label className="toggle">
            <input
              type="checkbox"
              checked={view.simplified}
              disabled={charMapError}
              onChange={(e) => setView({ simplified: e.target.checked })}
            />
            {t('showSimplified')}
          </label>
        )}
        <span className="source-stats">
          {selSpans[0] && (
            <span className="sel-info" data-testid="selection-info">
              {t('selectionInfo', { line: lineAt(starts, selSpans[0][0]) + 1, start: selSpans[0][0], end: selSpans[0][1] })}
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
        <div className="source-lines" ref={textRef} onMouseUp={onMouseUp} style={{ height: virtualizer.getTotalSize() }}>
          <div className="source-window" style={{ transform: `translateY(${items[0]?.start ?? 0}px)` }}>
            {items.map((it) => {
              const s = starts[it.index]!;
              const e = lineEnd(text, starts, it.index);
              return (
                <div key={it.key} className="src-line" data-index={it.index} ref={virtualizer.measureElement}>
                  <span className="ln" aria-hidden="true">
                    {it.index + 1}
                  </span>
                  <span className="lt">
                    {segmentLine(s, e, marks).map((g) => (
                      <Seg key={g.start} text={text} start={g.start} end={g.end} className={g.className} title={g.title} />
                    ))}
                  </span>
                </div>
              );
            })}
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
