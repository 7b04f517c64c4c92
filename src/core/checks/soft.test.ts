import { describe, expect, it } from 'vitest';
import { blankTableChecks, canMakeRules, regulationsAuthorityCheck, templateYearCheck } from './soft';
import { layoutOf, makeTable } from '../testing/build-table';
import type { Meta } from '../types';

const table = (n: number | null) => makeTable(layoutOf('proactive', '2019'), { regulations: { made: n, published: n, total: n } });
const meta = (m: Partial<Meta>): Meta => ({ agency: null, year: null, format: 'unknown', script: 'simplified', ...m });

describe('meta.templateYear', () => {
  it('flags the 2019 template from 2021 on, and the 2021 template for 2019/2020', () => {
    expect(templateYearCheck(meta({ year: 2022, format: '2019' }))).toMatchObject({ status: 'fail', expected: 2021, actual: 2019, severity: 'warning' });
    expect(templateYearCheck(meta({ year: 2020, format: '2021' }))).toMatchObject({ status: 'fail', expected: 2019, actual: 2021 });
    expect(templateYearCheck(meta({ year: 2020, format: '2019' })).status).toBe('pass');
    expect(templateYearCheck(meta({ year: 2021, format: '2021' })).status).toBe('pass');
  });
  it('skips when year or format is unknown, or before the templates', () => {
    expect(templateYearCheck(meta({ year: null, format: '2019' })).status).toBe('skipped');
    expect(templateYearCheck(meta({ year: 2017, format: 'pre-2019' })).status).toBe('skipped');
    expect(templateYearCheck(meta({ year: 2017, format: '2019' })).status).toBe('skipped');
  });
});

describe('<table>.blank', () => {
  it('fails a present table with no figure, passes a filled one, ignores absent ones', () => {
    const checks = blankTableChecks({
      proactive: null,
      applications: makeTable(layoutOf('applications', '2019')),
      reviewLitigation: makeTable(layoutOf('reviewLitigation', '2019'), { review: { total: 0 } }),
    });
    expect(checks.map((c) => [c.id, c.status])).toEqual([
      ['applications.blank', 'fail'],
      ['reviewLitigation.blank', 'pass'],
    ]);
  });
});

describe('proactive.regulationsAuthority', () => {
  it('knows who may make 规章', () => {
    for (const a of ['公安部', '海南省公安厅', '上海市人民政府办公厅', '淮安市人民政府', '广西壮族自治区公安厅', '延边朝鲜族自治州人民政府', '广东省乡村振兴局'])
      expect(canMakeRules(a), a).toBe(true);
    for (const a of ['紫阳县公安局', '巴楚县公安局', '福州市鼓楼区人民政府', '平潭综合实验区', '上海市浦东新区城市管理局', '某某镇人民政府', '某某街道办事处', '某某乡人民政府'])
      expect(canMakeRules(a), a).toBe(false);
  });

  it('fails 规章 > 0 from a county body, passes 0 or a province', () => {
    expect(regulationsAuthorityCheck(table(2), meta({ agency: '紫阳县公安局' }))).toMatchObject({ status: 'fail', actual: 2, severity: 'warning' });
    expect(regulationsAuthorityCheck(table(0), meta({ agency: '紫阳县公安局' }))?.status).toBe('pass');
    expect(regulationsAuthorityCheck(table(null), meta({ agency: '紫阳县公安局' }))?.status).toBe('pass');
    expect(regulationsAuthorityCheck(table(13), meta({ agency: '上海市人民政府办公厅' }))?.status).toBe('pass');
    expect(regulationsAuthorityCheck(table(13), meta({ agency: null }))?.status).toBe('skipped');
    expect(regulationsAuthorityCheck(null, meta({ agency: '紫阳县公安局' }))).toBeNull();
  });

  it('points at the 规章 cells', () => {
    const c = regulationsAuthorityCheck(table(2), meta({ agency: '某某县人民政府' }));
    expect(c?.cells).toEqual([
      ['regulations', 'made'],
      ['regulations', 'published'],
      ['regulations', 'total'],
    ]);
    expect(c?.spans).toHaveLength(3);
  });
});
