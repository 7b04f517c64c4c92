// Finds the report's top-level section headings (一、总体情况 … 六、其他需要报告的事项, their
// variants, and the seven parts of pre-2019 reports) on the folded text, so traditional
// script, full-width punctuation and injected characters do not hide them. Headings may
// stand on their own line or inline in flattened crawler text. Rows of table 三 that are
// numbered like headings (一、本年新收…, 三、本年度办理结果) are rejected.
import type { Section, SectionKey, Span } from '../types';
import type { TextContext } from '../context';
import { alignTitle, lcsLength } from './align';
import { keyFromWords, ROW_TITLES, SECTION_TITLES, TEMPLATE_NUMBER } from './titles';
import { parseChineseNumber } from './numerals';
import { bareHeadings } from './unnumbered';

interface Candidate {
  /** start of the numeral (or of 第) */
  start: number;
  /** where the title text begins (after the separator) */
  titleStart: number;
  number: number;
  lineStart: boolean;
  /** the character before the numeral is a boundary (not part of a word) */
  boundary: boolean;
  /** the separator was 、 or 第…部分 (not '.', ',' or a space) */
  strongSep: boolean;
}

interface Match {
  key: SectionKey;
  score: number;
  end: number;
  generic: boolean;
}

const NUMBERED = /(?:第([一二三四五六七八九十]{1,3})部分[、.,:\s]*|([一二三四五六七八九十]{1,3})(、|\.(?!\d)|,| +))/g;
// (一)总体情况 as the top level: tried only when 一、 headings are missing, since (一) is
// normally the level below.
const PARENTHESIZED = /\(([一二三四五六七八九十]{1,3})\)/g;

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
}

function findCandidates(folded: string, re: RegExp): Candidate[] {
  const out: Candidate[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded))) {
    const start = m.index;
    const numeral = m[1] ?? m[2];
    const number = parseChineseNumber(numeral);
    if (!Number.isFinite(number) || number < 1) continue;
    let p = start - 1;
    while (p >= 0 && (folded.charCodeAt(p) === 0x20 || folded.charCodeAt(p) === 0x09)) p--;
    const prev = p >= 0 ? folded.charCodeAt(p) : 0x0a;
    const lineStart = p < 0 || prev === 0x0a || prev === 0x0d;
    // the title may follow after spaces or on the next line ("一、" alone, as HTML cells give it)
    let titleStart = start + m[0].length;
    for (let k = 0; k < 4 && titleStart < folded.length && isSpace(folded.charCodeAt(titleStart)); k++) titleStart++;
    out.push({
      start,
      titleStart,
      number,
      lineStart,
      // a Han character or an enumeration comma before the numeral: inside a sentence (统一、规范)
      boundary: !isHan(prev) && prev !== 0x3001 && prev !== 0x2c,
      strongSep: m[1] !== undefined || m[3] === '、' || m[3] === undefined,
    });
  }
  return out;
}

/** End of the line, looking at most `limit` characters ahead (flattened text has no lines). */
function lineEnd(folded: string, from: number, limit = 64): number {
  const stop = Math.min(folded.length, from + limit);
  for (let i = from; i < stop; i++) if (folded.charCodeAt(i) === 0x0a) return i;
  return stop;
}

/** How well a known title fits the text at `from`; null when it does not. */
/** `le` is lineEnd(folded, from), passed in: the same for every title tried at `from`. */
function fit(title: string, folded: string, from: number, lineStart: boolean, le: number): { score: number; end: number } | null {
  const m = title.length;
  const slack = Math.max(4, Math.ceil(m / 2));
  // Cheap rejection: one of the title's first three characters near the start.
  const t0 = title.charCodeAt(0);
  const t1 = title.charCodeAt(1);
  const t2 = title.charCodeAt(2);
  let near = false;
  for (let k = 0; k < 4 && from + k < folded.length && !near; k++) {
    const c = folded.charCodeAt(from + k);
    near = c === t0 || c === t1 || c === t2;
  }
  if (!near) return null;
  // A heading does not run over a line break (else it borrows words from the next line).
  const window = Math.min(m + slack, le - from);
  // The count alone rejects most candidates; only the rest pay for the full alignment.
  const count = lcsLength(title, folded, from, window);
  if (count === 0 || (m <= 3 ? count !== m : m <= 5 ? count < m - 1 || (count < m && !lineStart) : count / m < 0.75)) return null;
  const a = alignTitle(title, folded, from, window);
  if (a.matched === 0 || a.first - from > 2) return null;
  const spread = a.end - a.first;
  if (m <= 3) {
    if (a.matched !== m || spread !== m) return null;
  } else if (m <= 5) {
    if (a.matched < m - 1 || spread > m + 2) return null;
    if (a.matched < m && !lineStart) return null;
  } else {
    if (a.matched / m < 0.75 || spread > m + slack) return null;
  }
  return { score: a.matched / m, end: a.end };
}

