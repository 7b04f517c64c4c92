import { beforeEach, describe, expect, it } from 'vitest';
import { diedWhileRunning, holdPageLock, noteRunning, resetRunningNote } from './running-note';

/** localStorage and Web Locks as the pages of one browser share them */
function browser() {
  const items = new Map<string, string>();
  const storage = {
    get length() {
      return items.size;
    },
    key: (i: number) => [...items.keys()][i] ?? null,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  } as unknown as Storage;
  const held = new Set<string>();
  const locks = {
    request(name: string, a: unknown, b?: unknown) {
      const cb = (typeof a === 'function' ? a : b) as (l: { name: string } | null) => unknown;
      if (typeof a === 'function') {
        held.add(name);
        return Promise.resolve(cb({ name }));
      }
      return Promise.resolve(cb(held.has(name) ? null : { name }));
    },
  } as unknown as LockManager;
  /** the page holding `name` dies: the browser frees its locks, its storage stays */
  const die = () => held.clear();
  return { storage, locks, items, die };
}

beforeEach(() => resetRunningNote());

describe('running note (a page that died mid-inspection is noticed by the next one)', () => {
  it('a job is noted while it runs and the note goes when it ends', () => {
    const b = browser();
    holdPageLock(b);
    const clear = noteRunning({ name: 'a.txt', size: 10 }, b);
    expect([...b.items.values()].map((v) => JSON.parse(v).name)).toEqual(['a.txt']);
    clear();
    expect(b.items.size).toBe(0);
  });

  it('a superseded job does not clear the newer job’s note', () => {
    const b = browser();
    holdPageLock(b);
    const clearOld = noteRunning({ name: 'old.txt', size: 1 }, b);
    noteRunning({ name: 'new.txt', size: 2 }, b);
    clearOld();
    expect([...b.items.values()].map((v) => JSON.parse(v).name)).toEqual(['new.txt']);
  });

  it('the next page finds the note of a page that died running a job, once', async () => {
    const b = browser();
    holdPageLock(b);
    noteRunning({ name: 'big.txt', size: 5_000_000 }, b);
    b.die();
    resetRunningNote(); // a new page
    expect(await diedWhileRunning(b)).toEqual([{ name: 'big.txt', size: 5_000_000 }]);
    expect(await diedWhileRunning(b)).toEqual([]);
  });

  it('a live page running a job (another tab) is not taken for dead', async () => {
    const b = browser();
    holdPageLock(b);
    noteRunning({ name: 'busy.txt', size: 1 }, b);
    resetRunningNote(); // another tab of the same browser; the first one still lives
    expect(await diedWhileRunning(b)).toEqual([]);
    expect(b.items.size).toBe(1);
  });

  it('without Web Locks nothing is noted', () => {
    const b = browser();
    holdPageLock({ storage: b.storage, locks: undefined });
    noteRunning({ name: 'a.txt', size: 1 }, b);
    expect(b.items.size).toBe(0);
  });
});
