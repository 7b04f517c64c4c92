// UI words of the tables pane (the table labels themselves stay as the template prints them).
import type { Lang } from '../store/store';

const zh = {
  pane: '表格',
  missing: '报告中未找到此表。',
  noDoc: '尚未打开报告。',
  noTables: '未识别出标准表格（可能是2019年以前的报告或非标准格式）。',
  format: (f: string) => `${f}年版模板`,
  bad: '不符',
  expected: '应为',
  actual: '实为',
  blank: '空白',
  notes: '表格提示',
  hint: '方向键移动，悬停或聚焦单元格在原文中定位。',
  noteKinds: {
    'ambiguous-split': '拆分不确定',
    'missing-row': '缺少行',
    'duplicate-table': '重复的表',
    'unreadable-row': '无法读取的行',
    other: '提示',
  } as Record<string, string>,
};

const en: typeof zh = {
  pane: 'Tables',
  missing: 'This table was not found in the report.',
  noDoc: 'No report open yet.',
  noTables: 'No standard tables recognised (a pre-2019 or non-standard report?).',
  format: (f: string) => `${f} template`,
  bad: 'mismatch',
  expected: 'expected',
  actual: 'actual',
  blank: 'blank',
  notes: 'Table notes',
  hint: 'Arrow keys move; hover or focus a cell to find it in the source.',
  noteKinds: {
    'ambiguous-split': 'Ambiguous split',
    'missing-row': 'Missing row',
    'duplicate-table': 'Duplicate table',
    'unreadable-row': 'Unreadable row',
    other: 'Note',
  },
};

export const tablesStrings = (lang: Lang) => (lang === 'en' ? en : zh);
