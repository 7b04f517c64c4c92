// The simplified view: which text the pane shows (the inspected or the cleaned text, and
// traditional characters shown as simplified on request, one unit for one so spans still hold).
import { useEffect, useMemo, useState } from 'react';
import type { ReportDocument } from '../../core/types';
import type { SourceViewOptions } from '../store/store';
import { loadCharMap, toSimplified } from './simplify';

export interface ShownText {
  text: string;
  /** the document is not all simplified, so the toggle is offered */
  simplifiable: boolean;
  /** the character table could not load: the toggle is disabled */
  tableFailed: boolean;
}

export function useShownText(doc: ReportDocument | null, view: SourceViewOptions): ShownText {
  const [charMap, setCharMap] = useState<Map<number, number> | null>(null);
  const [tableFailed, setTableFailed] = useState(false);
  const simplifiable = !!doc && doc.meta.script !== 'simplified';
  const simplified = simplifiable && view.simplified; // works on the cleaned text too
  useEffect(() => {
    if (simplified && !charMap) loadCharMap().then(setCharMap, () => setTableFailed(true));
  }, [simplified, charMap]);

  const raw = doc ? (view.cleaned ? doc.cleanedText : doc.text) : '';
  const text = useMemo(() => (simplified && charMap ? toSimplified(raw, charMap) : raw), [raw, simplified, charMap]);
  return { text, simplifiable, tableFailed };
}
