// 行政复议 and 行政诉讼 counts quoted in the prose, in the phrasings reports use:
//   行政复议3件 · 被申请行政复议的案件共计3件 · 行政复议案件数为3件 · 发生2起行政诉讼案件 ·
//   收到3件行政复议申请 · 行政复议一件 · 行政复议和行政诉讼各1件 · 行政复议、行政诉讼分别为3件、2件 ·
//   行政复议和行政诉讼案件共5件 (the two together) · 未发生…行政复议、提起行政诉讼的情况 (zero).
// A police or city report also counts review and litigation of its law enforcement, which are
// not disclosure cases: a figure whose sentence says nothing of disclosure, outside the review
// and litigation section, is `guarded` (it may agree with the table, never fail).
import type { Span } from '../types';
import { sentenceStart, sourceSpan, type ProseText } from './prose-text';

export type CaseKind = 'review' | 'litigation' | 'reviewAndLitigation';

export interface CaseFigure {
  kind: CaseKind;
  value: number;
  /** the figure's span (for a zero said in words, the statement's) */
  span: Span;
  /** the sentence speaks of a wider scope than the reporting body (全市, 各级…) */
  widerScope: boolean;
  /** nothing ties the figure to disclosure: never fails */
  guarded: boolean;
}

const DIGITS = String.raw`\d{1,3}(?:,\d{3})+|\d+`;
const CN = '[零〇一二两三四五六七八九十]{1,3}';
const N = `(${DIGITS}|${CN})`;
const UNIT = '(?:件|宗|次|起|个|案)';
const REVIEW = '(?:行政复议)';
const NOUN_TAIL = '(?:的)?(?:案件|申请|案)?(?:数量|数)?';
const FILL = '(?:共计|共|总计|合计|为|是|有|计|达|分别为|分别是|各)*';
const AND = '(?:和|及|与|、|以及|或)';
// the order matters: the two-noun forms first, so their nouns are not read again alone
const FORMS: { kind: 'both-each' | 'both-resp' | 'both-sum' | 'after' | 'before'; re: RegExp }[] = [
  // 行政复议和行政诉讼(案件)各1件
  { kind: 'both-each', re: new RegExp(`${REVIEW}${NOUN_TAIL}${AND}(?:提起)?(?:行政)?诉讼${NOUN_TAIL}(?:均|都)?各(?:有|为)?${N}${UNIT}`, 'g') },
  // 行政复议、行政诉讼(案件)分别为3件、2件
  { kind: 'both-resp', re: new RegExp(`${REVIEW}${NOUN_TAIL}${AND}(?:提起)?(?:行政)?诉讼${NOUN_TAIL}分别(?:为|是|有)?${N}${UNIT}?${AND}${N}${UNIT}`, 'g') },
  // 行政复议和行政诉讼案件共5件
  { kind: 'both-sum', re: new RegExp(`${REVIEW}${NOUN_TAIL}${AND}(?:提起)?(?:行政)?诉讼${NOUN_TAIL}${FILL}${N}${UNIT}`, 'g') },
  // 行政复议(的案件)(共计)3件 ; 诉讼9件 after 行政复议 in the sentence
  { kind: 'after', re: new RegExp(`(行政复议|行政诉讼|诉讼)${NOUN_TAIL}${FILL}${N}${UNIT}`, 'g') },
  // 3件行政复议申请 ; 发生2起因政府信息公开引起的行政诉讼案件
  { kind: 'before', re: new RegExp(`${N}${UNIT}(?:的)?(?:因?(?:政府)?信息公开(?:申请|工作)?(?:引起|引发|产生)?的?)?(?:被申请|提起)?(行政复议|行政诉讼)`, 'g') },
];

/** 未发生…行政复议、提起行政诉讼的情况 ; 无行政复议和行政诉讼案件 ; 未收到行政复议申请 */
const NONE = /(?:未|没有|无|均未|并未|尚未|未曾|暂无|未有)(?!经)[^。;,:!?]{0,24}?(行政复议|行政诉讼)/g;
/** what a zero statement may end with, after its last noun: else it is about something narrower (纠错, 败诉) */
const NONE_END = /^(?:(?:的)?(?:案件|情况|情形|事项|申请|案)?)(?:[。;,:!?]|$)/;

