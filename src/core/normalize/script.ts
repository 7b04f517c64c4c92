// Which script a text is written in: count characters that exist only in traditional
// script (they fold to something else) against those that exist only in simplified.
import { t2sCharMap } from './fold';
import type { Script } from '../types';

let simplifiedOnly: Set<number> | null = null;

function simplifiedOnlySet(): Set<number> {
  if (simplifiedOnly) return simplifiedOnly;
  const map = t2sCharMap();
  const trad = new Set(map.keys());
  const s = new Set<number>();
  for (const v of map.values()) if (!trad.has(v)) s.add(v);
  simplifiedOnly = s;
  return s;
}

export function scriptCounts(text: string): { traditional: number; simplified: number } {
  const map = t2sCharMap();
  const simp = simplifiedOnlySet();
  let traditional = 0;
  let simplified = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    if (map.has(c)) traditional++;
    else if (simp.has(c)) simplified++;
  }
  return { traditional, simplified };
}

export function detectScript(text: string): Script {
  const { traditional, simplified } = scriptCounts(text);
  const total = traditional + simplified;
  if (total === 0) return 'simplified';
  const t = traditional / total;
  if (t >= 0.9) return 'traditional';
  if (t <= 0.1) return 'simplified';
  return 'mixed';
}
