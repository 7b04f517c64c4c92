// Figures for the batch charts: how each indicator is spread across the reports (tenths from
// 0 to 100 %, one bar beyond for ratios over 1), and how many reports fail each rule.
import type { IndicatorKey } from '../../core/batch';
import type { BatchEntry } from '../store/batch-slice';

export interface Bin {
  label: string;
  count: number;
}

export function indicatorValues(entries: readonly BatchEntry[], key: IndicatorKey): number[] {
  const out: number[] = [];
  for (const e of entries) {
    const v = e.row.indicators[key];
    if (v !== null) out.push(v);
  }
  return out;
}

export function histogram(values: readonly number[]): Bin[] {
  const bins: Bin[] = Array.from({ length: 10 }, (_, i) => ({ label: `${i * 10}–${i * 10 + 10}%`, count: 0 }));
  const over: Bin = { label: '>100%', count: 0 };
  for (const v of values) {
    if (v > 1) over.count++;
    else bins[Math.min(9, Math.floor(v * 10))]!.count++;
  }
  return over.count ? [...bins, over] : bins;
}

/** median, min, max of the values (null when none) */
export function stats(values: readonly number[]): { median: number | null; min: number | null; max: number | null } {
  if (values.length === 0) return { median: null, min: null, max: null };
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2, min: s[0]!, max: s.at(-1)! };
}

/** reports failing each rule, most first (a report counts once per rule) */
export function failuresByRule(entries: readonly BatchEntry[]): Bin[] {
  const n = new Map<string, number>();
  for (const e of entries) for (const id of new Set(e.fails)) n.set(id, (n.get(id) ?? 0) + 1);
  return [...n].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}