const WIDER = /(全市|全省|全区|全县|全州|全盟|全旗|全国|全系统|各级|系统内|各地|各部门)/;
/** words of disclosure or applications (复议申请 itself taken out first: it is the case, not the subject) */
const ABOUT_DISCLOSURE = /信息公开|政府信息|依申请|政务公开|申请/;

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 3 · 1,200 · 一 · 十二 · 二十 · 三十五 (up to 99); NaN when not a number */
export function caseNumber(s: string): number {
  if (/^[\d,]+$/.test(s)) return Number(s.replace(/,/g, ''));
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 && s in CN_DIGIT ? CN_DIGIT[s] : NaN;
  const tens = ten === 0 ? 1 : CN_DIGIT[s.slice(0, ten)];
  const ones = ten === s.length - 1 ? 0 : CN_DIGIT[s.slice(ten + 1)];
  return tens === undefined || ones === undefined || s.length > 3 ? NaN : tens * 10 + ones;
}

/** where group `group` of `m` stands in the searched text */
const numAt = (m: RegExpExecArray, group: number, from = 0) => m.index + m[0].indexOf(m[group], from);

/** every review / litigation figure of the prose; `inCaseSection(source offset)` says the figure stands in the review and litigation section */
export function findCaseFigures(p: ProseText, inCaseSection: (at: number) => boolean = () => false): CaseFigure[] {
  const text = p.text;
  const out: CaseFigure[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && a < e);
  const context = (at: number) => {
    const start = sentenceStart(text, at);
    // this sentence and the one before it (答复申请69件。行政复议3件…)
    const previous = start > 0 ? sentenceStart(text, start - 1) : start;
    const around = text.slice(previous, at + 30).replace(/复议申请|诉讼申请/g, '');
    return {
      widerScope: WIDER.test(text.slice(Math.max(start, at - 16), at)),
      guarded: !ABOUT_DISCLOSURE.test(around) && !inCaseSection(p.at.at(at)!),
    };
  };
  const add = (kind: CaseKind, value: number, at: number, length: number) => {
    if (!Number.isFinite(value)) return;
    out.push({ kind, value, span: sourceSpan(p, at, length), ...context(at) });
  };

  for (const { kind, re } of FORMS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + m[0].length;
      if (!free(m.index, end)) continue;
      if (kind === 'both-each' || kind === 'both-sum') {
        const at = numAt(m, 1);
        const v = caseNumber(m[1]);
        if (kind === 'both-each') {
          add('review', v, at, m[1].length);
          add('litigation', v, at, m[1].length);
        } else add('reviewAndLitigation', v, at, m[1].length);
      } else if (kind === 'both-resp') {
        const a = numAt(m, 1);
        const b = m.index + m[0].lastIndexOf(m[2]);
        add('review', caseNumber(m[1]), a, m[1].length);
        add('litigation', caseNumber(m[2]), b, m[2].length);
      } else if (kind === 'after') {
        const noun = m[1];
        // 诉讼 alone counts only after 行政复议 in its sentence (行政复议7件，诉讼9件)
        if (noun === '诉讼' && !text.slice(sentenceStart(text, m.index), m.index).includes('复议')) continue;
        const at = numAt(m, 2, noun.length);
        add(noun === '行政复议' ? 'review' : 'litigation', caseNumber(m[2]), at, m[2].length);
      } else {
        add(m[2] === '行政复议' ? 'review' : 'litigation', caseNumber(m[1]), m.index, m[1].length);
      }
      taken.push([m.index, end]);
    }
  }

  NONE.lastIndex = 0;
  for (let m = NONE.exec(text); m; m = NONE.exec(text)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    // the nouns of the clause after the negation: 未发生…行政复议、提起行政诉讼的情况
    let end = m.index + m[0].length;
    const kinds = new Set<'review' | 'litigation'>([m[1] === '行政复议' ? 'review' : 'litigation']);
    const more = /^(?:[、和及与或]|以及)(?:被申请|提起|引起|引发)?(?:的)?(行政复议|行政诉讼|诉讼)/.exec(text.slice(end));
    if (more) {
      kinds.add(more[1] === '行政复议' ? 'review' : 'litigation');
      end += more[0].length;
    }
    if (!NONE_END.test(text.slice(end, end + 8))) continue;
    for (const k of kinds) add(k, 0, m.index, end - m.index);
    taken.push([m.index, end]);
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}
