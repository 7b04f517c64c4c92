// joinWrapped walks only up to its last dropped unit and copies the rest whole; here the plain
// version (a loop over every unit of the text), and the two compared, with and without garbles.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../normalize/fold';
import { findCharGarbles, findMarkup } from '../garbles/exact';
import type { Garble } from '../types';
import { cleanPos, cleanView, joinWrapped, origSpan, type CleanView } from './clean';

const SOFT_BREAK_SKIP = /[ \t\r#>*]/;
const JOINS = /[\u3400-\u9fff\d]/;

interface PlainView {
  folded: string;
  orig: Int32Array;
  changed: boolean;
}

function joinWrappedPlain(view: CleanView, from: number, to: number, endsWhole: (line: string) => boolean = () => false): CleanView | PlainView {
  const f = view.folded;
  const drop = new Uint8Array(f.length);
  let any = false;
  for (let i = Math.max(0, from); i < Math.min(to, f.length); i++) {
    if (f[i] !== '\n') continue;
    let a = i;
    while (a > 0 && SOFT_BREAK_SKIP.test(f[a - 1]!)) a--;
    let b = i + 1;
    while (b < f.length && SOFT_BREAK_SKIP.test(f[b]!)) b++;
    if (a === 0 || b >= f.length || !JOINS.test(f[a - 1]!) || !JOINS.test(f[b]!)) continue;
    if (endsWhole(f.slice(Math.max(0, a - 12), a))) continue;
    for (let k = a; k < b; k++) drop[k] = 1;
    any = true;
  }
  if (!any) return view;
  const parts: string[] = [];
  const orig = new Int32Array(f.length + 1);
  let k = 0;
  let runStart = -1;
  for (let i = 0; i < f.length; i++) {
    if (drop[i]) {
      if (runStart >= 0) parts.push(f.slice(runStart, i));
      runStart = -1;
      continue;
    }
    if (runStart < 0) runStart = i;
    orig[k++] = view.orig.at(i)!;
  }
  if (runStart >= 0) parts.push(f.slice(runStart));
  orig[k] = view.orig.at(f.length)!;
  return { folded: parts.join(''), orig: orig.subarray(0, k + 1), changed: true };
}

const plain = (v: CleanView | PlainView) => ({ folded: v.folded, orig: [...(v.orig instanceof Int32Array ? v.orig : v.orig.toArray())], changed: v.changed });

describe('joinWrapped', () => {
  it('equals the plain loop over the whole text', () => {
    const unit = fc.constantFrom('局', '年', '报告', '2', '0', '\n', '\n\n', ' ', '\t', '#', '>', '*', '\r', 'a', '。', '\u200b', '\ufffd');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 50 }), fc.nat(60), fc.nat(60), fc.boolean(), (parts, x, y, tail) => {
        const text = parts.join('');
        const view = cleanView({ text, folded: fold(text) });
        const endsWhole = tail ? (line: string) => line.endsWith('局') : undefined;
        const [from, to] = [Math.min(x, y), Math.max(x, y)];
        expect(plain(joinWrapped(view, from, to, endsWhole))).toEqual(plain(joinWrappedPlain(view, from, to, endsWhole)));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('cleanView with nothing taken out', () => {
  it('maps every position to itself, each view its own map', () => {
    const unit = fc.constantFrom('局', '年', '2', '\n', ' ', 'a');
    fc.assert(
      fc.property(fc.array(fc.array(unit, { maxLength: 9000 }), { minLength: 1, maxLength: 4 }), (texts) => {
        const views = texts.map((parts) => {
          const text = parts.join('');
          return { n: text.length, view: cleanView({ text, folded: fold(text) }) };
        });
        // every view still right after the later calls
        for (const { n, view } of views) {
          expect(view.changed).toBe(false);
          expect(view.orig.length).toBe(n + 1);
          for (let i = 0; i <= n; i++) if (view.orig.at(i) !== i) expect(view.orig.at(i)).toBe(i);
        }
      }),
      { numRuns: 60 },
    );
  });
});

/** cleanView as it was written first: one array entry per kept unit (the reference for the runs) */
function cleanViewPlain(ctx: { text: string; folded: string }, detected: readonly Garble[]): PlainView {
  const found: Garble[] = [];
  findCharGarbles(ctx.text, found);
  findMarkup(ctx.text, found);
  for (const g of detected) if (g.kind !== 'mojibake') found.push(g);
  const n = ctx.folded.length;
  found.sort((a, b) => a.span[0] - b.span[0]);
  const orig = new Int32Array(n + 1);
  let k = 0;
  let at = 0;
  let folded = '';
  for (const g of found) {
    const [s, e] = g.span;
    if (e <= at) continue;
    for (let i = at; i < s; i++) orig[k++] = i;
    folded += ctx.folded.slice(at, Math.max(at, s));
    at = Math.max(at, e);
  }
  for (let i = at; i < n; i++) orig[k++] = i;
  folded += ctx.folded.slice(at);
  orig[k] = n;
  return { folded, orig: orig.subarray(0, k + 1), changed: found.length > 0 };
}

/** cleanPos as it was: a binary search over the whole array */
function cleanPosPlain(orig: Int32Array, pos: number): number {
  let lo = 0;
  let hi = orig.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (orig[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

describe('cleanView, origSpan and cleanPos on runs of positions', () => {
  it('equal the plain per-unit array', () => {
    const unit = fc.constantFrom('局', '年', '报告', '2', '\n', ' ', 'a', '。', '\u200b', '\ufeff', '\ufffd', '\ue000', '[bookmark: _GoBack]', '臺');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), fc.array(fc.tuple(fc.nat(60), fc.nat(6), fc.constantFrom<Garble['kind']>('injected', 'mojibake', 'invisible')), { maxLength: 4 }), (parts, gs) => {
        const text = parts.join('');
        const ctx = { text, folded: fold(text) };
        const detected = gs.map(([s, len, kind]) => ({ kind, span: [Math.min(s, text.length), Math.min(s + len, text.length)] }) as unknown as Garble);
        const view = cleanView(ctx, detected);
        const ref = cleanViewPlain(ctx, detected);
        expect(plain(view)).toEqual(plain(ref));
        const m = view.orig.length;
        for (let i = 0; i < m; i++) for (let j = i; j <= Math.min(m - 1, i + 3); j++) expect(origSpan(view, [i, j])).toEqual(j <= i ? [ref.orig[i], ref.orig[i]] : [ref.orig[i], ref.orig[j - 1]! + 1]);
        for (let pos = -1; pos <= text.length + 1; pos++) expect(cleanPos(view, pos)).toBe(cleanPosPlain(ref.orig, pos));
      }),
      { numRuns: 3000 },
    );
  });
});
