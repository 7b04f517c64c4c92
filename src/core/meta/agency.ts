// Who reports: what an agency's name looks like, and where to find it when the report has
// no title — the signature at the end (name, then the signing date) or the body's recurring
// subject ("2023年，巴楚县公安局严格按照…"). All matching on the folded (simplified) text.
import type { Span } from '../types';

export interface Found<T> {
  value: T;
  span: Span;
}

/** Endings of the names of government bodies (bureaus, governments, committees, districts…). */
const AGENCY_END =
  /(?:人民政府办公厅|人民政府办公室|人民政府|管理委员会|委员会|管委会|办公厅|办公室|办事处|街道|公安局|公安厅|总局|分局|局|厅|委|署|院|部|处|所|中心|政府|实验区|开发区|新区|示范区|区|县|市|州|盟|旗|省|镇|乡|队|站|馆|社|行|公司|集团)$/;

/** Words that show a run of text is page chrome or prose, not a name. */
const NOT_A_NAME =
  /报告|信息公开|政务公开|首页|当前位置|标题|来源|发布|年度|栏目|目录|链接|打印|关闭|本机关|我局|我区|我市|我县|本局|以下简称|单位|坚持|贯彻|落实|认真|习近平|深入|严格|按照|围绕|始终|持续|进一步|不断|积极|高度|重视|扎实|切实|着力|大力|全力/;

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3007;
}

/** A plausible agency name (the caller has already cut it out of its context). */
export function isAgencyName(name: string, needEnding: boolean): boolean {
  if (name.length < 2 || name.length > 40) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    // names may hold brackets: 中国(上海)自由贸易试验区管理委员会
    if (!isHan(c) && c !== 0x28 && c !== 0x29) return false;
  }
  if (NOT_A_NAME.test(name)) return false;
  return !needEnding || AGENCY_END.test(name);
}

/** The run of Han characters (and brackets) ending just before `end`, at most 40 long. */
export function hanRunBefore(folded: string, end: number): Span {
  let s = end;
  while (s > 0 && end - s < 40) {
    const c = folded.charCodeAt(s - 1);
    if (!isHan(c) && c !== 0x28 && c !== 0x29) break;
    s--;
  }
  return [s, end];
}

const DATE_RE = /(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日/y;

const WS = /\s/;

/**
 * The matches of `sticky` in `s` in order, as a `g` exec loop finds them, for a regex (flag y)
 * whose every match starts with four digits or numerals, blanks, then 年: each 年 names the one
 * place such a match can start (the four characters before the blanks before it), so the regex
 * runs there only, not at every position of the text (scanning whole texts for these two regexes
 * was a third of the metadata stage). `from`: as a g loop started at lastIndex `from`. Same
 * matches (agency.test.ts).
 */
export function* yearMatches(sticky: RegExp, s: string, from = 0): Generator<RegExpExecArray> {
  let end = from; // the previous match's end (or the lastIndex a g loop starts from)
  for (let y = s.indexOf('年', from); y >= 0; y = s.indexOf('年', y + 1)) {
    let k = y - 1;
    while (k >= 0 && WS.test(s[k]!)) k--;
    // starts only grow with y (the 年 before stands inside the next one's reach)
    const p = k - 3;
    if (p < end) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(s);
    if (m) {
      yield m;
      end = p + m[0].length;
    }
  }
}

/** The name printed before a date: on the same line, or alone on the line above. */
function nameBeforeDate(folded: string, dateStart: number): Found<string> | null {
  let p = dateStart;
  while (p > 0 && /[ \t\r]/.test(folded[p - 1]!)) p--;
  let run = hanRunBefore(folded, p);
  if (run[0] === run[1] && p > 0 && folded[p - 1] === '\n') {
    let q = p - 1;
    // a page footer ("- 5 -", "第5页") may stand between the name and the date (PDF text)
    for (let tries = 0; tries < 3; tries++) {
      while (q > 0 && /\s/.test(folded[q - 1]!)) q--;
      const ls = folded.lastIndexOf('\n', q - 1) + 1;
      if (tries < 2 && q > ls && PAGE_FOOTER.test(folded.slice(ls, q))) {
        q = ls;
        continue;
      }
      run = hanRunBefore(folded, q);
      break;
    }
  }
  const name = folded.slice(run[0], run[1]);
  return isAgencyName(name, true) ? { value: name, span: run } : null;
}

const PAGE_FOOTER = /^[ \t]*(?:[-—–－]*[ \t]*\d{1,3}[ \t]*[-—–－]*|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})[ \t]*$/;

