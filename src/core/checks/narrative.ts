// Narrative checks (warnings), each with its own id and the text span it rests on:
//   narrative.problemsEmpty  — section 五 (problems and improvements) empty, or only 无 / none;
//   narrative.sectionOrder   — section numbering out of order, or a section printed twice;
//   narrative.fees…          — what the prose says about fees against itself and the tables (fees.ts).
import type { Check, Section, Span, Tables } from '../types';
import type { TextContext } from '../context';
import { say, type DiagnosticIn } from '../diagnostics';
import { feeChecks } from './fees';
import { proseText, tableSpansOf, type ProseText } from './prose-text';

const warn = (id: string, status: Check['status'], spans: Span[], d: DiagnosticIn<'check.'>, expected: number | null = null, actual: number | null = null): Check => ({
  id, status, expected, actual, cells: [], spans, severity: 'warning', ...say(d.code, d.params),
});

/** section 五's body is empty or says only 无 / 暂无 / none */
export function problemsEmptyCheck(ctx: TextContext, sections: Section[]): Check | null {
  const s = sections.find((x) => x.key === 'problems' && !x.repeated);
  if (!s) return null;
  const body = ctx.folded.slice(s.headingSpan[1], s.span[1]).replace(/[\s\u3000。.,，;；:：、]/g, '');
  const empty = body === '' || /^(无|暂无|没有|none|n\/a)$/i.test(body);
  return empty
    ? warn('narrative.problemsEmpty', 'fail', [s.span], { code: 'check.problemsEmpty.empty', params: {} })
    : warn('narrative.problemsEmpty', 'pass', [s.headingSpan], { code: 'check.problemsEmpty.written', params: {} });
}

/** numbers must rise section by section; a number seen before is a section printed twice (or a second numbering) */
export function sectionOrderCheck(sections: Section[]): Check | null {
  if (sections.length < 2) return null;
  let last = 0;
  const seen = new Set<number>();
  for (const s of sections) {
    if (seen.has(s.number)) {
      return warn('narrative.sectionOrder', 'fail', [s.headingSpan], { code: 'check.sectionOrder.repeated', params: { n: s.number } }, last + 1, s.number);
    }
    if (s.number < last) {
      return warn('narrative.sectionOrder', 'fail', [s.headingSpan], { code: 'check.sectionOrder.outOfOrder', params: { n: s.number, after: last } }, last + 1, s.number);
    }
    seen.add(s.number);
    last = s.number;
  }
  return warn('narrative.sectionOrder', 'pass', [], { code: 'check.sectionOrder.inOrder', params: {} });
}

/** `built`: the prose with the tables cut out, when the caller built it already (runChecks) */
export function narrativeChecks(ctx: TextContext, sections: Section[], tables: Tables, year: number | null = null, built?: ProseText): Check[] {
  const checks = [problemsEmptyCheck(ctx, sections), sectionOrderCheck(sections)].filter((c): c is Check => c !== null);
  return [...checks, ...feeChecks(built ?? proseText(ctx.folded, tableSpansOf(tables)), tables, year)];
}
