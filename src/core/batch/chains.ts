// Year chains: the reports of one body (agency names compared after folding script and width)
// ordered by year, with checks across consecutive years (report-json.md "A batch"):
//   carryOver.<col>        this year's 二、上年结转 = last year's 四、结转下年度继续办理
//   inForce.<row>          template 2021 both years: last 现行有效 + this 本年制发 − this 本年废止
//                          = this 现行有效 (rows regulations, normativeDocuments)
//   itemCount.<row>        template 2019 both years: this 上一年项目数量 = last 上一年项目数量 +
//                          last 本年增/减 (licensing, otherServices, penalties, enforcement, fees)
//   chain.missingYear      a year between the first and the last with no report
//   chain.duplicateYear    two or more reports claiming the same body and year (the first one,
//                          in input order, stands for that year in the links)
// Statuses follow the contract's Checks rule: all cells blank → skipped; holds with blanks as 0
// → pass; blanks that could make it hold (a count is never negative, a change may be) →
// uncertain; else fail.
import { APPLICATION_COLS } from '../checks/keys';
import { fold } from '../normalize/fold';
import type { ErrorDocument, Format, ReportDocument, Span, Table, TableKey } from '../types';
import { isErrorDocument } from '../error-document';

/** what a chain needs of one report: small enough to send from a worker */
export interface ChainInput {
  file: string;
  agency: string | null;
  year: number | null;
  format: Format | null;
  tables: { applications: Table | null; proactive: Table | null };
}

export type ChainStatus = 'pass' | 'fail' | 'uncertain' | 'skipped';

/** one cell a chain check reads, in the report it stands in (`side`: last year or this year) */
export interface ChainCell {
  side: 'from' | 'to';
  file: string;
  table: TableKey;
  row: string;
  col: string;
  value: number | null;
  /** where the cell stands in that report's text; null when blank or the table is absent */
  span: Span | null;
}

export interface ChainCheck {
  id: string;
  /** the earlier year of the link (for chain.* findings: the years around the finding) */
  from: number;
  to: number;
  status: ChainStatus;
  /** last year's side, blanks as 0 (null when skipped) */
  expected: number | null;
  /** this year's side, blanks as 0 */
  actual: number | null;
  cells: ChainCell[];
  /** uncertain: the blank cells that could make it hold */
  blankCells?: ChainCell[];
  /** chain.missingYear: the year with no report; chain.duplicateYear: the year claimed twice */
  year?: number;
  /** chain.duplicateYear: every report claiming it */
  files?: string[];
  message: string;
}

export interface Chain {
  /** the body's name as the earliest report prints it */
  agency: string;
  /** the folded name the reports were grouped by */
  key: string;
  /** years with a report, ascending */
  years: number[];
  reports: { year: number; file: string }[];
  checks: ChainCheck[];
}

export function chainInput(doc: ReportDocument | ErrorDocument, file: string): ChainInput {
  if (isErrorDocument(doc)) return { file, agency: null, year: null, format: null, tables: { applications: null, proactive: null } };
  return {
    file,
    agency: doc.meta.agency,
    year: doc.meta.year,
    format: doc.meta.format,
    tables: { applications: doc.tables.applications, proactive: doc.tables.proactive },
  };
}

/** agency names compared after folding script and width, spaces dropped */
export function agencyKey(agency: string): string {
  return fold(agency.normalize('NFKC')).replace(/\s+/g, '');
}

// ── one equation across two reports ──────────────────────────────────────────────

interface Term {
  side: 'from' | 'to';
  table: TableKey;
  row: string;
  col: string;
  sign: 1 | -1;
  /** may be negative (本年增/减) */
  signed?: boolean;
}

interface Rule {
  id: string;
  /** last year's side of the equation */
  expected: Term[];
  /** this year's side */
  actual: Term[];
  what: string;
}

