// What the prose says about fees: "no fee was charged" statements and charged amounts, each with
// its span and its scope. The scope matters because two different fees meet in these reports:
// 信息处理费 (charged to applicants, reported in section 六 from 2021, in 收费及减免 before 2019)
// and 行政事业性收费 (the body's general administrative fees, counted in table 二). A statement
// is compared only with the fee it is about.
import type { Span } from '../types';
import { sentenceEnd, sentenceStart, sourceSpan, type ProseText } from './prose-text';

export type FeeScope =
  /** names 信息处理费 (or 处理费) */
  | 'processing'
  /** names no fee, but its sentence is about disclosure or applications (对申请不收取任何费用) */
  | 'disclosure'
  /** names 行政事业性收费 */
  | 'administrative'
  /** names no fee and nothing narrows it (本机关未收取任何费用) */
  | 'any';

export interface FeeStatement {
  /** none: says no fee was charged (or a zero amount); charged: states a fee charged */
  kind: 'none' | 'charged';
  scope: FeeScope;
  /** the amount in 元 when one is printed (万元 converted), else null (a count of fees, or none) */
  amount: number | null;
  /** the statement's span in the source text */
  span: Span;
}

const NUM = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const FEE = '(?:信息处理费|处理费|行政事业性收费|任何费用|费用|收费)';
const NEG = '(?:未|没有|无|不|均未|并未|从未|未曾|均不|暂未|尚未)';
const VERB = '(?:产生|收取|发生|征收|收缴|收)';
/** 未收取信息处理费, 不收取任何费用, 未向申请人收取费用, 无收取信息处理费情况 */
const NONE = new RegExp(`${NEG}[^。;,:]{0,8}?(?:收费|${VERB}[^。;,:]{0,14}?${FEE})|零收费`, 'g');
/** 信息处理费为0, 收取信息处理费0元 */
const ZERO = new RegExp(`(?:信息处理费|处理费)(?:收入)?(?:金额)?(?:共|合计|总计|为|计|是)*(?:0|零)(?:\\.0+)?(?:万元|元)?(?![\\d.])`, 'g');
/** 均免费提供 (only when the sentence is about disclosure or applications) */
const FREE = /免费/g;
/** 收取信息处理费3940元, 信息处理费共计120元, 收缴行政事业性收费5.2万元, 收取费用200元 */
const CHARGED = new RegExp(
  `(?:(?:收取|收缴|产生|征收|收到)[^。;,:]{0,16}?${FEE}|(?:信息处理费|处理费|行政事业性收费)(?:收入)?)(?:[^。;,:\\d]{0,8}?)${NUM}(万元|元)`,
  'g',
);
/** a charge counted, not priced: 收取信息处理费2件 */
const CHARGED_COUNT = new RegExp(`(?:收取|收缴|征收)[^。;,:]{0,8}?(?:信息处理费|处理费)[^。;,:\\d]{0,4}?${NUM}(?:件|笔|次)`, 'g');
/** wording of table 三's 2021 row (逾期未按收费通知要求缴纳费用) and of fee standards: not a statement */
const NOT_A_STATEMENT = /通知|缴纳|标准|减免|管理办法/;
/** 公开 alone too: an injected character may break 信息公开 (信殃拜几辣息公开) */
const ABOUT_DISCLOSURE = /申请|公开|政府信息/;

function scopeOf(match: string, sentence: string): FeeScope {
  if (/信息处理费|处理费/.test(match)) return 'processing';
  if (match.includes('行政事业性收费')) return 'administrative';
  if (/信息处理费|处理费/.test(sentence)) return 'processing';
  if (sentence.includes('行政事业性收费')) return 'administrative';
  return ABOUT_DISCLOSURE.test(sentence) ? 'disclosure' : 'any';
}

const yuan = (n: string, unit: string) => Number(n.replace(/,/g, '')) * (unit === '万元' ? 10000 : 1);

/** every fee statement of the prose, in text order */
export function findFeeStatements(p: ProseText): FeeStatement[] {
  const text = p.text;
  const out: FeeStatement[] = [];
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && a < e);
  const push = (kind: FeeStatement['kind'], start: number, end: number, amount: number | null) => {
    if (overlaps(start, end)) return;
    const match = text.slice(start, end);
    const sentence = text.slice(sentenceStart(text, start), end);
    taken.push([start, end]);
    out.push({ kind, scope: scopeOf(match, sentence), amount, span: sourceSpan(p, start, end - start) });
  };
  for (const m of text.matchAll(ZERO)) push('none', m.index, m.index + m[0].length, 0);
  for (const m of text.matchAll(CHARGED)) {
    if (NOT_A_STATEMENT.test(m[0])) continue;
    // 未收取…费用200元 is a "none" with a figure in it: the negation wins
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    if (/未|不|无|没有/.test(before) || new RegExp(`^${NEG}`).test(m[0])) continue;
    const amount = yuan(m[1], m[2]);
    push(amount > 0 ? 'charged' : 'none', m.index, m.index + m[0].length, amount);
  }
  for (const m of text.matchAll(CHARGED_COUNT)) {
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    if (/未|不|无|没有/.test(before)) continue;
    if (Number(m[1]) > 0) push('charged', m.index, m.index + m[0].length, null);
  }
  for (const m of text.matchAll(NONE)) {
    // 未按收费通知…: the words just after the match tell a row label from a statement
    if (NOT_A_STATEMENT.test(text.slice(m.index, m.index + m[0].length + 4))) continue;
    push('none', m.index, m.index + m[0].length, null);
  }
  for (const m of text.matchAll(FREE)) {
    const from = sentenceStart(text, m.index);
    const sentence = text.slice(from, sentenceEnd(text, m.index));
    if (!ABOUT_DISCLOSURE.test(sentence)) continue;
    // a sentence that also says 未收取 in words is that statement already
    if (overlaps(from, from + sentence.length)) continue;
    push('none', m.index, m.index + 2, null);
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}
