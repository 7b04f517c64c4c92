import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { findAll, lineAt, lineEnd, lineStarts, segmentLine } from './lines';

describe('lineStarts / lineAt / lineEnd', () => {
  it('indexes lines, CRLF included', () => {
    const t = 'ab\r\ncd\n\nef';
    const s = lineStarts(t);
    expect(s).toEqual([0, 4, 7, 8]);
    expect([0, 1, 2, 3].map((i) => t.slice(s[i], lineEnd(t, s, i)))).toEqual(['ab', 'cd', '', 'ef']);
    expect(lineAt(s, 0)).toBe(0);
    expect(lineAt(s, 5)).toBe(1);
    expect(lineAt(s, 7)).toBe(2);
    expect(lineAt(s, 10)).toBe(3);
  });

  it('every offset falls in the line that contains it', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\n', '字') }), fc.nat(), (t, k) => {
        const s = lineStarts(t);
        const off = t.length ? k % t.length : 0;
        const i = lineAt(s, off);
        expect(s[i]).toBeLessThanOrEqual(off);
        if (i + 1 < s.length) expect(s[i + 1]).toBeGreaterThan(off);
      }),
    );
  });
});

describe('segmentLine', () => {
  it('no marks: one plain segment', () => {
    expect(segmentLine(10, 20, [])).toEqual([{ start: 10, end: 20, className: '', title: '' }]);
  });

  it('overlapping marks split the line and merge classes', () => {
    const segs = segmentLine(0, 10, [
      { span: [2, 6], className: 'a', title: 'A' },
      { span: [4, 20], className: 'b' },
    ]);
    expect(segs.map((s) => [s.start, s.end, s.className, s.title])).toEqual([
      [0, 2, '', ''],
      [2, 4, 'a', 'A'],
      [4, 6, 'a b', 'A'],
      [6, 10, 'b', ''],
    ]);
  });

  it('segments always tile the line exactly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -5, max: 30 }), fc.integer({ min: 0, max: 10 }), fc.constantFrom('x', 'y', 'x y')), { maxLength: 8 }),
        (raw) => {
          const marks = raw.map(([s, len, c]) => ({ span: [s, s + len] as [number, number], className: c }));
          const segs = segmentLine(5, 20, marks);
          expect(segs[0]!.start).toBe(5);
          expect(segs.at(-1)!.end).toBe(20);
          for (let i = 1; i < segs.length; i++) expect(segs[i]!.start).toBe(segs[i - 1]!.end);
          for (const s of segs) expect(s.end).toBeGreaterThan(s.start);
        },
      ),
    );
  });
});

describe('findAll', () => {
  it('finds every occurrence, case-insensitive, capped', () => {
    expect(findAll('Abc abc ABC', 'abc')).toEqual([[0, 3], [4, 7], [8, 11]]);
    expect(findAll('信息信息信息', '信息', 2)).toEqual([[0, 2], [2, 4]]);
    expect(findAll('x', '')).toEqual([]);
  });
});
