// How many ways a glued run of digits splits back into a row's cells under its sum rules: a
// generated glued copy records the rows that no reader could split uniquely.
import { APPLICATION_COLS, REVIEW_COLS, REVIEW_ROWS } from '../checks/keys';
import type { Truth } from './truth';

/**
 * Count the splits of `digits` into `groups` groups of `size` numbers (no leading zeros, at
 * most 7 digits each) where in every group the last number is the sum of the others.
 * Stops counting at `limit`.
 */
export function countSplits(digits: string, groups: number, size: number, limit = 2): number {
  let count = 0;
  const values: number[] = [];
  const walk = (at: number): void => {
    if (count >= limit) return;
    const k = values.length;
    if (k === groups * size) {
      if (at === digits.length) count++;
      return;
    }
    const left = groups * size - k;
    for (let len = 1; len <= 7 && at + len <= digits.length - (left - 1); len++) {
      const s = digits.slice(at, at + len);
      if (s.length > 1 && s[0] === '0') break;
      const v = Number(s);
      if ((k + 1) % size === 0) {
        const group = values.slice(k - (size - 1), k);
        if (group.reduce((a, b) => a + b, 0) !== v) continue;
      }
      values.push(v);
      walk(at + len);
      values.pop();
    }
  };
  walk(0);
  return count;
}

export function ambiguousGluedRows(t: Truth): Set<string> {
  const out = new Set<string>();
  for (const [row, cols] of Object.entries(t.applications)) {
    const digits = APPLICATION_COLS.map((c) => String(cols[c] ?? 0)).join('');
    if (countSplits(digits, 1, 7) !== 1) out.add(`applications.${row}`);
  }
  const review = REVIEW_ROWS.map((r) => REVIEW_COLS.map((c) => String(t.reviewLitigation[r][c] ?? 0)).join('')).join('');
  if (countSplits(review, 3, 5) !== 1) for (const r of REVIEW_ROWS) out.add(`reviewLitigation.${r}`);
  for (const [row, cols] of Object.entries(t.proactive)) if (Object.keys(cols).length > 1) out.add(`proactive.${row}`);
  return out;
}
