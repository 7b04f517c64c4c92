// Narrative checks (warnings), each with its own id and the text span it rests on:
//   narrative.problemsEmpty  — section 五 (problems and improvements) empty, or only 无 / none;
//   narrative.sectionOrder   — section numbering out of order, or a section printed twice;
//   narrative.fees           — the prose says no 信息处理费 was charged and also states a charged
//                              amount (or the reverse within section 六). Table 二's 行政事业性收费
//                              is the body's general fees, not disclosure fees: never compared.
import type { Check, Section, Span } from '../types';
import type { TextContext } from '../context';

const warn = (id: string, status: Check['status'], spans: Span[], message: string, expected: number | null = null, actual: number | null = null): Check => ({
  id, status, expected, actual, cells: [], spans, severity: 'warning', message,
});

/** section 五's body is empty or says only 无 / 暂无 / none */
export function problemsEmptyCheck(ctx: TextContext, sections: Section[]): Check | null {
  const s = sections.find((x) => x.key === 'problems' && !x.repeated);
  if (!s) return null;
  const body = ctx.folded.slice(s.headingSpan[1], s.span[1]).replace(/[\s\u3000。.,，;；:：、]/g, '');
  const empty = body === '' || /^(无|暂无|没有|none|n\/a)$/i.test(body);
  return empty
    ? warn('narrative.problemsEmpty', 'fail', [s.span], '第五部分（存在的主要问题及改进情况）没有写任何问题或改进情况')
    : warn('narrative.problemsEmpty', 'pass', [s.headingSpan], '第五部分写有问题及改进情况');
}

/** numbers must rise section by section; a number seen before is a section printed twice (or a second numbering) */
export function sectionOrderCheck(sections: Section[]): Check | null {
  if (sections.length < 2) return null;
  let last = 0;
  const seen = new Set<number>();
  for (const s of sections) {
    if (seen.has(s.number)) {
      return warn('narrative.sectionOrder', 'fail', [s.headingSpan], `第${s.number}部分重复出现（同一部分印了两次，或有两套编号）`, last + 1, s.number);
    }
    if (s.number < last) {
      return warn('narrative.sectionOrder', 'fail', [s.headingSpan], `第${s.number}部分排在第${last}部分之后，编号顺序不对`, last + 1, s.number);
    }
    seen.add(s.number);
    last = s.number;
  }
  return warn('narrative.sectionOrder', 'pass', [], '各部分编号依次排列');
}

const NO_FEE = /(未|没有|无|不存在|均未|并未)(产生|收取|发生|收)[^。；\n]{0,12}(信息处理费|处理费|费用)|(信息处理费|处理费)[^。；\n]{0,6}(为\s*0|为零|均为0)|无收取[^。；\n]{0,8}费/g;
const FEE_AMOUNT = /(收取|收缴|产生)[^。；\n]{0,16}(信息处理费|处理费)[^。；\n\d]{0,8}([1-9][\d,]*(\.\d+)?)\s*(万元|元)/g;

/** the prose both says no 信息处理费 was charged and states a charged amount */
export function feesCheck(ctx: TextContext, sections: Section[], tableSpans: Span[]): Check | null {
  const inTable = (i: number) => tableSpans.some((s) => s[0] <= i && i < s[1]);
  const none: Span[] = [];
  const some: { span: Span; value: number }[] = [];
  for (const m of ctx.folded.matchAll(NO_FEE)) if (!inTable(m.index)) none.push([m.index, m.index + m[0].length]);
  for (const m of ctx.folded.matchAll(FEE_AMOUNT)) {
    if (inTable(m.index)) continue;
    const value = Number(m[3].replace(/,/g, ''));
    if (value > 0) some.push({ span: [m.index, m.index + m[0].length], value });
  }
  if (!none.length && !some.length) return null;
  void sections;
  if (none.length && some.length) {
    return warn('narrative.fees', 'fail', [none[0], some[0].span], `正文一处说未收取信息处理费，另一处又说收取了${some[0].value}`, 0, some[0].value);
  }
  return warn('narrative.fees', 'pass', none.length ? [none[0]] : [some[0].span], '正文关于信息处理费的说法前后一致');
}

export function narrativeChecks(ctx: TextContext, sections: Section[], tableSpans: Span[]): Check[] {
  return [problemsEmptyCheck(ctx, sections), sectionOrderCheck(sections), feesCheck(ctx, sections, tableSpans)].filter((c): c is Check => c !== null);
}
