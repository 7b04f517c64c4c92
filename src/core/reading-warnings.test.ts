import { describe, expect, it } from 'vitest';
import { readingWarnings } from './reading-warnings';
import type { Section, Table, Tables } from './types';

const none: Tables = { proactive: null, applications: null, reviewLitigation: null };
const table = { span: [0, 1], rows: {}, cells: [] } as unknown as Table;
const section = (key: Section['key'], title: string): Section => ({ key, number: 3, title, headingSpan: [0, 1], span: [0, 9] });

describe('readingWarnings', () => {
  it('says when a section is there but its table could not be read', () => {
    const w = readingWarnings({ ...none, proactive: table }, [section('applications', '三、收到和处理政府信息公开申请情况')], '2021');
    expect(w).toEqual([{ code: 'reading.tableUnread', params: { table: 'applications', title: '三、收到和处理政府信息公开申请情况' }, message: expect.stringContaining('三、收到和处理政府信息公开申请情况') }]);
    expect(w[0]!.message).toContain('表三');
  });
  it('says when there is no standard table at all', () => {
    expect(readingWarnings(none, [], 'unknown')).toEqual([{ code: 'reading.noTables', params: {}, message: '没有找到年度报告的标准统计表' }]);
  });
  it('says nothing for a pre-2019 report, or when every table was read', () => {
    expect(readingWarnings(none, [section('applications', '三、依申请公开')], 'pre-2019')).toEqual([]);
    expect(readingWarnings({ proactive: table, applications: table, reviewLitigation: table }, [], '2019')).toEqual([]);
  });
});
