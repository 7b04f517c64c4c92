import { describe, expect, it } from 'vitest';
import { PROSE_NAMES } from '../../core/diagnostics/zh-checks';
import { ruleLabel } from './rule-label';

describe('a rule worded for the batch charts', () => {
  it('names the row or column it totals and its family, in either language', () => {
    expect(ruleLabel('applications.rowTotal.carriedOver', 'zh')).toBe('二、上年结转政府信息公开申请数量（行合计）');
    expect(ruleLabel('applications.resultsTotal.naturalPerson', 'en')).toMatch(/自然人 \(Outcome totals\)$/);
    expect(ruleLabel('reviewLitigation.total.review', 'zh')).toMatch(/（复议诉讼合计）$/);
    // a row only the 2019 template prints
    expect(ruleLabel('applications.rowTotal.otherHandling', 'zh')).toMatch(/（行合计）$/);
  });
  it('words every rule outside the families that the core can fail, in both languages', () => {
    // the ids the core's checks give (src/core/checks: narrative, fees, soft, prose, prose-outcomes)
    const ids = [
      'narrative.fees', 'narrative.feesTable', 'narrative.feesApplications', 'narrative.problemsEmpty', 'narrative.sectionOrder',
      'meta.templateYear', 'proactive.regulationsAuthority', 'proactive.blank', 'applications.blank', 'reviewLitigation.blank',
      ...Object.keys(PROSE_NAMES).map((k) => `prose.${k}`),
    ];
    for (const id of ids) {
      for (const lang of ['zh', 'en'] as const) {
        const label = ruleLabel(id, lang);
        expect(label, `${id} ${lang}`).not.toBe(id);
        expect(label, `${id} ${lang}`).not.toMatch(/[a-z]+\.[a-z]/i);
        expect(label, `${id} ${lang}`).not.toMatch(/\{|\}|undefined/);
      }
      // English words, with at most a numeral the report prints (表二) quoted
      expect(ruleLabel(id, 'en')).toMatch(/^[A-Z][\x20-\x7e二三四五]+$/);
    }
    expect(ruleLabel('prose.received', 'zh')).toBe('正文所述收到申请数与表格一致');
    expect(ruleLabel('prose.received', 'en')).toBe('Text agrees with the tables: Requests received');
    expect(ruleLabel('applications.blank', 'zh')).toBe('收到和处理政府信息公开申请情况表不全为空白');
    expect(new Set(ids.map((id) => ruleLabel(id, 'zh'))).size).toBe(ids.length);
  });
  it('keeps the id of a rule it does not know, or of a key the template does not know', () => {
    expect(ruleLabel('proactive.somethingNew', 'zh')).toBe('proactive.somethingNew');
    expect(ruleLabel('prose.noSuchKind', 'en')).toBe('prose.noSuchKind');
    expect(ruleLabel('applications.rowTotal.noSuchRow', 'zh')).toBe('applications.rowTotal.noSuchRow');
  });
});
