// The section titles a report may print after its numerals (in folded, simplified form),
// the table-row labels that look like headings but are not, and keyword fallbacks for
// headings worded freely. Titles of the 2019/2021 templates, their common variants and the
// parts of pre-2019 reports (国务院令第492号) are all here.
import type { SectionKey } from '../types';

/** The number each part has in the 2019/2021 templates. */
export const TEMPLATE_NUMBER: Record<SectionKey, number> = {
  overview: 1, proactive: 2, applications: 3, reviewLitigation: 4, problems: 5, other: 6,
};

export interface KnownTitle {
  key: SectionKey;
  title: string;
}

export const SECTION_TITLES: KnownTitle[] = [
  { key: 'overview', title: '总体情况' },
  { key: 'overview', title: '概述' },
  { key: 'overview', title: '基本情况' },
  { key: 'proactive', title: '主动公开政府信息情况' },
  { key: 'proactive', title: '主动公开政府信息的情况' },
  { key: 'proactive', title: '主动公开情况' },
  { key: 'applications', title: '收到和处理政府信息公开申请情况' },
  { key: 'applications', title: '收到和处理政府信息公开申请的情况' },
  { key: 'applications', title: '依申请公开政府信息情况' },
  { key: 'applications', title: '依申请公开政府信息和不予公开政府信息情况' },
  { key: 'applications', title: '依申请公开情况' },
  { key: 'reviewLitigation', title: '政府信息公开行政复议、行政诉讼情况' },
  { key: 'reviewLitigation', title: '因政府信息公开工作被申请行政复议、提起行政诉讼情况' },
  { key: 'reviewLitigation', title: '因政府信息公开申请行政复议、提起行政诉讼情况' },
  { key: 'reviewLitigation', title: '因政府信息公开申请行政复议、提起行政诉讼的情况' },
  { key: 'reviewLitigation', title: '因政府信息公开工作被申请行政复议和提起行政诉讼情况' },
  { key: 'reviewLitigation', title: '行政复议、行政诉讼情况' },
  { key: 'problems', title: '存在的主要问题及改进情况' },
  { key: 'problems', title: '政府信息公开工作存在的主要问题及改进情况' },
  { key: 'problems', title: '主要问题和改进措施' },
  { key: 'problems', title: '主要问题及改进措施' },
  { key: 'problems', title: '存在的主要问题和改进措施' },
  { key: 'problems', title: '存在的问题及改进措施' },
  { key: 'problems', title: '存在的主要问题及改进措施' },
  { key: 'other', title: '其他需要报告的事项' },
  { key: 'other', title: '其他需要报告事项' },
  { key: 'other', title: '下一步工作打算' },
  { key: 'other', title: '下一步工作计划' },
  // pre-2019 parts that have no place in the 2019 template
  { key: 'other', title: '政府信息公开咨询处理情况' },
  { key: 'other', title: '政府信息公开咨询及投诉处理情况' },
  { key: 'other', title: '政府信息公开支出与收费情况' },
  { key: 'other', title: '政府信息公开的收费及减免情况' },
  { key: 'other', title: '政府信息公开收费及减免情况' },
  { key: 'other', title: '不予公开政府信息情况' },
];

/** Rows of table 三 printed with 一、二、三、四、 numerals: never section headings. */
export const ROW_TITLES: string[] = [
  '本年新收政府信息公开申请数量',
  '上年结转政府信息公开申请数量',
  '本年度办理结果',
  '结转下年度继续办理',
];

/** Keyword classification for a free-worded heading standing alone on its line. */
export function keyFromWords(title: string): SectionKey {
  if (/总体|概述|概况|基本情况/.test(title)) return 'overview';
  if (/复议|诉讼/.test(title)) return 'reviewLitigation';
  if (/问题|改进|不足/.test(title)) return 'problems';
  if (/主动公开/.test(title)) return 'proactive';
  if (/申请/.test(title)) return 'applications';
  return 'other';
}
