// The report's title: "XX局2020年度政府信息公开工作年度报告", "2019年XX政府信息公开工作年度报告",
// "XX厅政府信息公开工作年度报告(2017年度)", or the name alone on the line above
// ("紫阳县公安局 / 关于2020年政府信息公开工作的报告"). Crawler chrome before the title on
// its line (标题:, breadcrumbs, file paths) is cut away by taking only the name-like run.
import type { Span } from '../types';
import { hanRunBefore, isAgencyName, type Found } from './agency';
import { parseYear } from './year';
import { findLabel } from '../tables/fuzzy';
import { gapMatchAt } from '../tables/gap';

export interface Title {
  agency: Found<string> | null;
  year: Found<number> | null;
  span: Span;
}

const ANCHOR_RE = /(?:政府信息公开|政务公开|信息公开)(?:工作)?的?(?:年度)?(?:工作)?(?:情况)?(?:年度)?(?:报告|年报)/g;
// Links to other reports that pages print around the report (上一篇：…年度报告).
const LINK_LINE = /上一篇|下一篇|上篇|下篇|相关链接|相关文章|相关阅读|推荐阅读|延伸阅读/;
const YEAR_BEFORE = /(\d{4}|[〇零一二三四五六七八九]{4})\s*年度?\s*$/;
// a year's digits (its 年 perhaps lost or cut off by a run) right before a position
const DIGITS_BEFORE = /(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年?度?\s*$/;
const YEAR_AFTER = /^\s*[(（]?\s*(\d{4}|[〇零一二三四五六七八九]{4})\s*年度?/;

/** a character a body's name can hold before 政府 (县政府, 区人民政府): Han, not the year's 年 or 度 */
function isNamePart(c: string): boolean {
  return /[\u3400-\u9fff]/.test(c) && c !== '年' && c !== '度';
}

function lineStartOf(folded: string, pos: number, limit: number): number {
  let s = pos;
  while (s > 0 && pos - s < limit && folded[s - 1] !== '\n') s--;
  return s;
}

/** The agency-like run ending at `end`, minus a trailing 关于 ("XX局关于2020年…"). */
function nameBefore(folded: string, end: number, needEnding: boolean): Found<string> | null {
  let e = end;
  while (e > 0 && /[ \t]/.test(folded[e - 1])) e--;
  if (folded.slice(e - 2, e) === '关于') e -= 2;
  const run = hanRunBefore(folded, e);
  let s = run[0];
  // the run may start with the year's tail or a year in Chinese numerals: 年XX局, 二〇一九年XX局
  const lead = /^(?:[〇零一二三四五六七八九]{4})?年?度?(?:关于)?/.exec(folded.slice(s, e));
  if (lead) s += lead[0].length;
  // prose that quotes the title: "现公布区统计局2023年…", "现将XX局…", "特编制XX局…"
  const verb = LEAD_VERB.exec(folded.slice(s, e));
  if (verb && isAgencyName(folded.slice(s + verb[0].length, e), true)) s += verb[0].length;
  const name = folded.slice(s, e);
  return isAgencyName(name, needEnding) ? { value: name, span: [s, e] } : null;
}

/** a verb phrase that introduces a quoted title in prose (the name follows it) */
const LEAD_VERB = /^(?:(?:现予以|现予|现|特此|特|并|予以|兹)?(?:公布|发布|印发|编制|制定|形成|呈报|报送|汇总)|现将|特将|兹将)/;

/** The name alone on the nearest non-empty line above `lineStart` (skipping page footers). */
function nameOnLineAbove(folded: string, lineStart: number): Found<string> | null {
  let p = lineStart - 1;
  for (let tries = 0; tries < 3 && p > 0; tries++) {
    while (p > 0 && /\s/.test(folded[p - 1]) && folded[p - 1] !== '\n') p--;
    const end = p;
    const start = lineStartOf(folded, end, 60);
    const line = folded.slice(start, end).trim();
    if (line) {
      const lead = start + folded.slice(start, end).indexOf(line);
      if (isAgencyName(line, true)) return { value: line, span: [lead, lead + line.length] };
      if (!/^[-—\s\d]+$/.test(line)) return null; // a footer like "- 1 -" may sit in between
    }
    p = start - 1;
  }
  return null;
}

/** Every title-like phrase in [from, to), best first is the caller's choice. */
/** Name and year printed before `pos` on its line: "XX局2020年度", "2019年XX局", "XX局关于2020年". */
function readBefore(folded: string, pos: number, needEnding: boolean): { agency: Found<string> | null; year: Found<number> | null; ls: number } {
  const ls = lineStartOf(folded, pos, 80);
  const before = folded.slice(ls, pos);
  let year: Found<number> | null = null;
  let agency: Found<string> | null = null;
  const yb = YEAR_BEFORE.exec(before);
  if (yb) {
    const ys = ls + yb.index;
    year = { value: parseYear(yb[1]), span: [ys, ys + yb[1].length] };
    agency = nameBefore(folded, ys, needEnding);
    // "2019年上海市人民政府办公厅政府信息公开…": the name stands between the year and the anchor
    if (!agency) agency = nameBefore(folded, pos, needEnding);
  } else {
    agency = nameBefore(folded, pos, needEnding);
    // "2019年" may precede the name: "2019年XX局政府信息公开工作年度报告"
    if (agency) {
      const yb2 = YEAR_BEFORE.exec(folded.slice(ls, agency.span[0]));
      if (yb2) {
        const ys = ls + yb2.index;
        year = { value: parseYear(yb2[1]), span: [ys, ys + yb2[1].length] };
      }
      // "XX局2020年[就面]政府信息公开…": a run between the year and the words that does not end
      // like a body's name is injected text, not a name; the name before the year is the body's
      const digits = DIGITS_BEFORE.exec(folded.slice(ls, agency.span[0]));
      const earlier = digits ? nameBefore(folded, ls + digits.index, true) : null;
      if (earlier && (!isAgencyName(agency.value, true) || injectedRatherThan(folded, agency.value, earlier.value))) agency = earlier;
    }
  }
  return { agency, year, ls };
}

/** the words a title goes on with after the body's name (a copy of the title is not "elsewhere") */
const TITLE_GOES_ON = /^\s*(?:(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年度?)?\s*(?:关于)?(?:政府信息公开|政务公开|信息公开)/;

/** Whether `name` is printed somewhere other than in a title (a body, a signature). */
function printedElsewhere(folded: string, name: string): boolean {
  for (let i = folded.indexOf(name); i >= 0; i = folded.indexOf(name, i + 1)) {
    if (!TITLE_GOES_ON.test(folded.slice(i + name.length, i + name.length + 16))) return true;
  }
  return false;
}

/**
 * "XX局2020年[四委]政府信息公开…": both the run before the year and the one after it end like a
 * body's name. An injected run is printed once, in the title; a body's name recurs (the body's
 * "2020年，XX局…", the signature). When neither or both recur, a run of three characters or
 * fewer is too short for a name that follows a name.
 */
function injectedRatherThan(folded: string, between: string, earlier: string): boolean {
  const b = printedElsewhere(folded, between);
  const e = printedElsewhere(folded, earlier);
  if (b !== e) return e;
  return between.length <= 3;
}

/** End of the nearest non-empty line above the line starting at `ls`, or -1. */
function prevLineEnd(folded: string, ls: number): number {
  let p = ls - 1;
  while (p > 0 && /\s/.test(folded[p - 1]) && ls - p < 20) p--;
  return p > 0 && p < ls ? p : -1;
}

/** Every title-like phrase in [from, to), in order. */
export function findTitles(folded: string, from: number, to: number): Title[] {
  const out: Title[] = [];
  const region = folded.slice(from, to);
  ANCHOR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANCHOR_RE.exec(region))) {
    const anchor = from + m.index;
    const t = titleAt(folded, anchor, anchor + m[0].length);
    if (t) out.push(t);
  }
  // characters injected inside the title's words (政府信息公开工作年度中报告): its words found
  // by the label search, which prices each injected character
  if (!out.some((t) => t.agency || t.year)) {
    let cursor = from;
    // a label not found in [cursor, to) is not found in any later part of it (a match there
    // would be one here too): once the longer wording is missing, it is not searched again
    let yearlyMissing = false;
    for (let tries = 0; tries < 4 && cursor < to; tries++) {
      const yearly = yearlyMissing ? null : findLabel(folded, '政府信息公开工作年度报告', cursor, to);
      if (!yearly) yearlyMissing = true;
      const f = yearly ?? findLabel(folded, '政府信息公开工作报告', cursor, to);
      if (!f) break;
      // the words must end the title's way: 政府信息公开工作的稳步推进 is prose, not 工作报告
      const t = folded[f.end - 1] === '告' ? titleAt(folded, f.start, f.end) : null;
      if (t && (t.agency || t.year)) out.push(t);
      cursor = f.end;
    }
  }
  // runs injected in more than one place of the words (政府信[下主善武追视]息公开[第受]工作…):
  // a short line ending in 报告 that holds a year and begins with a name is the title
  if (!out.some((t) => t.agency || t.year)) {
    // searched in [from, to) plus one line's length: exec over the whole text would run to its
    // end when no line matches (2 s on a 2 MB text of table rows)
    const window = folded.slice(from, Math.min(folded.length, to + 100));
    REPORT_LINE.lastIndex = 0;
    for (let r: RegExpExecArray | null; (r = REPORT_LINE.exec(window)) && from + r.index < to; ) {
      const line = r[1]!;
      const ls = from + r.index + r[0].indexOf(line);
      // a line the window's end cut short is no line; nor is the window's start one unless it
      // starts a line of the text (what ^ meant when the whole text was searched)
      const end = from + r.index + r[0].length;
      if (end < folded.length && folded[end] !== '\n' && folded[end] !== '\r') continue;
      if (r.index === 0 && r[0][0] !== '\n' && from > 0 && folded[from - 1] !== '\n') continue;
      if (LINK_LINE.test(line) || !/政/.test(line)) continue;
      YEAR_IN_LINE.lastIndex = 0;
      const y = YEAR_IN_LINE.exec(line);
      // the year itself may be broken by a run (20[在於有也]20年): the name ends at its first digit
      const d = y ? y.index : line.search(/\d/);
      if (d < 0) continue;
      const ys = ls + d;
      const agency = nameBefore(folded, ys, true);
      if (!agency || agency.span[0] !== ls) continue;
      out.push({ agency, year: y ? { value: parseYear(y[1]!), span: [ys, ys + y[1]!.length] } : null, span: [ls, ls + line.length] });
      break;
    }
  }
  return out;
}

// a line of at most 80 characters ending in 报告 (the title), and a year in it
const REPORT_LINE = /(?:^|\n)[ \t#]*([^\n]{8,80}报告)[ \t]*(?=\r?\n|$)/g;
const YEAR_IN_LINE = /(\d{4}|[〇零一二三四五六七八九]{4})\s*年/g;

/** The title whose anchor phrase stands at [anchor, end), or null on a link line. */
function titleAt(folded: string, anchor: number, end: number): Title | null {
  // the words may begin before: a run injected right after 政 (政[谈]府信息公开) leaves 信息公开
  // as the match; the 政 from which the words stand with that one gap is the start
  // (a name ending there, 市政府办公室信息公开, is a name, not a gap)
  if (folded.startsWith('信息公开', anchor)) {
    for (let p = anchor - 2; p >= Math.max(0, anchor - 7); p--) {
      // (a run starting at 政 itself, after the year or the line's start, names no body: 年政府[平处]信息公开)
      const nameThere = isAgencyName(folded.slice(p, anchor), true) && p > 0 && isNamePart(folded[p - 1]!);
      if (folded[p] === '政' && !nameThere && gapMatchAt(folded, '政府信息公开', p, end)) {
        anchor = p;
        break;
      }
    }
  }
  const before = folded.slice(lineStartOf(folded, anchor, 80), anchor);
  if (LINK_LINE.test(before)) return null;
  // a document quoted in prose (《…关于做好2020年政府信息公开年度报告编制和发布工作的通知》):
  // the quote goes on past the report's words; the report's own title in 《》 closes right after
  // them (现将《XX局2022年政府信息公开工作年度报告》公布如下)
  if (before.lastIndexOf('《') > before.lastIndexOf('》') && !/^\s*》/.test(folded.slice(end, end + 80))) return null;
  let { agency, year, ls } = readBefore(folded, anchor, false);
  if (!year) {
    const ya = YEAR_AFTER.exec(folded.slice(end, end + 16));
    if (ya) {
      const ys = end + ya[0].indexOf(ya[1]!);
      year = { value: parseYear(ya[1]!), span: [ys, ys + ya[1]!.length] };
    }
  }
  const blankBefore = /^[\s关于#]*$/.test(folded.slice(ls, year && year.span[0] < anchor ? year.span[0] : anchor));
  if (!agency && blankBefore) {
    // The title broken over lines: "XX局2020年" above "政府信息公开工作年度报告", or the
    // name alone above "2022年度政府信息公开…".
    const pe = folded.slice(ls, anchor).trim() === '' ? prevLineEnd(folded, ls) : -1;
    if (pe > 0) {
      const above = readBefore(folded, pe, true);
      agency = above.agency;
      year ??= above.year;
    }
    agency ??= nameOnLineAbove(folded, ls);
  }
  if (year && !Number.isFinite(year.value)) year = null;
  return { agency, year, span: [agency ? Math.min(agency.span[0], anchor) : anchor, end] };
}
