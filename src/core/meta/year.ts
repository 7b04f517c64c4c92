// The year a report covers, when the title does not say: the statistics period
// (统计期限自2020年1月1日…), else the year the body speaks of most ("2023年，…"), else the year
// before the signing date. Dates (YYYY年M月D日) do not count as the year spoken of.
import type { Span } from '../types';
import { parseChineseYear } from '../sections/numerals';
import { yearMatches, type Found } from './agency';

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** "2020" or "二〇二〇" → 2020; NaN when out of range. */
export function parseYear(s: string): number {
  const n = /^\d{4}$/.test(s) ? Number(s) : parseChineseYear(s);
  return n >= MIN_YEAR && n <= MAX_YEAR ? n : NaN;
}

const PERIOD_RE = /统计(?:期限|时限|期间|时间|区间|范围|周期)[^0-9〇零一二三四五六七八九\n]{0,10}(\d{4}|[〇零一二三四五六七八九]{4})\s*年/;

export function statisticsYear(folded: string): Found<number> | null {
  const m = PERIOD_RE.exec(folded);
  if (!m) return null;
  const value = parseYear(m[1]);
  if (!Number.isFinite(value)) return null;
  const s = m.index + m[0].lastIndexOf(m[1]);
  return { value, span: [s, s + m[1].length] };
}

// read through yearMatches: tried only where a 年 names its one possible start
const YEAR_RE = /(\d{4})\s*年(度?)(\s*\d{1,2}\s*月)?([,，])?/y;

/**
 * The year the prose speaks of: "YYYY年，" at the head of a sentence counts double, dates
 * (YYYY年M月) do not count; the most frequent wins.
 */
export function bodyYear(folded: string, from = 0): Found<number> | null {
  const counts = new Map<number, { n: number; span: Span }>();
  for (const m of yearMatches(YEAR_RE, folded, from)) {
    if (m[3]) continue;
    if (m.index > 0 && /[\d〔[(]/.test(folded[m.index - 1])) continue; // 〔2020〕, longer numbers
    const value = Number(m[1]);
    if (value < MIN_YEAR || value > MAX_YEAR) continue;
    const w = m[4] ? 2 : 1;
    const prev = counts.get(value);
    if (prev) prev.n += w;
    else counts.set(value, { n: w, span: [m.index, m.index + 4] });
  }
  let best: Found<number> | null = null;
  let bestN = 0;
  for (const [value, { n, span }] of counts) {
    if (n > bestN) {
      best = { value, span };
      bestN = n;
    }
  }
  return best;
}

/** the regex read through yearMatches (for its test) */
export const BODY_YEAR_RE = YEAR_RE;
