// UI words of the tables pane (the table labels themselves stay as the template prints them).
import type { Lang } from '../store/store';

const zh = {
  pane: '表格',
  missing: '报告中未找到此表。',
  noDoc: '尚未打开报告。',
  noTables: '未识别出标准表格（可能是2019年以前的报告或非标准格式）。',
  format: (f: string) => `${f}年版模板`,
  bad: '不符',
  part: '计入不符的合计',
  expected: '应为',
  actual: '实为',
  blank: '空白',
  notes: '表格提示',
  hint: '方向键移动，悬停或聚焦单元格在原文中定位。',
};

const en: typeof zh = {
  pane: 'Tables',
  missing: 'This table was not found in the report.',
  noDoc: 'No report open yet.',
  noTables: 'No standard tables recognised (a pre-2019 or non-standard report?).',
  format: (f: string) => `${f} template`,
  bad: 'mismatch',
  part: 'counted in a mismatched total',
  expected: 'expected',
  actual: 'actual',
  blank: 'blank',
  notes: 'Table notes',
  hint: 'Arrow keys move; hover or focus a cell to find it in the source.',
};

export const tablesStrings = (lang: Lang) => (lang === 'en' ? en : zh);
