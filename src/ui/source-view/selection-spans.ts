// The spans in `doc.text` a store selection points at (what the source view scrolls to).
import type { Span } from '../../core/types';
import type { Selection } from '../store/store';

export function selectionSpans(s: Selection): Span[] {
  if (!s) return [];
  switch (s.kind) {
    case 'cell':
      return s.span ? [s.span] : [];
    case 'check':
    case 'cells':
      return s.spans;
    case 'garble':
    case 'span':
      return [s.span];
  }
}
