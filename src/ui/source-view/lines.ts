// Line index and per-line mark segmentation for the virtual source view. Pure functions.
import type { Span } from '../../core/types';

/** Offsets where each line starts; a line ends before its '\n' (a trailing '\r' stays in the line). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** End of line `i` (exclusive), without its '\n' and a '\r' before it. */
export function lineEnd(text: string, starts: number[], i: number): number {
  let end = i + 1 < starts.length ? starts[i + 1]! - 1 : text.length;
  if (end > starts[i]! && text.charCodeAt(end - 1) === 13) end--;
  return end;
}

/** Index of the line holding `offset` (binary search). */
export function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface Mark {
  span: Span;
  className: string;
  title?: string;
}

export interface Segment {
  start: number;
  end: number;
  className: string;
  title: string;
}

/** Cut [start, end) into pieces so that each piece is covered by the same set of marks. */
export function segmentLine(start: number, end: number, marks: readonly Mark[]): Segment[] {
  const hits = marks.filter((m) => m.span[0] < end && m.span[1] > start && m.span[1] > m.span[0]);
  if (hits.length === 0) return [{ start, end, className: '', title: '' }];
  const cuts = new Set<number>([start, end]);
  for (const m of hits) {
    cuts.add(Math.max(start, m.span[0]));
    cuts.add(Math.min(end, m.span[1]));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const on = hits.filter((m) => m.span[0] <= a && m.span[1] >= b);
    const className = [...new Set(on.flatMap((m) => m.className.split(/\s+/).filter(Boolean)))].join(' ');
    const title = on.map((m) => m.title).filter(Boolean).join('\n');
    const prev = out.at(-1);
    if (prev && prev.className === className && prev.title === title) prev.end = b;
    else out.push({ start: a, end: b, className, title });
  }
  return out;
}

/** Every occurrence of `query` (case-insensitive for Latin letters), at most `limit`. */
export function findAll(text: string, query: string, limit = 5000): Span[] {
  if (!query) return [];
  const hay = text.toLowerCase();
  const needle = query.toLowerCase();
  // toLowerCase keeps UTF-16 length for CJK and ASCII; fall back to exact search if not.
  const useLower = hay.length === text.length && needle.length === query.length;
  const h = useLower ? hay : text;
  const n = useLower ? needle : query;
  const out: Span[] = [];
  for (let i = h.indexOf(n); i !== -1 && out.length < limit; i = h.indexOf(n, i + n.length)) out.push([i, i + n.length]);
  return out;
}
