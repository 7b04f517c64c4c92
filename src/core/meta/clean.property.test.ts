// joinWrapped walks only up to its last dropped unit and copies the rest whole; here the plain
// version (a loop over every unit of the text), and the two compared, with and without garbles.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../normalize/fold';
import { cleanView, joinWrapped, type CleanView } from './clean';

const SOFT_BREAK_SKIP = /[ \t\r#>*]/;
const JOINS = /[\u3400-\u9fff\d]/;

function joinWrappedPlain(view: CleanView, from: number, to: number, endsWhole: (line: string) => boolean = () => false): CleanView {
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
    orig[k++] = view.orig[i]!;
  }
  if (runStart >= 0) parts.push(f.slice(runStart));
  orig[k] = view.orig[f.length]!;
  return { folded: parts.join(''), orig: orig.subarray(0, k + 1), changed: true };
}

const plain = (v: CleanView) => ({ folded: v.folded, orig: [...v.orig], changed: v.changed });

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
          for (let i = 0; i <= n; i++) if (view.orig[i] !== i) expect(view.orig[i]).toBe(i);
        }
      }),
      { numRuns: 60 },
    );
  });
});
