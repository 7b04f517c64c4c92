// Which script a text is written in: count characters that exist only in traditional script
// (they fold to something else) against those that exist only in simplified. One typed-array
// load per character: this runs on every report.
import { t2sCharMap } from './fold';
import type { Script } from '../types';

const TRADITIONAL = 1;
const SIMPLIFIED = 2;

let classes: Uint8Array | null = null;

/** Per UTF-16 unit: traditional-only (it folds to something else), simplified-only, or neither. */
function classTable(): Uint8Array {
  if (classes) return classes;
  const map = t2sCharMap();
  const t = new Uint8Array(0x10000);
  for (const v of map.values()) if (v < 0x10000 && !map.has(v)) t[v] = SIMPLIFIED;
  for (const k of map.keys()) if (k < 0x10000) t[k] = TRADITIONAL;
  classes = t;
  return t;
}

export function detectScript(text: string): Script {
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
