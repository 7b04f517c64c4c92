// The folded text with the garbles the detector is sure of taken out — invisible characters
// (zero-width, BOM, private use, controls), U+FFFD and converter markup (`[bookmark: _GoBack]`),
// and, when the pipeline has run the garble detector first, the runs it flagged as injected —
// so that a title, a date or a name broken by one still reads. Every position in the cleaned
// view maps back to the original text, so spans found there point into the text shown.
import type { TextContext } from '../context';
import { findCharGarbles, findMarkup } from '../garbles/exact';
import type { Garble, Span } from '../types';
import { PosMap, PosMapBuilder } from '../normalize/pos-map';

export interface CleanView {
  /** the folded text without the sure garbles */
  folded: string;
  /** per position of `folded` (and one past its end): the position in the original text */
  orig: PosMap;
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
  if (found.length === 0) return { folded: ctx.folded, orig: PosMap.identity(n + 1), changed: false };
  found.sort((a, b) => a.span[0] - b.span[0]);
  const parts: string[] = [];
  const orig = new PosMapBuilder();
  let at = 0;
  for (const g of found) {
    const [s, e] = g.span;
    if (e <= at) continue;
    const from = Math.max(at, 0);
    if (s > from) {
      parts.push(ctx.folded.slice(from, s));
      orig.run(from, s - from);
    }
    at = Math.max(at, e);
  }
  if (at < n) {
    parts.push(ctx.folded.slice(at));
    orig.run(at, n - at);
  }
  orig.push(n);
  return { folded: parts.join(''), orig: orig.build(), changed: true };
}

/** A span of the cleaned view as a span of the original text. */
export function origSpan(view: CleanView, span: Span): Span {
  if (span[1] <= span[0]) return [view.orig.at(span[0])!, view.orig.at(span[0])!];
  return [view.orig.at(span[0])!, view.orig.at(span[1] - 1)! + 1];
}

/** A position of the original text as a position of the cleaned view (the next kept one). */
export function cleanPos(view: CleanView, pos: number): number {
  return Math.min(view.orig.ceil(pos), view.orig.length - 1);
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
  // the dropped stretches [a, b), in text order
  const drops: number[] = [];
  // line breaks only: found by indexOf, not a test per character
  const stop = Math.min(to, f.length);
  for (let i = f.indexOf('\n', Math.max(0, from)); i >= 0 && i < stop; i = f.indexOf('\n', i + 1)) {
    let a = i;
    while (a > 0 && softBreakSkip(f.charCodeAt(a - 1))) a--;
    let b = i + 1;
    while (b < f.length && softBreakSkip(f.charCodeAt(b))) b++;
    if (a === 0 || b >= f.length || !joins(f.charCodeAt(a - 1)) || !joins(f.charCodeAt(b))) continue;
    if (endsWhole(f.slice(Math.max(0, a - 12), a))) continue;
    const last = drops.length - 1;
    // (a stretch starts past the previous one's end: a joining character stands between them)
    if (last > 0 && a <= drops[last]!) drops[last] = Math.max(drops[last]!, b);
    else drops.push(a, b);
  }
  if (drops.length === 0) return view;
  // what stands between the dropped stretches, one slice each and its positions a run or a few
  const parts: string[] = [];
  const orig = new PosMapBuilder();
  let at = 0;
  for (let d = 0; d < drops.length; d += 2) {
    const [a, b] = [drops[d]!, drops[d + 1]!];
    if (a > at) {
      parts.push(f.slice(at, a));
      orig.from(view.orig, at, a);
    }
    at = b;
  }
  if (at < f.length) {
    parts.push(f.slice(at));
    orig.from(view.orig, at, f.length);
  }
  orig.push(view.orig.at(f.length)!);
  return { folded: parts.join(''), orig: orig.build(), changed: true };
}
