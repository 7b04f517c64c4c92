import { describe, expect, it } from 'vitest';
import { isSearchShortcut, stepMatch } from './search-step';

describe('stepMatch', () => {
  it('steps forward and back, wrapping round', () => {
    expect(stepMatch(0, 1, 3)).toBe(1);
    expect(stepMatch(2, 1, 3)).toBe(0);
    expect(stepMatch(0, -1, 3)).toBe(2);
    expect(stepMatch(1, -1, 3)).toBe(0);
  });
  it('stays at 0 without matches', () => {
    expect(stepMatch(0, 1, 0)).toBe(0);
    expect(stepMatch(0, -1, 0)).toBe(0);
  });
});

const key = (k: string, target: object | null = { tagName: 'DIV' }, mods = {}) =>
  isSearchShortcut({ key: k, ctrlKey: false, metaKey: false, altKey: false, target: target as EventTarget, ...mods });

describe('isSearchShortcut', () => {
  it('takes "/" outside text fields', () => {
    expect(key('/')).toBe(true);
    expect(key('/', null)).toBe(true);
  });
  it('leaves "/" typed into a field, other keys and modified slashes alone', () => {
    for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT']) expect(key('/', { tagName })).toBe(false);
    expect(key('/', { tagName: 'DIV', isContentEditable: true })).toBe(false);
    expect(key('a')).toBe(false);
    expect(key('/', undefined, { ctrlKey: true })).toBe(false);
    expect(key('/', undefined, { metaKey: true })).toBe(false);
    expect(key('/', undefined, { altKey: true })).toBe(false);
  });
});
