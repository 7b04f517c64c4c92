// PosMap (runs of positions) against the plain array it stands for: every lookup, in random
// order and in sequence (the hint), and a view of a view built run by run.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PosMap, PosMapBuilder } from './pos-map';

/** a strictly increasing map, as gaps and runs: [gap before, run length] pairs */
const shape = fc.array(fc.tuple(fc.nat(4), fc.integer({ min: 1, max: 6 })), { maxLength: 12 });

function plainOf(pairs: [number, number][]): number[] {
  const out: number[] = [];
  let p = 0;
  for (const [gap, len] of pairs) {
    p += gap;
    // runs built one position at a time or in one call: both must come out the same
    for (let k = 0; k < len; k++) out.push(p++);
  }
  return out;
}

function build(plain: number[], byRuns: boolean): PosMap {
  const b = new PosMapBuilder();
  if (!byRuns) for (const o of plain) b.push(o);
  else
    for (let i = 0; i < plain.length; ) {
      let j = i + 1;
      while (j < plain.length && plain[j] === plain[j - 1]! + 1 && j - i < 3) j++;
      b.run(plain[i]!, j - i);
      i = j;
    }
  return b.build();
}

/** the first index whose value is ≥ pos (length when none) */
function ceilPlain(plain: number[], pos: number): number {
  const i = plain.findIndex((o) => o >= pos);
  return i < 0 ? plain.length : i;
}

describe('PosMap', () => {
  it('answers every lookup as the plain array does', () => {
    fc.assert(
      fc.property(shape, fc.boolean(), fc.array(fc.integer({ min: -2, max: 80 }), { maxLength: 30 }), (pairs, byRuns, probes) => {
        const plain = plainOf(pairs);
        const map = build(plain, byRuns);
        expect(map.length).toBe(plain.length);
        expect([...map.toArray()]).toEqual(plain);
        // in sequence, then in a random order (the hint must not lead a jump astray); compared
        // as whole lists (one expect per list: thousands of expects made the test slow)
        const seq = Array.from({ length: plain.length + 2 }, (_, k) => k - 1);
        expect(seq.map((i) => map.at(i))).toEqual(seq.map((i) => plain[i]));
        expect(probes.map((i) => map.at(i))).toEqual(probes.map((i) => plain[i]));
        // each run's end: every position before it continues the run
        const broken = plain.flatMap((o, i) => {
          const e = map.runEnd(i);
          return e > i && plain.slice(i, e).every((q, k) => q === o + k) ? [] : [i];
        });
        expect(broken).toEqual([]);
        const top = (plain.at(-1) ?? 0) + 3;
        const poss = [...Array.from({ length: top + 3 }, (_, k) => k - 2), ...probes];
        expect(poss.map((pos) => map.ceil(pos))).toEqual(poss.map((pos) => ceilPlain(plain, pos)));
        expect(poss.map((pos) => map.indexOf(pos))).toEqual(poss.map((pos) => plain.indexOf(pos)));
      }),
      { numRuns: 2000 },
    );
  });

  it('maps a view of a view as the plain arrays compose', () => {
    fc.assert(
      fc.property(shape, fc.array(fc.tuple(fc.nat(5), fc.nat(5)), { maxLength: 8 }), (pairs, cuts) => {
        const plain = plainOf(pairs);
        const map = build(plain, true);
        // keep [a, b) stretches of the first view, in order
        const b = new PosMapBuilder();
        const want: number[] = [];
        let at = 0;
        for (const [skip, keep] of cuts) {
          const a = Math.min(plain.length, at + skip);
          const e = Math.min(plain.length, a + keep);
          b.from(map, a, e);
          want.push(...plain.slice(a, e));
          at = e;
        }
        const composed = b.build();
        expect([...composed.toArray()]).toEqual(want);
        expect(composed.length).toBe(want.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('identity maps every position to itself', () => {
    const map = PosMap.identity(7);
    expect([...map.toArray()]).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(map.at(7)).toBeUndefined();
    expect(map.ceil(9)).toBe(7);
    expect(PosMap.identity(0).ceil(0)).toBe(0);
  });
});
