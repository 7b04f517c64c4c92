// Indicators of one report (issue 10 item 5), each a ratio of table cells. An indicator is
// null ("empty") when a cell it reads is blank — a blank is not a 0 — or its denominator is 0.
// The formula texts are exported so the UI, the README and the CSV header say the same thing.
import type { Table, Tables } from '../types';

export type IndicatorKey = 'disclosureRate' | 'denialRate' | 'reviewCorrectionRate' | 'litigationCorrectionRate' | 'disputeRate';

export interface IndicatorDef {
  key: IndicatorKey;
  /** the Chinese name the UI shows first */
  zh: string;
  en: string;
  /** the formula in the labels of the template */
  formulaZh: string;
  formulaEn: string;
}

type Ref = readonly [table: 'applications' | 'reviewLitigation', row: string, col: string];

interface Formula {
  numerator: readonly Ref[];
  /** added up */
  denominator: readonly Ref[];
  /** taken off the denominator */
  minus?: readonly Ref[];
}

const app = (row: string): Ref => ['applications', row, 'total'];
const rl = (row: string, col: string): Ref => ['reviewLitigation', row, col];

const DENIED = [
  'deniedStateSecret', 'deniedProhibitedByLaw', 'deniedSecurityStability', 'deniedThirdPartyRights',
  'deniedInternalAffairs', 'deniedProcessInfo', 'deniedEnforcementFiles', 'deniedQueryMatters',
];
const LITIGATION = ['litigationDirect', 'litigationAfterReview'];

export const INDICATORS: readonly IndicatorDef[] = [
  {
    key: 'disclosureRate', zh: '实质公开率', en: 'substantive disclosure rate',
    formulaZh: '（（一）予以公开 + （二）部分公开）÷（七）总计，均取“总计”列',
    formulaEn: '(granted + partially granted) ÷ results total, "total" column',
  },
  {
    key: 'denialRate', zh: '不予公开率', en: 'denial rate',
    formulaZh: '（三）不予公开 1–8 项之和 ÷（七）总计，均取“总计”列',
    formulaEn: 'sum of the eight "not disclosed" rows ÷ results total, "total" column',
  },
  {
    key: 'reviewCorrectionRate', zh: '复议纠错率', en: 'review correction rate',
    formulaZh: '行政复议 结果纠正 ÷（行政复议 总计 − 行政复议 尚未审结）',
    formulaEn: 'administrative review: corrected ÷ (total − pending)',
  },
  {
    key: 'litigationCorrectionRate', zh: '诉讼纠错率', en: 'litigation correction rate',
    formulaZh: '行政诉讼（未经复议直接起诉 + 复议后起诉）结果纠正 ÷（两行总计 − 两行尚未审结）',
    formulaEn: 'litigation (direct + after review): corrected ÷ (total − pending), both rows',
  },
  {
    key: 'disputeRate', zh: '争议转化率', en: 'dispute rate',
    formulaZh: '（行政复议 总计 + 行政诉讼两行总计）÷ 一、本年新收申请 总计',
    formulaEn: '(review total + both litigation totals) ÷ new applications received, total',
  },
];

/** shown beside the formulas: when an indicator is empty */
export const INDICATOR_EMPTY_RULE = {
  zh: '所需单元格空白或分母不大于 0 时为空（空白不按 0 计）',
  en: 'empty when a cell it needs is blank or the denominator is 0 or less (a blank is not a 0)',
};

const FORMULAS: Record<IndicatorKey, Formula> = {
  disclosureRate: { numerator: [app('granted'), app('partiallyGranted')], denominator: [app('resultsTotal')] },
  denialRate: { numerator: DENIED.map(app), denominator: [app('resultsTotal')] },
  reviewCorrectionRate: { numerator: [rl('review', 'corrected')], denominator: [rl('review', 'total')], minus: [rl('review', 'pending')] },
  litigationCorrectionRate: {
    numerator: LITIGATION.map((r) => rl(r, 'corrected')),
    denominator: LITIGATION.map((r) => rl(r, 'total')),
    minus: LITIGATION.map((r) => rl(r, 'pending')),
  },
  disputeRate: {
    numerator: [rl('review', 'total'), ...LITIGATION.map((r) => rl(r, 'total'))],
    denominator: [app('newReceived')],
  },
};

export type Indicators = Record<IndicatorKey, number | null>;

type TablesLike = Pick<Tables, 'applications' | 'reviewLitigation'>;

function value(tables: TablesLike, [t, row, col]: Ref): number | null {
  const table: Table | null = tables[t];
  const v = table?.rows[row]?.[col];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** sum, or null as soon as one cell is blank (or its table absent) */
function sum(tables: TablesLike, refs: readonly Ref[]): number | null {
  let s = 0;
  for (const r of refs) {
    const v = value(tables, r);
    if (v === null) return null;
    s += v;
  }
  return s;
}

/** ratios rounded to 6 decimals so the same report gives the same text everywhere */
const round = (n: number) => Math.round(n * 1e6) / 1e6;

export function indicator(tables: TablesLike, key: IndicatorKey): number | null {
  const f = FORMULAS[key];
  const num = sum(tables, f.numerator);
  const den = sum(tables, f.denominator);
  const minus = f.minus ? sum(tables, f.minus) : 0;
  if (num === null || den === null || minus === null) return null;
  const d = den - minus;
  // a negative denominator (pending over total) is a misprint, not a rate
  return d <= 0 ? null : round(num / d);
}

export function indicators(tables: TablesLike): Indicators {
  const out = {} as Indicators;
  for (const def of INDICATORS) out[def.key] = indicator(tables, def.key);
  return out;
}

/** indicators of a report that could not be read: all empty */
export function emptyIndicators(): Indicators {
  const out = {} as Indicators;
  for (const def of INDICATORS) out[def.key] = null;
  return out;
}
