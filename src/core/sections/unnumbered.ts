// Fallback for reports that print their section titles without numerals ("总体情况" alone on
// a line): lines that are a known title and little else. Used only when numbered headings
// are missing, since a bare title line is weaker evidence than "一、总体情况".
import type { SectionKey } from '../types';
import { lcsLength } from './align';
import { SECTION_TITLES, TEMPLATE_NUMBER } from './titles';


export interface BareHeading {
  start: number;
  end: number;
  number: number;
  key: SectionKey;
}

export function bareHeadings(folded: string): BareHeading[] {
  const out: BareHeading[] = [];
  let lineStart = 0;
  while (lineStart <= folded.length) {
    let lineEnd = folded.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = folded.length;
    let s = lineStart;
    let e = lineEnd;
    while (s < e && /\s/.test(folded[s])) s++;
    while (e > s && /\s/.test(folded[e - 1])) e--;
    const len = e - s;
    if (len >= 2 && len <= 30) {
      for (const t of SECTION_TITLES) {
        if (TEMPLATE_NUMBER[t.key] === 6 && t.title.startsWith('政府信息公开')) continue; // pre-2019 parts: no number to give
        if (len < t.title.length || len > t.title.length + 2) continue;
        const matched = lcsLength(t.title, folded, s, len);
        if (matched === t.title.length || (t.title.length >= 6 && matched >= t.title.length - 1)) {
          out.push({ start: s, end: e, number: TEMPLATE_NUMBER[t.key], key: t.key });
          break;
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}
