// Narrative checks (warnings), each with its own id and the text span it rests on:
//   narrative.problemsEmpty  — section 五 (problems and improvements) empty, or only 无 / none;
//   narrative.sectionOrder   — section numbering out of order, or a section printed twice;
//   narrative.fees…          — what the prose says about fees against itself and the tables (fees.ts).
import type { Check, Section, Span, Tables } from '../types';
import type { TextContext } from '../context';
import { feeChecks } from './fees';
import { proseText } from './prose-text';

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

export function narrativeChecks(ctx: TextContext, sections: Section[], tables: Tables, year: number | null = null): Check[] {
  const tableSpans = [tables.proactive, tables.applications, tables.reviewLitigation].flatMap((t) => (t ? [t.span] : []));
  const checks = [problemsEmptyCheck(ctx, sections), sectionOrderCheck(sections)].filter((c): c is Check => c !== null);
  return [...checks, ...feeChecks(proseText(ctx.folded, tableSpans), tables, year)];
}
