// Search in the shown text: the query, its matches, the current one (back to the first when
// the matches change), stepping with Enter / Shift+Enter, Escape to clear, "/" to focus.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Span } from '../../core/types';
import { findAll } from './lines';
import { isSearchShortcut, stepMatch } from './search-step';

export function useSearch(text: string) {
  const [query, setQuery] = useState('');
  const matches = useMemo(() => findAll(text, query.trim()), [text, query]);
  // the current index belongs to one list of matches: a new list starts at its first match
  const [at, setAt] = useState<{ of: Span[]; i: number }>({ of: matches, i: 0 });
  const current = at.of === matches ? at.i : 0;
  const step = (d: number) => setAt({ of: matches, i: stepMatch(current, d, matches.length) });
  /** where to scroll: the current match (a new object whenever it moves) */
  const target = useMemo(() => (matches[current] ? { at: matches[current][0] } : null), [matches, current]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      step(e.shiftKey ? -1 : 1);
    } else if (e.key === 'Escape') setQuery('');
  };

  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (!isSearchShortcut(e)) return;
      e.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return { query, setQuery, matches, current, step, target, onKeyDown, inputRef };
}
