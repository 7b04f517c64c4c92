import { describe, expect, it } from 'vitest';
import { buildChains, type ChainInput } from '../../core/batch';
import { inListingOrder } from './listing-order';

const input = (file: string, year: number): ChainInput => ({ file, year, agency: '平潭综合实验区', format: null, tables: { applications: null, proactive: null } });

/** the duplicate-year check of the one chain built from `rows` in listing order */
function read(rows: { order: number; chain: ChainInput }[]) {
  const chain = buildChains(inListingOrder(rows).map((r) => r.chain))[0]!;
  return chain.checks.find((c) => c.id === 'chain.duplicateYear');
}

describe('inListingOrder', () => {
  it('sorts by the listing order, whatever order the rows arrived in', () => {
    const arrived = [{ order: 2, k: 'c' }, { order: 0, k: 'a' }, { order: 1, k: 'b' }];
    expect(inListingOrder(arrived).map((e) => e.k)).toEqual(['a', 'b', 'c']);
    expect(arrived.map((e) => e.k)).toEqual(['c', 'a', 'b']); // not sorted in place
  });
  it('gives an array already in order back as it is', () => {
    const rows = [{ order: 0 }, { order: 3 }, { order: 7 }];
    expect(inListingOrder(rows)).toBe(rows);
  });
  it('makes the report the links read for a year claimed twice the first in the listing, in either completion order', () => {
    const a = { order: 1, chain: input('r/2021/pingtan-2021.txt', 2021) };
    const b = { order: 2, chain: input('r/again/pingtan-2021-copy.txt', 2021) };
    const first = { order: 0, chain: input('r/2020/pingtan-2020.txt', 2020) };
    // the first file named is the one the links read (core/batch/chains.ts)
    expect(read([first, a, b])?.files).toEqual(['r/2021/pingtan-2021.txt', 'r/again/pingtan-2021-copy.txt']);
    expect(read([b, first, a])?.files).toEqual(['r/2021/pingtan-2021.txt', 'r/again/pingtan-2021-copy.txt']);
    // without it, the completion order would decide
    expect(buildChains([b, first, a].map((r) => r.chain))[0]!.checks.find((c) => c.id === 'chain.duplicateYear')?.files?.[0]).toBe('r/again/pingtan-2021-copy.txt');
  });
});
