// Softer signs of trouble (severity 'warning'): the wrong template for the year, a table left
// entirely blank, and 规章 reported by a body that cannot make rules.
import type { Check, Meta, Span, Table, TableKey, Tables } from '../types';
import { say, type DiagnosticIn } from '../diagnostics';
import { cellSpans, type CellRef } from './sum-rule';

/** one meta.templateYear check */
function templateCheck(status: Check['status'], expected: number | null, actual: number | null, spans: Span[], d: DiagnosticIn<'check.templateYear.'>): Check {
  return { id: 'meta.templateYear', cells: [], severity: 'warning', status, expected, actual, spans, ...say(d.code, d.params) };
}

/** 2019 template (国办公开办函〔2019〕60号) for 2019–2020, 2021 template from 2021 on */
export function templateYearCheck(meta: Meta): Check {
  const spans = meta.yearSpan ? [meta.yearSpan] : [];
  const { year, format } = meta;
  if (year === null || (format !== '2019' && format !== '2021')) {
    return templateCheck('skipped', null, null, spans, { code: 'check.templateYear.unknown', params: {} });
  }
  if (year < 2019) return templateCheck('skipped', null, Number(format), spans, { code: 'check.templateYear.preTemplate', params: { year } });
  const expected = year >= 2021 ? 2021 : 2019;
  const pass = expected === Number(format);
  return templateCheck(
    pass ? 'pass' : 'fail', expected, Number(format), spans,
    pass ? { code: 'check.templateYear.matches', params: { year, format } } : { code: 'check.templateYear.wrong', params: { year, expected, format } },
  );
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
      ...(pass ? say('check.tableBlank.filled', { table: key, filled }) : say('check.tableBlank.empty', { table: key })),
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
  const check = (status: Check['status'], expected: number | null, value: number | null, d: DiagnosticIn<'check.regulationsAuthority.'>): Check => ({
    id: 'proactive.regulationsAuthority',
    cells: refs,
    spans,
    severity: 'warning',
    status,
    expected,
    actual: value,
    ...say(d.code, d.params),
  });
  const agency = meta.agency;
  if (agency === null) return check('skipped', null, null, { code: 'check.regulationsAuthority.noAgency', params: {} });
  if (actual === 0 || canMakeRules(agency)) return check('pass', null, actual, { code: 'check.regulationsAuthority.ok', params: { agency } });
  return check('fail', 0, actual, { code: 'check.regulationsAuthority.noPower', params: { agency, actual } });
}
