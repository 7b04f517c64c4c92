// Wording of the prose table (a report without the standard tables: the figures its prose
// states), in both languages. Kept apart from zh.ts / en.ts: one small feature, one file.
import type { ProseTableKey } from '../../core/types';
import type { Lang } from './lang';

interface ProseTableWords {
  title: string;
  intro: string;
  item: string;
  figure: string;
  source: string;
  /** {raw}: the words it was read from */
  goTo: string;
  /** {values}: other figures stated for the same row */
  elsewhere: string;
  none: string;
  fee: (value: number) => string;
  count: (value: number) => string;
  rows: Record<ProseTableKey, string>;
}

export const PROSE_TABLE_WORDS: Record<Lang, ProseTableWords> = {
  zh: {
    title: '正文所述数字',
    intro: '这份报告没有标准表格（2019年以前的报告以文字叙述），以下数字摘自正文，点击原文可定位。',
    item: '项目',
    figure: '数字',
    source: '原文',
    goTo: '在原文中定位“{raw}”',
    elsewhere: '正文另处写作 {values}',
    none: '正文中没有找到可摘录的数字。',
    fee: (v) => (v === 0 ? '未收取（0 元）' : `${v} 元`),
    count: (v) => `${v} 件`,
    rows: {
      received: '收到申请',
      answered: '答复申请',
      granted: '予以公开（同意公开）',
      grantedWithPartial: '予以公开及部分公开',
      partiallyGranted: '部分公开',
      denied: '不予公开',
      unavailable: '无法提供',
      rejected: '不予处理',
      otherHandling: '其他处理',
      review: '行政复议',
      litigation: '行政诉讼',
      reviewAndLitigation: '行政复议和行政诉讼合计',
      fees: '信息公开收费',
    },
  },
  en: {
    title: 'Figures stated in the text',
    intro: 'This report has no standard tables (reports before 2019 are written as prose); these figures are taken from its text. Select a source to find it.',
    item: 'Item',
    figure: 'Figure',
    source: 'Source',
    goTo: 'Find “{raw}” in the source',
    elsewhere: 'elsewhere in the text: {values}',
    none: 'No figure the app can take was found in the text.',
    fee: (v) => (v === 0 ? 'none charged (0 yuan)' : `${v} yuan`),
    count: (v) => String(v),
    rows: {
      received: 'Requests received',
      answered: 'Requests answered',
      granted: 'Requests granted',
      grantedWithPartial: 'Requests granted in full or in part',
      partiallyGranted: 'Requests granted in part',
      denied: 'Requests refused',
      unavailable: 'Information that could not be provided',
      rejected: 'Requests not processed',
      otherHandling: 'Requests otherwise handled',
      review: 'Administrative reviews',
      litigation: 'Administrative lawsuits',
      reviewAndLitigation: 'Administrative reviews and lawsuits together',
      fees: 'Disclosure fees',
    },
  },
};
