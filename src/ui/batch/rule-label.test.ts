import { describe, expect, it } from 'vitest';
import { ruleLabel } from './rule-label';

describe('a rule worded for the batch charts', () => {
  it('names the row or column it totals and its family, in either language', () => {
    expect(ruleLabel('applications.rowTotal.carriedOver', 'zh')).toBe('二、上年结转政府信息公开申请数量（行合计）');
    expect(ruleLabel('applications.resultsTotal.naturalPerson', 'en')).toMatch(/自然人 \(Outcome totals\)$/);
    expect(ruleLabel('reviewLitigation.total.review', 'zh')).toMatch(/（复议诉讼合计）$/);
    // a row only the 2019 template prints
    expect(ruleLabel('applications.rowTotal.otherHandling', 'zh')).toMatch(/（行合计）$/);
  });
  it('keeps the id of a rule outside the families, or of a key the template does not know', () => {
    expect(ruleLabel('proactive.regulationsAuthority', 'zh')).toBe('proactive.regulationsAuthority');
    expect(ruleLabel('applications.rowTotal.noSuchRow', 'zh')).toBe('applications.rowTotal.noSuchRow');
  });
});