// per character code: the SECTION_TITLES (by index) holding it among their first three
// characters. fit() rejects a title none of whose first three characters stands in the first
// four of the text (`near`): only the titles this index names for those four are tried, in
// SECTION_TITLES order (the others would be rejected there). Same titles fit, same best.
const NEAR_TITLES = new Map<number, number[]>();
SECTION_TITLES.forEach((t, k) => {
  for (let i = 0; i < 3 && i < t.title.length; i++) {
    const c = t.title.charCodeAt(i);
    const list = NEAR_TITLES.get(c);
    if (!list) NEAR_TITLES.set(c, [k]);
    else if (list[list.length - 1] !== k) list.push(k);
  }
});
const nearFlags = new Uint8Array(SECTION_TITLES.length);

function bestKnown(c: Candidate, folded: string): Match | null {
  let best: { key: SectionKey; score: number; end: number; len: number } | null = null;
  const le = lineEnd(folded, c.titleStart);
  const from = c.titleStart;
  let any = false;
  for (let k = 0; k < 4 && from + k < folded.length; k++) {
    const list = NEAR_TITLES.get(folded.charCodeAt(from + k));
    if (!list) continue;
    for (const t of list) nearFlags[t] = 1;
    any = true;
  }
  const tried = any ? SECTION_TITLES.length : 0;
  for (let k = 0; k < tried; k++) {
    if (nearFlags[k] === 0) continue;
    nearFlags[k] = 0;
    const t = SECTION_TITLES[k]!;
    const f = fit(t.title, folded, c.titleStart, c.lineStart, le);
    if (!f) continue;
    if (!best || f.score > best.score || (f.score === best.score && t.title.length > best.len)) {
      best = { key: t.key, score: f.score, end: f.end, len: t.title.length };
    }
  }
  if (!best) return null;
  for (const r of ROW_TITLES) {
    const f = fit(r, folded, c.titleStart, c.lineStart, le);
    if (f && f.score >= best.score) return null;
  }
  // Weak evidence needs a clean place to stand: a boundary before, a proper separator.
  const strong = best.score >= 0.9 && best.len >= 5;
  if (!strong && (!c.boundary || !c.strongSep)) return null;
  if (!c.strongSep && !c.lineStart) return null;
  return { key: best.key, score: best.score, end: best.end, generic: false };
}

/** A free-worded heading alone on a short line (pre-2019 parts, local variants). */
function generic(c: Candidate, folded: string): Match | null {
  if (!c.lineStart || !c.strongSep) return null;
  const le = lineEnd(folded, c.titleStart);
  if (le - c.titleStart >= 64) return null;
  const title = folded.slice(c.titleStart, le).trim();
  if (title.length < 2 || title.length > 30) return null;
  if (/[。；;0-9|\t]/.test(title)) return null;
  for (const r of ROW_TITLES) if (fit(r, folded, c.titleStart, true, le)) return null;
  return { key: keyFromWords(title), score: 0, end: c.titleStart + folded.slice(c.titleStart, le).trimEnd().length, generic: true };
}

/** Extend a heading to the end of its line when only a few stray characters follow (情况再谜局). */
function headingEnd(folded: string, end: number): number {
  const le = lineEnd(folded, end, 8);
  const rest = folded.slice(end, le);
  const trimmed = rest.trimEnd();
  if (trimmed.length > 0 && trimmed.length <= 6 && !isSpace(rest.charCodeAt(0)) && !/[。，,;；:：0-9]/.test(trimmed)) return end + trimmed.length;
  return end;
}

interface Heading {
  start: number;
  end: number;
  number: number;
  key: SectionKey;
  generic: boolean;
}

