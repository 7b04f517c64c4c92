// Keeps the store's highlight list (drawn by the source view) in step with the document and
// the language. Mounted once by the app shell.
import { useEffect } from 'react';
import { useGouji } from '../store/store';
import { highlightsFor } from './highlights';

export function useInspectorHighlights(): void {
  const doc = useGouji((s) => s.doc);
  const lang = useGouji((s) => s.lang);
  const setHighlights = useGouji((s) => s.setHighlights);
  useEffect(() => {
    setHighlights(doc ? highlightsFor(doc, lang) : []);
  }, [doc, lang, setHighlights]);
}
