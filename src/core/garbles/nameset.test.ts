import { describe, expect, it } from 'vitest';
import { encodeNameSet, NameSet } from './nameset';

describe('approximate name set', () => {
  it('holds every encoded name and few others', () => {
    const names: string[] = [];
    for (let i = 0; i < 20000; i++) names.push(String.fromCharCode(0x4e00 + ((i * 7919) % 20000), 0x4e00 + ((i * 104729) % 20000), 0x6751));
    const set = new NameSet(encodeNameSet(names, 4));
    expect(names.every((n) => set.has(n))).toBe(true);
    let wrong = 0;
    const tries = 20000;
    for (let i = 0; i < tries; i++) if (set.has(String.fromCharCode(0x4e00 + (i % 20000), 0x4e00 + ((i * 31) % 20000), 0x4e61))) wrong++;
    // about 2^-4 of absent names answer yes
    expect(wrong / tries).toBeGreaterThan(0.03);
    expect(wrong / tries).toBeLessThan(0.09);
  });

  it('survives an empty set', () => {
    const set = new NameSet(encodeNameSet([], 4));
    expect(set.size).toBe(0);
    expect(set.has('南中')).toBe(false);
  });
});