/** Headings numbered by the candidates: known titles, then free-worded ones in the gaps. */
function numberedHeadings(folded: string, candidates: Candidate[], allowGeneric: boolean): Heading[] {
  const known: (Heading | null)[] = candidates.map((c) => {
    const m = bestKnown(c, folded);
    if (!m) return null;
    return { start: c.start, end: headingEnd(folded, m.end), number: c.number, key: m.key, generic: false };
  });
  // Free-worded headings only where the numbering of the known headings around them leaves
  // a place (so a list item 二、加强… inside section 一 is not taken).
  const headings: Heading[] = [];
  let lastNumber = 0;
  for (let i = 0; i < candidates.length; i++) {
    const k = known[i];
    if (k) {
      // "一、一、总体情况": two numerals reach the same title; the nearer one owns it
      if (headings.length && k.start < headings[headings.length - 1].end) headings.pop();
      headings.push(k);
      lastNumber = k.number;
      continue;
    }
    const c = candidates[i];
    if (!allowGeneric || c.number !== lastNumber + 1) continue;
    let nextKnown: Heading | null = null;
    for (let j = i + 1; j < candidates.length && !nextKnown; j++) nextKnown = known[j];
    if (nextKnown && nextKnown.number <= c.number) continue;
    const g = generic(c, folded);
    if (!g) continue;
    headings.push({ start: c.start, end: g.end, number: c.number, key: g.key, generic: true });
    lastNumber = c.number;
  }
  return headings;
}

/**
 * An introduction may list the parts with their numerals ("本报告包括：一、总体情况；二、主动
 * 公开政府信息情况；…"). Headings joined only by a list separator are such a list, not headings.
 */
function dropListedTitles(folded: string, headings: Heading[]): Heading[] {
  const listed = new Array<boolean>(headings.length).fill(false);
  for (let i = 0; i + 1 < headings.length; i++) {
    const gap = folded.slice(headings[i].end, headings[i + 1].start);
    if (gap.length >= 1 && gap.length <= 2 && /^[；;，,、]+$/.test(gap)) listed[i] = listed[i + 1] = true;
  }
  return listed.includes(true) ? headings.filter((_, i) => !listed[i]) : headings;
}


/**
 * In a report numbered like the template, a heading numbered off the template whose part is
 * also present at its right number is a sub-item ("一、主动公开情况" under 一、总体情况), not
 * a section. A lone off-number heading stays (a misprinted numeral); pre-2019 reports, whose
 * parts are numbered otherwise, are left alone.
 */
function dropOffTemplate(headings: Heading[]): Heading[] {
  const on = headings.filter((h) => TEMPLATE_NUMBER[h.key] === h.number);
  const off = headings.length - on.length;
  if (off === 0 || on.length < 3 || on.length <= off) return headings;
  const onKeys = new Set(on.map((h) => h.key));
  return headings.filter((h) => TEMPLATE_NUMBER[h.key] === h.number || !onKeys.has(h.key));
}

export function findSections(ctx: TextContext): Section[] {
  const { folded, text } = ctx;
  let headings = numberedHeadings(folded, findCandidates(folded, NUMBERED), true);
  if (headings.length < 2) {
    const paren = numberedHeadings(folded, findCandidates(folded, PARENTHESIZED), false);
    if (paren.length >= 2) headings = paren;
  }
  if (headings.length < 2) {
    const bare = bareHeadings(folded);
    if (bare.length >= 2) {
      headings = bare.map((b) => ({ ...b, generic: false }));
    }
  }
  headings = dropListedTitles(folded, headings);
  headings = dropOffTemplate(headings);
  const seen = new Set<string>();
  return headings.map((h, i): Section => {
    const next = i + 1 < headings.length ? headings[i + 1].start : text.length;
    const id = `${h.key}:${h.number}`;
    const repeated = seen.has(id);
    seen.add(id);
    // a generic heading's title read over a line break may reach into the next heading
    // ("一、\n二、…"): the next one owns its line
    let end = Math.min(h.end, next);
    while (end > h.start + 1 && /\s/.test(text[end - 1]!)) end--;
    const headingSpan: Span = [h.start, end];
    const section: Section = {
      key: h.key,
      number: h.number,
      title: text.slice(h.start, end),
      headingSpan,
      span: [h.start, next],
    };
    if (repeated) section.repeated = true;
    return section;
  });
}
