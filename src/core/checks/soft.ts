// Softer signs of trouble (severity 'warning'): the wrong template for the year, a table left
// entirely blank, and 规章 reported by a body that cannot make rules.
import type { Check, Meta, Span, Table, TableKey, Tables } from '../types';
import { cellSpans, type CellRef } from './sum-rule';

const TABLE_NAMES: Record<TableKey, string> = {
  proactive: '主动公开政府信息情况表',
  applications: '收到和处理政府信息公开申请情况表',
  reviewLitigation: '政府信息公开行政复议、行政诉讼情况表',
};

/** one meta.templateYear check (no object spread: this runs once per report in the hot path) */
function templateCheck(status: Check['status'], expected: number | null, actual: number | null, spans: Span[], message: string): Check {
  return { id: 'meta.templateYear', cells: [], severity: 'warning', status, expected, actual, spans, message };
}

/** 2019 template (国办公开办函〔2019〕60号) for 2019–2020, 2021 template from 2021 on */
export function templateYearCheck(meta: Meta): Check {
  const spans = meta.yearSpan ? [meta.yearSpan] : [];
  const { year, format } = meta;
  if (year === null || (format !== '2019' && format !== '2021')) {
    return templateCheck('skipped', null, null, spans, '年份或表格格式未识别，未核对模板');
  }
  if (year < 2019) return templateCheck('skipped', null, Number(format), spans, `${year}年早于统一模板，未核对`);
  const expected = year >= 2021 ? 2021 : 2019;
  const pass = expected === Number(format);
  const message = pass
    ? `${year}年度报告使用${format}年模板，与年份相符`
    : `${year}年度报告应使用${expected}年模板，但表格为${format}年模板`;
  return templateCheck(pass ? 'pass' : 'fail', expected, Number(format), spans, message);
}

export function blankTableChecks(tables: Tables): Check[] {
  const out: Check[] = [];
  for (const key of ['proactive', 'applications', 'reviewLitigation'] as TableKey[]) {
    const table = tables[key];
    if (!table) continue;
    let filled = 0;
    for (const c of table.cells) if (c.value !== null) filled++;
    const pass = filled > 0;
    out.push({
      id: `${key}.blank`,
      status: pass ? 'pass' : 'fail',
      expected: null,
      actual: filled,
      cells: [],
      spans: [table.span],
      severity: 'warning',
      message: pass ? `${TABLE_NAMES[key]}已填写${filled}个数字` : `${TABLE_NAMES[key]}全部空白，未填写任何数字`,
    });
  }
  return out;
}

/**
 * Whether a body can make 规章: only ministries, provinces (and municipalities), 设区的市 and
 * 自治州 — and their departments report those rules. A county, district, township or street
 * office cannot. Undecidable names (e.g. a county-level 市) count as able: no false alarm.
 */
export function canMakeRules(agency: string): boolean {
  const name = agency.replace(/自治区|特别行政区|区域/g, '');
  if (/县|镇|街道|区|旗/.test(name)) return false;
  if (/乡(人民)?政府|乡党委/.test(name)) return false;
  return true;
}

export function regulationsAuthorityCheck(proactive: Table | null, meta: Meta): Check | null {
  if (!proactive || !proactive.rows.regulations) return null;
  const row = proactive.rows.regulations;
  const refs: CellRef[] = [];
  let actual = 0; // the largest figure reported
  for (const col in row) {
    refs.push(['regulations', col]);
    const v = row[col];
    if (typeof v === 'number' && v > actual) actual = v;
  }
  const spans = cellSpans(proactive, refs);
  const check = (status: Check['status'], expected: number | null, value: number | null, message: string): Check => ({
    id: 'proactive.regulationsAuthority',
    cells: refs,
    spans,
    severity: 'warning',
    status,
    expected,
    actual: value,
    message,
  });
  if (meta.agency === null) return check('skipped', null, null, '未识别报告机关，未核对规章数字');
  if (actual === 0 || canMakeRules(meta.agency)) return check('pass', null, actual, `${meta.agency}的规章数字无异常`);
  return check('fail', 0, actual, `${meta.agency}无权制定规章，但规章一栏填有${actual}`);
}
