// The inspector's marks over the source text, derived where they are shown: computed from the
// document and the language (memoised), never kept in the store.
import { useMemo } from 'react';
import { useGouji } from '../store/store';
import { highlightsFor, type InspectorHighlight } from './highlights';

const NONE: InspectorHighlight[] = [];

export function useInspectorHighlights(): InspectorHighlight[] {
  const doc = useGouji((s) => s.doc);
  const lang = useGouji((s) => s.lang);
  return useMemo(() => (doc ? highlightsFor(doc, lang) : NONE), [doc, lang]);
}
