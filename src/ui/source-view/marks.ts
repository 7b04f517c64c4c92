// The marks the source view draws (pure): the highlights it is given, the selection and the
// search matches, current match marked apart. On the cleaned text spans no longer apply, so
// highlights are left out there.
import type { Span } from '../../core/types';
import type { Mark } from './lines';

export interface MarkInputs {
  highlights: readonly Mark[];
  /** selection spans to draw (none when the browser already shows it) */
  selection: readonly Span[];
  matches: readonly Span[];
  current: number;
  cleaned: boolean;
}

export function sourceMarks({ highlights, selection, matches, current, cleaned }: MarkInputs): Mark[] {
  const out: Mark[] = [];
  if (!cleaned) out.push(...highlights);
  for (const s of selection) out.push({ span: s, className: 'hl-selection' });
  matches.forEach((m, i) => out.push({ span: m, className: i === current ? 'hl-search hl-search-current' : 'hl-search' }));
  return out;
}