/** Whether the date ending at `end` closes its line (a signing date stands alone). */
function endsLine(folded: string, end: number): boolean {
  for (let i = end; i < folded.length; i++) {
    const c = folded[i]!;
    if (c === '\n') return true;
    if (!/[ \t\r]/.test(c)) return false;
  }
  return true;
}

/**
 * The signing date with the name printed before it. A signing date closes its line; the last
 * such date with a name wins — searched over the whole text, since a block published again may
 * follow the signature. Else the last date near the end of the text.
 */
export function signature(folded: string): { agency: Found<string> | null; date: Found<string> | null } {
  let named: { agency: Found<string>; date: Found<string> } | null = null;
  let alone: Found<string> | null = null;
  for (const m of yearMatches(DATE_RE, folded)) {
    if (!endsLine(folded, m.index + m[0].length)) continue;
    const date: Found<string> = { value: m[1]!, span: [m.index, m.index + m[1]!.length] };
    alone = date;
    const agency = nameBeforeDate(folded, m.index);
    if (agency) named = { agency, date };
  }
  if (named) return named;
  const loose = looseSignature(folded) ?? gluedSignature(folded);
  if (loose) return loose;
  if (alone) return { agency: null, date: alone };
  const from = Math.max(0, folded.length - 800);
  const tail = folded.slice(from);
  let last: RegExpExecArray | null = null;
  for (const m of yearMatches(DATE_RE, tail)) last = m;
  if (!last) return { agency: null, date: null };
  const dateStart = from + last.index;
  const date: Found<string> = { value: last[1]!, span: [dateStart, dateStart + last[1]!.length] };
  return { agency: nameBeforeDate(folded, dateStart), date };
}

// a date line with characters injected inside it (202德山心比通3年1月21日): a short line that
// starts with a digit and ends with 日, holding 年 and 月; its figures read once the rest is dropped
const LOOSE_DATE_LINE = /(?:^|\n)[ \t]*(\d[^\n]{5,40}?日)[ \t]*(?=\r?\n|$)/g;

/** The last damaged date line with a name on the line above (or before it on its line). */
function looseSignature(folded: string): { agency: Found<string>; date: Found<string> } | null {
  let best: { agency: Found<string>; date: Found<string> } | null = null;
  LOOSE_DATE_LINE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = LOOSE_DATE_LINE.exec(folded)); ) {
    const line = m[1]!;
    const start = m.index + m[0].indexOf(line);
    // the year's 年 is the first one after four digits (a run injected may hold a 年 too: 202年对5年)
    let y = -1;
    let digits = '';
    for (let k = line.indexOf('年'); k >= 0; k = line.indexOf('年', k + 1)) {
      digits = line.slice(0, k).replace(/[^\d]/g, '');
      if (digits.length >= 4) {
        y = k;
        break;
      }
    }
    if (y < 0 || digits.length !== 4 || line.indexOf('月', y) < 0) continue;
    const agency = nameBeforeDate(folded, start);
    if (agency) best = { agency, date: { value: digits, span: [start, start + y] } };
    LOOSE_DATE_LINE.lastIndex = start + line.length;
  }
  return best;
}

