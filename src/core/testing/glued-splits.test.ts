import { describe, expect, it } from 'vitest';
import { countSplits } from './glued-splits';

describe('countSplits', () => {
  it('splits the samples the way they were read by hand', () => {
    expect(countSplits('6000017', 1, 7)).toBe(1); // Pingtan 2020: 6 0 0 0 0 1 7
    expect(countSplits('220000325', 1, 7)).toBe(2); // Pingtan 2021: 22|0… or 2|20…
    expect(countSplits('640020470', 1, 7)).toBe(1);
    expect(countSplits('10203120001200000', 3, 5)).toBe(1);
  });
  it('finds no split when the row does not add up', () => {
    expect(countSplits('1000003', 1, 7)).toBe(0);
  });
});
