// Text from PDF→Markdown converters (issue 9, item 5), shapes written from the issue: one
// Markdown table per page or block, a trailing empty cell on some rows, merged labels spilled
// into the next rows' first column, a row label standing in a `###` heading above a one-row
// table with a shortened label and generic headers (数据1 …), `-` for a blank, prose quoting the
// counts (收到申请28件) before the table.
import { describe, expect, it } from 'vitest';
import { makeContext } from '../context';
import { extractTables } from './index';

const HEAD = '|  |  | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 数据7 |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n';
const PAGE1 = [
  '## 三、收到和处理政府信息公开申请情况',
  '',
  '本年度新收政府信息公开申请28件，上年结转申请1件，其中予以公开、部分公开、不予公开的办理结果见下表。',
  '',
  HEAD +
    [
      '|  | 一、本年新收政府信息公开申请数量 | 6 | 4 | 0 | 4 | 1 | 13 | 28 |  |',
      '|  | 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 1 | 1 |',
      '| 三、本年度办理结果 | （一）予以公开 | 1 | 0 | 0 | 3 | 0 | 0 | 4 |  |',
      '|  | （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 0 | 0 | 0 | 0 | 1 | 0 | 1 |  |',
      '| （三）不 | 1.属于国家秘密 | - | - | - | - | - | - | - |',
    ].join('\n'),
  '',
  '### 2.其他法律行政法规禁止公开',
  '',
  '| 项目 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 数据7 |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n| 2.其他 | 0 | 0 | 0 | 1 | 0 | 0 | 1 |  |',
  '',
  HEAD + '| 予公开 | 3.危及“三安全一稳定” | 0 | 2 | 0 | 0 | 0 | 0 | 2 |\n|  | 4.保护第三方合法权益 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |  |',
  '',
].join('\n');

describe('converter Markdown', () => {
  it('reads rows after prose quoting their counts, with trailing empty cells, spilled labels and a label in a heading', () => {
    const x = extractTables(makeContext(PAGE1), []);
    const rows = x.tables.applications?.rows;
    expect(rows?.newReceived).toEqual({ naturalPerson: 6, commercial: 4, research: 0, publicInterest: 4, legal: 1, otherOrg: 13, total: 28 });
    expect(rows?.carriedOver?.total).toBe(1);
    expect(rows?.granted).toEqual({ naturalPerson: 1, commercial: 0, research: 0, publicInterest: 3, legal: 0, otherOrg: 0, total: 4 });
    expect(rows?.partiallyGranted?.legal).toBe(1);
    expect(rows?.deniedStateSecret?.total).toBeNull();
    expect(rows?.deniedProhibitedByLaw).toEqual({ naturalPerson: 0, commercial: 0, research: 0, publicInterest: 1, legal: 0, otherOrg: 0, total: 1 });
    expect(rows?.deniedSecurityStability).toEqual({ naturalPerson: 0, commercial: 2, research: 0, publicInterest: 0, legal: 0, otherOrg: 0, total: 2 });
    expect(rows?.deniedThirdPartyRights).toEqual({ naturalPerson: 1, commercial: 0, research: 0, publicInterest: 0, legal: 0, otherOrg: 0, total: 1 });
  });
});
