import { describe, expect, it } from 'vitest';
import { applicantBars, describeBars, outcomeBars } from './chart-data';
import { brokenDoc, makeDoc } from '../report-labels/test-doc';

describe('chart data', () => {
  it('sums the 不予公开 sub-rows and keeps blank groups blank', () => {
    const doc = makeDoc({
      applications: {
        granted: { total: 7 },
        partiallyGranted: { total: 0 },
        deniedStateSecret: { total: 1 },
        deniedQueryMatters: { total: 2 },
        unavailableNotHeld: { total: 4 },
        rejectedRepeated: { total: 3 },
        newReceived: { naturalPerson: 20, otherOrg: 1, total: 21 },
      },
    });
    expect(outcomeBars(doc, 'zh')!.map((b) => [b.label, b.value])).toEqual([
      ['予以公开', 7], ['部分公开', 0], ['不予公开', 3], ['无法提供', 4], ['不予处理', 3], ['其他处理', null],
    ]);
    expect(applicantBars(doc, 'zh')!.map((b) => b.value)).toEqual([20, null, null, null, null, 1]);
  });

  it('counts the three (六) rows of format 2021 as 其他处理', () => {
    const doc = makeDoc({ format: '2021', applications: { otherOverdueCorrection: { total: 1 }, otherOther: { total: 2 } } });
    expect(outcomeBars(doc, 'en')!.find((b) => b.key === 'other')).toEqual({ key: 'other', label: 'Other', value: 3 });
  });

  it('draws nothing for an absent or blank table', () => {
    expect(outcomeBars(makeDoc({ applications: null }), 'zh')).toBeNull();
    expect(outcomeBars(makeDoc({ applications: {} }), 'zh')).toBeNull();
    expect(applicantBars(makeDoc({ applications: {} }), 'zh')).toBeNull();
    expect(describeBars('申请人', applicantBars(brokenDoc(), 'zh')!, '空')).toBe('申请人：自然人 5，商业企业 0，科研机构 0，社会公益组织 0，法律服务机构 0，其他 1');
  });
});
