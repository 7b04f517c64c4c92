// The script a report is written in, as normalize/script.ts's detectScript decides it, with
// its two set lookups per character replaced by one typed-array load: detectScript was
// two thirds of the meta stage. Same rule, same thresholds; script.test.ts keeps them equal.
import { t2sCharMap } from '../normalize/fold';
import type { Script } from '../types';

const TRADITIONAL = 1;
const SIMPLIFIED = 2;

let classes: Uint8Array | null = null;

/** Per UTF-16 unit: traditional-only (it folds to something else), simplified-only, or neither. */
function classTable(): Uint8Array {
  if (classes) return classes;
  const map = t2sCharMap();
  const t = new Uint8Array(0x10000);
  // scriptCounts reads units, so keys and values beyond the BMP never match there either
  for (const v of map.values()) if (v < 0x10000 && !map.has(v)) t[v] = SIMPLIFIED;
  for (const k of map.keys()) if (k < 0x10000) t[k] = TRADITIONAL;
  classes = t;
  return t;
}

export function scriptOf(text: string): Script {
  const table = classTable();
  let traditional = 0;
  let simplified = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    const k = table[c];
    if (k === TRADITIONAL) traditional++;
    else if (k === SIMPLIFIED) simplified++;
  }
  const total = traditional + simplified;
  if (total === 0) return 'simplified';
  const share = traditional / total;
  if (share >= 0.9) return 'traditional';
  if (share <= 0.1) return 'simplified';
  return 'mixed';
}
