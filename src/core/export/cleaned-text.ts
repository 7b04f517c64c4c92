// The cleaned text (report-json.md `cleanedText`): every garble removed or replaced by its
// suggestion, and the second copy of every block published twice dropped, so the cleaned text
// reads clean. Each change is recorded (`cleanedRemovals`): what was taken out of `text`, what
// stands in its place, and for a duplicate where the copy that stays is, so nothing is lost.
import type { Duplicate, Garble, Span } from '../types';

export interface CleanedRemoval {
  /** where the removed text stands in `text` */
  span: Span;
  kind: 'garble' | 'duplicate';
  /** what replaces it in the cleaned text ('' when removed) */
  replacement: string;
  /** duplicate: the copy that stays */
  of?: Span;
}

export function cleanedText(text: string, garbles: readonly Garble[], duplicates: readonly Duplicate[]): { text: string; removals: CleanedRemoval[] } {
  const edits: CleanedRemoval[] = [
    // a duplicate first at an equal start: it takes the garbles inside it along
    ...duplicates.map((d): CleanedRemoval => ({ span: d.span, kind: 'duplicate', replacement: '', of: d.of })),
    ...garbles.map((g): CleanedRemoval => ({ span: g.span, kind: 'garble', replacement: g.suggestion })),
  ].sort((a, b) => a.span[0] - b.span[0] || (a.kind === b.kind ? 0 : a.kind === 'duplicate' ? -1 : 1));
  let out = '';
  let at = 0;
  const removals: CleanedRemoval[] = [];
  for (const e of edits) {
    if (e.span[0] < at) continue; // inside a change already made (a garble in a dropped copy): the first wins
    out += text.slice(at, e.span[0]) + e.replacement;
    at = e.span[1];
    removals.push(e);
  }
  return { text: out + text.slice(at), removals };
}
