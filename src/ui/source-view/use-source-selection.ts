// The store's selection in the source view: the spans it points at, whether to draw them, where
// to scroll, and a mouse selection made here sent back to the store.
import { useMemo, useState, type RefObject } from 'react';
import { useGouji, type Selection } from '../store/store';
import { selectionSpans } from './selection-spans';
import { selectionToSpan } from './dom-offsets';

export function useSourceSelection(cleaned: boolean, textRef: RefObject<HTMLElement | null>) {
  const selection = useGouji((s) => s.selection);
  const setSelection = useGouji((s) => s.setSelection);
  const spans = useMemo(() => (cleaned ? [] : selectionSpans(selection)), [selection, cleaned]);
  // A selection made here with the mouse is already shown by the browser; redrawing it as a mark
  // would replace the text nodes and drop the native selection (and with it Ctrl+C), and
  // scrolling to it would move the text under the mouse.
  const [mouseSelection, setMouseSelection] = useState<Selection>(null);
  const madeHere = selection !== null && selection === mouseSelection;
  const drawn = useMemo(() => (madeHere ? [] : spans), [madeHere, spans]);
  /** where to scroll: the selection's first span (a new object for each new selection) */
  const target = useMemo(() => (!madeHere && spans[0] ? { at: spans[0][0] } : null), [madeHere, spans]);

  const onMouseUp = () => {
    if (cleaned || !textRef.current) return;
    const span = selectionToSpan(window.getSelection(), textRef.current);
    if (!span) return;
    const s: Selection = { kind: 'span', span };
    setMouseSelection(s);
    setSelection(s);
  };

  return { spans, drawn, target, onMouseUp };
}
