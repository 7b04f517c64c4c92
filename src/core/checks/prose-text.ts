// The prose as the figure patterns read it: the folded text with whitespace removed (kept
// between two digits) and every table cut out (a table becomes one '。'), with the way back
// to source offsets. Built once per report; every pattern then scans only the prose.
import type { Span } from '../types';
import { PosMapBuilder, type PosMap } from '../normalize/pos-map';

export interface ProseText {
  text: string;
  /** offset in `text` → offset in the source text (runs: a per-unit array was 4 bytes a character) */
  at: PosMap;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x0b || c === 0xa0 || c === 0x3000;
}
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** (ignoreBOM: a U+FEFF is a unit like any other) */
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/**
 * The units as a string. Decoding turns a lone surrogate half into U+FFFD (the fold has none, but
 * a table cut between a pair's halves leaves one): when U+FFFD comes out, unit by unit instead.
 */
function unitsText(units: Uint16Array): string {
  const s = UTF16.decode(units);
  if (!s.includes('\ufffd')) return s;
  // (a U+FFFD printed in the text is damage the report carries, common: then only a surrogate half decides)
  let halves = false;
  for (let i = 0; i < units.length && !halves; i++) halves = (units[i]! & 0xf800) === 0xd800;
  if (!halves) return s;
  const parts: string[] = [];
  for (let a = 0; a < units.length; a += 4096) parts.push(String.fromCharCode(...units.subarray(a, a + 4096)));
  return parts.join('');
}

export function proseText(folded: string, cut: readonly Span[] = []): ProseText {
  const spans = cut.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const n = folded.length;
  const at = new PosMapBuilder();
  // the units kept, decoded once at the end: a slice per run of non-space characters and their
  // join allocated ~5 bytes per unit on top of the result (~70 MB on a 20 MB report, the checks'
  // share of the peak); the prose is never longer than the text (each unit kept or replaced stands
  // for at least one)
  const units = new Uint16Array(n);
  let len = 0;
  let last = -1; // last char code kept
  let k = 0;
  let i = 0;
  while (i < n) {
    while (k < spans.length && spans[k][1] <= i) k++;
    const next = k < spans.length ? Math.min(spans[k][0], n) : n;
    if (i >= next) {
      // a table: one full stop, so no clause runs across it
      units[len++] = 0x3002; // 。
      at.push(i);
      last = 0x3002;
      i = spans[k][1];
      continue;
    }
    const c = folded.charCodeAt(i);
    if (isSpace(c)) {
      // PDF text breaks lines inside words (答\n复) and pads figures (申请 3119 件): drop the
      // run of whitespace, unless it separates two figures.
      let j = i + 1;
      while (j < next && isSpace(folded.charCodeAt(j))) j++;
      if (isDigit(last) && j < next && isDigit(folded.charCodeAt(j))) {
        units[len++] = 0x20;
        at.push(i);
        last = 0x20;
      }
      i = j;
      continue;
    }
    // a run of non-space characters, one entry of the offset map
    units[len++] = c;
    let j = i + 1;
    for (; j < next; j++) {
      const d = folded.charCodeAt(j);
      if (isSpace(d)) break;
      units[len++] = d;
    }
    at.run(i, j - i);
    last = units[len - 1]!;
    i = j;
  }
  return { text: unitsText(units.subarray(0, len)), at: at.build() };
}

/** the tables' spans of `tables`, in the order the prose checks cut them out */
export function tableSpansOf(tables: { proactive: { span: Span } | null; applications: { span: Span } | null; reviewLitigation: { span: Span } | null }): Span[] {
  return [tables.proactive, tables.applications, tables.reviewLitigation].flatMap((t) => (t ? [t.span] : []));
}

/** source span of `length` characters of prose text starting at `index` */
export function sourceSpan(p: ProseText, index: number, length: number): Span {
  return [p.at.at(index)!, p.at.at(index + length - 1)! + 1];
}

/**
 * A sentence is looked for at most this far back: text without a 。 (a flattened table, a
 * run-on paste) would otherwise make every figure scan back to the start — quadratic.
 */
export const SENTENCE_MAX = 2000;

/** the start of the sentence holding `index` (after the previous 。, at most SENTENCE_MAX back) */
export function sentenceStart(text: string, index: number): number {
  const lo = Math.max(0, index - SENTENCE_MAX);
  const k = text.slice(lo, Math.max(lo, index)).lastIndexOf('。');
  return k < 0 ? lo : lo + k + 1;
}

/** the end of the sentence holding `index` (its 。, at most SENTENCE_MAX on; the same bound, for the same reason) */
export function sentenceEnd(text: string, index: number): number {
  const hi = Math.min(text.length, index + SENTENCE_MAX);
  const k = text.slice(index, hi).indexOf('。');
  return k < 0 ? hi : index + k;
}

const CLAUSE_STOPS = new Set(['。', ';', ',', ':', '、', '!', '?', '(', ')']);

/** the start of the clause holding `index` (after the previous , ; : 。 …) */
export function clauseStart(text: string, index: number, limit = 40): number {
  const floor = Math.max(0, index - limit);
  for (let i = index - 1; i >= floor; i--) if (CLAUSE_STOPS.has(text[i])) return i + 1;
  return floor;
}