// "2023年，巴楚县公安局…" / "2023年度，XX局…": a year, a comma, then the subject.
// ("2022年以来，丰收乡…"; "2023年，在区委、区政府的坚强领导下，官洲街道办事处…": the clause
// before the subject is passed over)
const SUBJECT_RE = /(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年度?(?:以来)?\s*[,，]\s*(?:在[^,，。\n]{2,24}领导下\s*[,，]\s*)?/y;

/** How often each name-like prefix follows "YYYY年，" (what recurringSubject chooses from). */
export type SubjectCounts = Map<string, { n: number; span: Span }>;

/**
 * The body's recurring subject after "YYYY年，": every prefix of the following run that ends
 * like a name is counted (巴楚县, 巴楚县公安局, 巴楚县公安局累计处…); the longest of the
 * most frequent ones wins, if seen at least `minCount` times. `counts`: subjectCounts(folded),
 * when already counted (the caller asks for minCount 2, then 1).
 */
export function recurringSubject(folded: string, minCount = 2, counts: SubjectCounts = subjectCounts(folded)): Found<string> | null {
  let best: Found<string> | null = null;
  let bestN = minCount - 1;
  for (const [name, { n, span }] of counts) {
    if (n > bestN || (n === bestN && best && name.length > best.value.length)) {
      best = { value: name, span };
      bestN = n;
    }
  }
  return best;
}

const NOT_A_SUBJECT = /^(?:在|按照|根据|围绕|共|累计|全年|主动|新增|新收|办理|受理|收到|其中|通过|合计)/;

export function subjectCounts(folded: string): SubjectCounts {
  const counts: SubjectCounts = new Map();
  for (const m of yearMatches(SUBJECT_RE, folded)) {
    const start = m.index + m[0].length;
    let end = start;
    while (end < folded.length && end - start < 30 && isHan(folded.charCodeAt(end))) {
      // "丰收乡在县委县政府的…": the name ends before 在 (a name does not go on with it)
      if (folded[end] === '在' && AGENCY_END.test(folded.slice(start, end))) break;
      end++;
    }
    // "2023年，共办理政府12345热线…": a count or an action, not a subject that names a body
    if (NOT_A_SUBJECT.test(folded.slice(start, end))) continue;
    for (let e = start + 3; e <= end; e++) {
      const name = folded.slice(start, e);
      if (!isAgencyName(name, true)) continue;
      const prev = counts.get(name);
      if (prev) prev.n++;
      else counts.set(name, { n: 1, span: [start, e] });
    }
  }
  return counts;
}

const PUBLISHER_RE = /(?:发布机构|发文机关|发布单位|信息来源|来源)\s*[:：]\s*/g;

// the prose that names who compiled the report or whom to ask: "由XX局办公室编制的…",
// "如对本报告有疑问，请与XX局办公室联系"
const COMPILER_RE = /(?:由(?![于此])|请与|请联系|联系单位[:：]?)([\u3400-\u9fff()]{2,30}?)(?:负责)?(?:编制|编写|制作|起草|联系)/g;

/**
 * The body named as the report's compiler or contact in the prose (a bureau's 办公室 compiles
 * the bureau's report: the office is dropped when a bureau's name is left).
 */
export function compiler(folded: string): Found<string> | null {
  COMPILER_RE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = COMPILER_RE.exec(folded)); ) {
    const start = m.index + m[0].indexOf(m[1]!);
    let name = m[1]!;
    if (/(?:局|委|厅|署|中心)办公室$/.test(name)) name = name.slice(0, -3);
    if (isAgencyName(name, true)) return { value: name, span: [start, start + name.length] };
  }
  return null;
}

/** The web page's "发布机构：XX局" in the chrome before the report: the last resort. */
export function publisher(folded: string, headEnd: number): Found<string> | null {
  const head = folded.slice(0, headEnd);
  PUBLISHER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PUBLISHER_RE.exec(head))) {
    const start = m.index + m[0].length;
    let end = start;
    while (end < head.length && end - start < 40 && (isHan(head.charCodeAt(end)) || head[end] === '(' || head[end] === ')')) end++;
    const name = folded.slice(start, end);
    if (isAgencyName(name, true)) return { value: name, span: [start, end] };
  }
  return null;
}

// a date whose parts a run may split (2021年走政商划1月13日): Han characters between its parts
const SPLIT_DATE_RE = /(\d{4})\s*年[\u4e00-\u9fff]{0,5}?\s*\d{1,2}\s*[\u4e00-\u9fff]{0,5}?月[\u4e00-\u9fff]{0,5}?\s*\d{1,2}\s*[\u4e00-\u9fff]{0,5}?日/y;
// what may follow a signing date in text whose lines were glued: the end, or a section heading
// (a block published again after the signature)
const AFTER_SIGNING = /^[ \t\u3000]*(?:$|[一二三四五六七八九十]、)/;

/**
 * The signature in text whose line breaks were lost (crawled pages glue lines with spaces): the
 * last name + date that stands before the end of the text or before a section heading.
 */
function gluedSignature(folded: string): { agency: Found<string>; date: Found<string> } | null {
  let best: { agency: Found<string>; date: Found<string> } | null = null;
  for (const m of yearMatches(SPLIT_DATE_RE, folded)) {
    if (!AFTER_SIGNING.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    const agency = nameBeforeDate(folded, m.index);
    if (agency) best = { agency, date: { value: m[1]!, span: [m.index, m.index + m[1]!.length] } };
  }
  return best;
}

/** the regexes read through yearMatches (for its test) */
export const YEAR_LED = { DATE_RE, SUBJECT_RE, SPLIT_DATE_RE };
