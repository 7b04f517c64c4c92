// What the parser could not read, said plainly: a section whose table did not come out, or a
// report with no standard table at all. (Pre-2019 reports have no standard tables by design.)
import type { Format, Section, TableKey, Tables } from './types';

const TABLE_NAMES: Record<TableKey, string> = {
  proactive: '表二（主动公开）',
  applications: '表三（收到和处理申请）',
  reviewLitigation: '表四（行政复议、行政诉讼）',
};

export function readingWarnings(tables: Tables, sections: Section[], format: Format): string[] {
  if (format === 'pre-2019') return [];
  const out: string[] = [];
  for (const key of Object.keys(TABLE_NAMES) as TableKey[]) {
    if (tables[key]) continue;
    const section = sections.find((s) => s.key === key && !s.repeated);
    if (section) {
      out.push(`找到了「${section.title}」，但没能读出其中的${TABLE_NAMES[key]}（the section is there; its table could not be read）`);
    }
  }
  if (out.length === 0 && !tables.proactive && !tables.applications && !tables.reviewLitigation) {
    out.push('没有找到年度报告的标准统计表（no standard table found）');
  }
  return out;
}
