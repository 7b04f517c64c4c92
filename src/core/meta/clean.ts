// The folded text with the garbles the detector is sure of taken out — invisible characters
// (zero-width, BOM, private use, controls), U+FFFD and converter markup (`[bookmark: _GoBack]`),
// and, when the pipeline has run the garble detector first, the runs it flagged as injected —
// so that a title, a date or a name broken by one still reads. Every position in the cleaned
// view maps back to the original text, so spans found there point into the text shown.
import type { TextContext } from '../context';
import { findCharGarbles, findMarkup } from '../garbles/exact';
import type { Garble, Span } from '../types';

export interface CleanView {
  /** the folded text without the sure garbles */
  folded: string;
  /** per position of `folded` (and one past its end): the position in the original text */
  orig: Int32Array;
  /** whether anything was taken out */
  changed: boolean;
}

/** Kinds of the detector's finds that are taken out (mojibake is repaired, not removed: kept). */
const REMOVED = new Set<Garble['kind']>(['invisible', 'replacement', 'markup', 'injected']);

export function cleanView(ctx: TextContext, detected: readonly Garble[] = []): CleanView {
  const found: Garble[] = [];
  findCharGarbles(ctx.text, found);
  findMarkup(ctx.text, found);
  for (const g of detected) if (REMOVED.has(g.kind)) found.push(g);
  const n = ctx.folded.length;
  if (found.length === 0) {
    const orig = new Int32Array(n + 1);
    for (let i = 0; i <= n; i++) orig[i] = i;
    return { folded: ctx.folded, orig, changed: false };
  }
  found.sort((a, b) => a.span[0] - b.span[0]);
  const parts: string[] = [];
  const orig = new Int32Array(n + 1);
  let k = 0;
  let at = 0;
  for (const g of found) {
    const [s, e] = g.span;
    if (e <= at) continue;
    const from = Math.max(at, 0);
    if (s > from) {
      parts.push(ctx.folded.slice(from, s));
      for (let i = from; i < s; i++) orig[k++] = i;
    }
    at = Math.max(at, e);
  }
  if (at < n) {
    parts.push(ctx.folded.slice(at));
    for (let i = at; i < n; i++) orig[k++] = i;
  }
  orig[k] = n;
  return { folded: parts.join(''), orig: orig.subarray(0, k + 1), changed: true };
}

/** A span of the cleaned view as a span of the original text. */
export function origSpan(view: CleanView, span: Span): Span {
  if (span[1] <= span[0]) return [view.orig[span[0]]!, view.orig[span[0]]!];
  return [view.orig[span[0]]!, view.orig[span[1] - 1]! + 1];
}

/** A position of the original text as a position of the cleaned view (the next kept one). */
export function cleanPos(view: CleanView, pos: number): number {
  let lo = 0;
  let hi = view.orig.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.orig[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The original text of a span with the sure garbles taken out (what meta reads there). */
export function cleanSlice(ctx: TextContext, span: Span): string {
  const sub = { text: ctx.text.slice(...span), folded: ctx.folded.slice(...span) };
  return cleanView(sub).folded;
}

/** what stands around a soft break and goes with it: [ \t\r#>*] (a code test, not a regex per character) */
function softBreakSkip(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x23 || c === 0x3e || c === 0x2a;
}
/** what a wrapped line may break between: [\u3400-\u9fff\d] */
function joins(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39);
}

/**
 * The view with single line breaks inside [from, to) taken out where a Han character or digit
 * stands on both sides (markdown heading marks and spaces around the break go too): a title
 * wrapped over lines by a converter ("# XX局2022\n年政府信息公开工作年度\n报告") reads as one line.
 * A blank line (a paragraph) is kept, and so is a break after a line `endsWhole` says is complete.
 * Positions still map into the original text.
 */
export function joinWrapped(view: CleanView, from: number, to: number, endsWhole: (line: string) => boolean = () => false): CleanView {
  const f = view.folded;
  let drop: Uint8Array | null = null; // made when a first break is dropped
  let any = false;
  let dropEnd = 0; // nothing is dropped from here on
  // line breaks only: found by indexOf, not a test per character
  const stop = Math.min(to, f.length);
  for (let i = f.indexOf('\n', Math.max(0, from)); i >= 0 && i < stop; i = f.indexOf('\n', i + 1)) {
    let a = i;
    while (a > 0 && softBreakSkip(f.charCodeAt(a - 1))) a--;
    let b = i + 1;
    while (b < f.length && softBreakSkip(f.charCodeAt(b))) b++;
    if (a === 0 || b >= f.length || !joins(f.charCodeAt(a - 1)) || !joins(f.charCodeAt(b))) continue;
    if (endsWhole(f.slice(Math.max(0, a - 12), a))) continue;
    drop ??= new Uint8Array(f.length);
    for (let k = a; k < b; k++) drop[k] = 1;
    dropEnd = Math.max(dropEnd, b);
    any = true;
  }
  if (!any || !drop) return view;
  const parts: string[] = [];
  const orig = new Int32Array(f.length + 1);
  let k = 0;
  let runStart = -1;
  // unit by unit only up to the last dropped one (the head, where titles are joined); the rest
  // of the text is one slice and one copy of its positions, not a loop over the whole report
  for (let i = 0; i < dropEnd; i++) {
    if (drop[i]) {
      if (runStart >= 0) parts.push(f.slice(runStart, i));
      runStart = -1;
      continue;
    }
    if (runStart < 0) runStart = i;
    orig[k++] = view.orig[i]!;
  }
  if (runStart >= 0) parts.push(f.slice(runStart, dropEnd));
  if (dropEnd < f.length) {
    parts.push(f.slice(dropEnd));
    orig.set(view.orig.subarray(dropEnd, f.length), k);
    k += f.length - dropEnd;
  }
  orig[k] = view.orig[f.length]!;
  return { folded: parts.join(''), orig: orig.subarray(0, k + 1), changed: true };
}
