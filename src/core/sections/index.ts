// PLACEHOLDER (owned by the sections work): find 一 … 六 headings.
import type { Section } from '../types';
import type { TextContext } from '../context';

export function findSections(_ctx: TextContext): Section[] {
  return [];
}
