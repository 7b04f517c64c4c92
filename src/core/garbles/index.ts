// PLACEHOLDER (owned by the garbles work): detect garbles and duplicated blocks.
import type { Duplicate, Garble, Section } from '../types';
import type { TextContext } from '../context';

export interface GarbleOptions {
  /** 'precise' (default): almost no false flags; 'thorough': more recall, more false flags */
  mode?: 'precise' | 'thorough';
}

export async function detectGarbles(
  _ctx: TextContext,
  _sections: Section[],
  _options: GarbleOptions = {},
): Promise<{ garbles: Garble[]; duplicates: Duplicate[] }> {
  return { garbles: [], duplicates: [] };
}

/** text with every garble removed, or replaced by its suggestion */
export function cleanText(text: string, garbles: Garble[]): string {
  const sorted = [...garbles].sort((a, b) => a.span[0] - b.span[0]);
  let out = '';
  let at = 0;
  for (const g of sorted) {
    if (g.span[0] < at) continue; // overlapping garbles: the first one wins
    out += text.slice(at, g.span[0]) + g.suggestion;
    at = g.span[1];
  }
  return out + text.slice(at);
}
