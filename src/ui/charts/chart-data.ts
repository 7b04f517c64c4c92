// The figures the charts draw, read from table 三: outcomes from the 总计 column, applicants
// from row 一 (本年新收). A group is null when every cell in it is blank (blank ≠ 0).
import type { ReportDocument } from '../../core/types';
import { APPLICATION_COLS } from '../../core/tables/templates';
import { translate, type Lang, type PlainKey } from '../i18n/i18n';

export interface Bar {
  key: string;
  label: string;
  value: number | null;
}

function sum(values: (number | null | undefined)[]): number | null {
  const present = values.filter((v): v is number => typeof v === 'number');
  return present.length ? present.reduce((a, b) => a + b, 0) : null;
}

const OUTCOMES: { key: string; rows: RegExp }[] = [
  { key: 'granted', rows: /^granted$/ },
  { key: 'partiallyGranted', rows: /^partiallyGranted$/ },
  { key: 'denied', rows: /^denied/ },
  { key: 'unavailable', rows: /^unavailable/ },
  { key: 'rejected', rows: /^rejected/ },
  { key: 'other', rows: /^other(Handling|OverdueCorrection|UnpaidFee|Other)$/ },
];

// the applicant columns of the template, without 总计
const APPLICANTS = APPLICATION_COLS.filter((key) => key !== 'total').map((key) => ({ key }));

/** 办理结果 by outcome, from the 总计 column; null when the table is absent or the column blank. */
export function outcomeBars(doc: ReportDocument, lang: Lang): Bar[] | null {
  const t = doc.tables.applications;
  if (!t) return null;
  const rows = Object.keys(t.rows);
  const bars = OUTCOMES.map((o) => ({
    key: o.key,
    label: translate(lang, `outcome_${o.key}` as PlainKey),
    value: sum(rows.filter((r) => o.rows.test(r)).map((r) => t.rows[r]?.total)),
  }));
  return bars.every((b) => b.value === null) ? null : bars;
}

/** Who applied: row 一 (本年新收) by applicant column; null when absent or blank. */
export function applicantBars(doc: ReportDocument, lang: Lang): Bar[] | null {
  const row = doc.tables.applications?.rows.newReceived;
  if (!row) return null;
  const bars = APPLICANTS.map((a) => ({ key: a.key, label: translate(lang, `applicant_${a.key}` as PlainKey), value: row[a.key] ?? null }));
  return bars.every((b) => b.value === null) ? null : bars;
}

/** The figures in words, for screen readers: "予以公开 7，部分公开 6，不予公开 空…". */
export function describeBars(title: string, bars: Bar[], blank: string): string {
  return `${title}：${bars.map((b) => `${b.label} ${b.value ?? blank}`).join('，')}`;
}
