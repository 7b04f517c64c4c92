// Fee checks (warnings), each on the statements and cells it rests on:
//   narrative.fees             — the prose says no fee was charged to applicants and also states a
//                                信息处理费 charged (in either order, any sections);
//   narrative.feesTable        — a statement that no fee at all was charged (nothing narrows it to
//                                信息处理费 or to applications) beside a 行政事业性收费 figure in
//                                table 二; or the prose states 行政事业性收费 charged while table 二
//                                prints 0;
//   narrative.feesApplications — a 信息处理费 charged in a year whose table 三 shows no application
//                                at all (none received, none carried over).
// 行政事业性收费 (table 二) is the body's general fees, not 信息处理费: a statement about 信息处理费
// or about applications is never compared with table 二.
import type { Check, Span, Table, Tables } from '../types';
import { cellSpans, cellValue, type CellRef } from './sum-rule';
import { APPLICANT_COLS } from './keys';
import { findFeeStatements, type FeeStatement } from './fee-statements';
import { clauseStart, type ProseText } from './prose-text';
import { say, type DiagnosticIn } from '../diagnostics';

const warn = (id: string, status: Check['status'], spans: Span[], d: DiagnosticIn<'check.'>, expected: number | null, actual: number | null, cells: CellRef[] = []): Check => ({
  id, status, expected, actual, cells, spans, severity: 'warning', ...say(d.code, d.params),
});

/** table 二's 行政事业性收费: the 2021 amount (万元), or the 2019 item count (上一年 + 本年增/减) */
export function tableFee(proactive: Table | null): { value: number; unit: '万元' | '项'; cells: CellRef[] } | null {
  const row = proactive?.rows.fees;
  if (!proactive || !row) return null;
  if ('amount' in row) {
    const v = cellValue(proactive, ['fees', 'amount']);
    return v === null ? null : { value: v, unit: '万元', cells: [['fees', 'amount']] };
  }
  const prev = cellValue(proactive, ['fees', 'previousCount']);
  if (prev === null) return null;
  const change = cellValue(proactive, ['fees', 'change']) ?? 0;
  return { value: prev + change, unit: '项', cells: [['fees', 'previousCount'], ['fees', 'change']] };
}

/** a row's 总计 as printed, else its applicant columns added up; null when all blank */
function rowCount(t: Table, row: string): number | null {
  const total = cellValue(t, [row, 'total']);
  if (total !== null) return total;
  let sum: number | null = null;
  for (const c of APPLICANT_COLS) {
    const v = cellValue(t, [row, c]);
    if (v !== null) sum = (sum ?? 0) + v;
  }
  return sum;
}

const YEAR = /(\d{4})年/g;

/** statements whose own clause names another year than the report's are about that year: left out */
function thisYear(p: ProseText, statements: FeeStatement[], year: number | null): FeeStatement[] {
  if (year === null) return statements;
  // prose offsets are needed for the clause: find each statement's start in the prose text
  return statements.filter((s) => {
    const at = proseIndex(p, s.span[0]);
    if (at < 0) return true;
    const clause = p.text.slice(clauseStart(p.text, at), at);
    for (const m of clause.matchAll(YEAR)) if (Number(m[1]) !== year) return false;
    return true;
  });
}

function proseIndex(p: ProseText, source: number): number {
  return p.at.indexOf(source);
}

export function feeChecks(prose: ProseText, tables: Tables, year: number | null): Check[] {
  const statements = thisYear(prose, findFeeStatements(prose), year);
  const out: Check[] = [];
  const none = statements.filter((s) => s.kind === 'none' && s.scope !== 'administrative');
  const charged = statements.filter((s) => s.kind === 'charged' && s.scope === 'processing');

  // prose against prose
  if (none.length && charged.length) {
    const [n, c] = [none[0], charged[0]];
    out.push(warn('narrative.fees', 'fail', [n.span, c.span], { code: 'check.fees.contradiction', params: { amount: c.amount } }, 0, c.amount));
  } else if (none.length || charged.length) {
    const s = none[0] ?? charged[0];
    out.push(warn('narrative.fees', 'pass', [s.span], { code: 'check.fees.consistent', params: {} }, null, null));
  }

  // prose against table 二
  const fee = tableFee(tables.proactive);
  if (fee && tables.proactive) {
    const spans = cellSpans(tables.proactive, fee.cells);
    const anyNone = none.find((s) => s.scope === 'any');
    const adminCharged = statements.find((s) => s.kind === 'charged' && s.scope === 'administrative');
    if (anyNone && fee.value > 0) {
      out.push(warn('narrative.feesTable', 'fail', [anyNone.span, ...spans], { code: 'check.feesTable.noneButTable', params: { value: fee.value, unit: fee.unit } }, 0, fee.value, fee.cells));
    } else if (adminCharged && fee.value === 0 && fee.unit === '万元') {
      out.push(warn('narrative.feesTable', 'fail', [adminCharged.span, ...spans], { code: 'check.feesTable.chargedButZero', params: { amount: adminCharged.amount } }, adminCharged.amount, 0, fee.cells));
    } else if (anyNone || adminCharged) {
      out.push(warn('narrative.feesTable', 'pass', [(anyNone ?? adminCharged)!.span, ...spans], { code: 'check.feesTable.consistent', params: {} }, null, fee.value, fee.cells));
    }
  }

  // a 信息处理费 charged, with no application in table 三
  const apps = tables.applications;
  if (charged.length && apps) {
    const received = rowCount(apps, 'newReceived');
    const carried = rowCount(apps, 'carriedOver');
    if (received !== null && carried !== null) {
      const cells: CellRef[] = [['newReceived', 'total'], ['carriedOver', 'total']];
      const spans = [charged[0].span, ...cellSpans(apps, cells)];
      const total = received + carried;
      out.push(
        total === 0
          ? warn('narrative.feesApplications', 'fail', spans, { code: 'check.feesApplications.noApplications', params: { amount: charged[0].amount } }, 0, charged[0].amount, cells)
          : warn('narrative.feesApplications', 'pass', spans, { code: 'check.feesApplications.consistent', params: { applications: total } }, null, total, cells),
      );
    }
  }
  return out;
}