function cellOf(input: ChainInput, side: 'from' | 'to', t: Term): ChainCell {
  const table = input.tables[t.table as 'applications' | 'proactive'] ?? null;
  const v = table?.rows[t.row]?.[t.col];
  const value = typeof v === 'number' && Number.isFinite(v) ? v : null;
  let span: Span | null = null;
  if (table && value !== null) {
    for (const c of table.cells) {
      if (c.row === t.row && c.col === t.col) {
        span = c.span;
        break;
      }
    }
  }
  return { side, file: input.file, table: t.table, row: t.row, col: t.col, value, span };
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

function judge(rule: Rule, prev: ChainInput, cur: ChainInput, from: number, to: number): ChainCheck {
  const terms = [...rule.expected.map((t) => ({ t, onExpected: true })), ...rule.actual.map((t) => ({ t, onExpected: false }))];
  const cells = terms.map(({ t }) => cellOf(t.side === 'from' ? prev : cur, t.side, t));
  const base = { id: rule.id, from, to, cells };
  const missing = terms.some(({ t }) => !(t.side === 'from' ? prev : cur).tables[t.table as 'applications' | 'proactive']);
  if (missing) {
    return { ...base, status: 'skipped', expected: null, actual: null, message: `${rule.what}：${from}年或${to}年报告缺少所需表格，未核对` };
  }
  if (cells.every((c) => c.value === null)) {
    return { ...base, status: 'skipped', expected: null, actual: null, message: `${rule.what}：所需单元格均空白，未核对` };
  }
  let expected = 0;
  let actual = 0;
  terms.forEach(({ t, onExpected }, i) => {
    const v = (cells[i].value ?? 0) * t.sign;
    if (onExpected) expected += v;
    else actual += v;
  });
  expected = round(expected);
  actual = round(actual);
  const gap = expected - actual;
  if (Math.abs(gap) < 1e-6) {
    return { ...base, status: 'pass', expected, actual, message: `${rule.what}：${from}年（${expected}）与${to}年（${actual}）相符` };
  }
  // Can the blanks close the gap? A blank count adds ≥ 0 to its side (times its sign); a blank
  // change may be anything.
  const blanks: ChainCell[] = [];
  let canRaiseGap = false;
  let canLowerGap = false;
  terms.forEach(({ t, onExpected }, i) => {
    if (cells[i].value !== null) return;
    blanks.push(cells[i]);
    const dir = t.sign * (onExpected ? 1 : -1);
    if (t.signed || dir > 0) canRaiseGap = true;
    if (t.signed || dir < 0) canLowerGap = true;
  });
  if ((gap < 0 && canRaiseGap) || (gap > 0 && canLowerGap)) {
    return {
      ...base, status: 'uncertain', expected, actual, blankCells: blanks,
      message: `${rule.what}：${from}年（${expected}）与${to}年（${actual}）不符，但有单元格空白，无法判定`,
    };
  }
  return { ...base, status: 'fail', expected, actual, message: `${rule.what}：${from}年（${expected}）与${to}年（${actual}）不符` };
}

const CARRY_RULES: Rule[] = APPLICATION_COLS.map((col) => ({
  id: `carryOver.${col}`,
  expected: [{ side: 'from', table: 'applications', row: 'carriedForward', col, sign: 1 }],
  actual: [{ side: 'to', table: 'applications', row: 'carriedOver', col, sign: 1 }],
  what: `上年“四、结转下年度继续办理”与本年“二、上年结转”（${col}）`,
}));

const IN_FORCE_RULES: Rule[] = ['regulations', 'normativeDocuments'].map((row) => ({
  id: `inForce.${row}`,
  expected: [
    { side: 'from', table: 'proactive', row, col: 'inForce', sign: 1 },
    { side: 'to', table: 'proactive', row, col: 'issued', sign: 1 },
    { side: 'to', table: 'proactive', row, col: 'repealed', sign: -1 },
  ],
  actual: [{ side: 'to', table: 'proactive', row, col: 'inForce', sign: 1 }],
  what: `上年现行有效件数 + 本年制发 − 本年废止 与本年现行有效件数（${row}）`,
}));

const ITEM_COUNT_RULES: Rule[] = ['licensing', 'otherServices', 'penalties', 'enforcement', 'fees'].map((row) => ({
  id: `itemCount.${row}`,
  expected: [
    { side: 'from', table: 'proactive', row, col: 'previousCount', sign: 1 },
    { side: 'from', table: 'proactive', row, col: 'change', sign: 1, signed: true },
  ],
  actual: [{ side: 'to', table: 'proactive', row, col: 'previousCount', sign: 1 }],
  what: `上年“上一年项目数量”+“本年增/减”与本年“上一年项目数量”（${row}）`,
}));

const TABLED = (f: Format | null) => f === '2019' || f === '2021';

/** every check of one link between consecutive years */
export function linkChecks(prev: ChainInput, cur: ChainInput, from: number, to: number): ChainCheck[] {
  const out: ChainCheck[] = [];
  if (TABLED(prev.format) && TABLED(cur.format)) for (const r of CARRY_RULES) out.push(judge(r, prev, cur, from, to));
  if (prev.format === '2021' && cur.format === '2021') for (const r of IN_FORCE_RULES) out.push(judge(r, prev, cur, from, to));
  if (prev.format === '2019' && cur.format === '2019') for (const r of ITEM_COUNT_RULES) out.push(judge(r, prev, cur, from, to));
  return out;
}

/** the chains of a batch: one per body that has at least one report with agency and year */
export function buildChains(inputs: readonly ChainInput[]): Chain[] {
  const groups = new Map<string, ChainInput[]>();
  for (const r of inputs) {
    if (r.agency === null || r.year === null) continue;
    const key = agencyKey(r.agency);
    if (!key) continue;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(r);
  }
  const chains: Chain[] = [];
  for (const [key, members] of groups) {
    const byYear = new Map<number, ChainInput[]>();
    for (const r of members) {
      const y = r.year as number;
      let list = byYear.get(y);
      if (!list) byYear.set(y, (list = []));
      list.push(r);
    }
    const years = [...byYear.keys()].sort((a, b) => a - b);
    const checks: ChainCheck[] = [];
    for (const y of years) {
      const claim = byYear.get(y) as ChainInput[];
      if (claim.length > 1) {
        checks.push({
          id: 'chain.duplicateYear', from: y, to: y, year: y, status: 'fail', expected: null, actual: null, cells: [],
          files: claim.map((r) => r.file), message: `${claim.length}份报告均为${y}年度：${claim.map((r) => r.file).join('、')}`,
        });
      }
    }
    for (let i = 1; i < years.length; i++) {
      const from = years[i - 1];
      const to = years[i];
      if (to !== from + 1) {
        for (let y = from + 1; y < to; y++) {
          checks.push({ id: 'chain.missingYear', from, to, year: y, status: 'fail', expected: null, actual: null, cells: [], message: `缺少${y}年度报告` });
        }
        continue;
      }
      const prev = (byYear.get(from) as ChainInput[])[0];
      const cur = (byYear.get(to) as ChainInput[])[0];
      checks.push(...linkChecks(prev, cur, from, to));
    }
    const first = byYear.get(years[0]) as ChainInput[];
    chains.push({
      agency: first[0].agency as string,
      key,
      years,
      reports: years.flatMap((y) => (byYear.get(y) as ChainInput[]).map((r) => ({ year: y, file: r.file }))),
      checks,
    });
  }
  chains.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return chains;
}
