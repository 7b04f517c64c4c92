// UI words of the issues list.
import type { Lang } from '../store/store';

const zh = {
  pane: '问题',
  noDoc: '尚未打开报告。',
  none: '未发现勾稽不符或乱码。',
  summary: (checks: number, garbles: number) => `${checks} 处勾稽不符 · ${garbles} 处乱码或异常字符`,
  next: '下一个问题',
  prev: '上一个问题',
  keys: '快捷键 j / k（或 n / p）',
  expected: '应为',
  actual: '实为',
  terms: '相关单元格',
  blank: '空',
  zeros: (n: number) => `其余 ${n} 项为 0`,
  suggest: '建议改为',
  remove: '建议删除',
  dupOf: (at: number) => `与第 ${at} 字处的内容相同`,
  at: (n: number) => `第 ${n} 字`,
  passed: '通过的检查',
  pass: '通过',
  skipped: '跳过（全空）',
  position: (i: number, n: number) => `第 ${i} / ${n} 个`,
  related: '涉及所选单元格',
  noSpan: '无原文位置',
};

const en: typeof zh = {
  pane: 'Issues',
  noDoc: 'No report open yet.',
  none: 'No mismatched totals or garbled text found.',
  summary: (checks: number, garbles: number) => `${checks} failing checks · ${garbles} garbled or odd characters`,
  next: 'Next issue',
  prev: 'Previous issue',
  keys: 'Keys j / k (or n / p)',
  expected: 'expected',
  actual: 'actual',
  terms: 'Cells',
  blank: 'blank',
  zeros: (n: number) => `${n} more are 0`,
  suggest: 'suggested',
  remove: 'remove',
  dupOf: (at: number) => `same as at character ${at}`,
  at: (n: number) => `character ${n}`,
  passed: 'Checks passed',
  pass: 'passed',
  skipped: 'skipped (all blank)',
  position: (i: number, n: number) => `${i} of ${n}`,
  related: 'involves the selected cell',
  noSpan: 'no place in the text',
};

export const issuesStrings = (lang: Lang) => (lang === 'en' ? en : zh);
