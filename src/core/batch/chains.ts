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
// The three rules are evaluated by checks/year-rules.ts (the carry-over check of a pair of
// reports uses the same one); statuses follow the contract's Checks rule. Each check carries a
// code with parameters (`chain.*`); `message` is its Chinese wording.
import { CARRY_RULES, IN_FORCE_RULES, ITEM_COUNT_RULES, judgeYears, yearSpanKey, type TermCell, type YearRuleDef, type YearTableData, type YearVerdict } from '../checks/year-rules';
import { say, zhMessage, type DiagnosticIn } from '../diagnostics';
import { fold } from '../normalize/fold';
import type { ErrorDocument, Format, ReportDocument, Span, Table, TableKey } from '../types';
import { isErrorDocument } from '../error-document';

/** what a chain needs of one report: small enough to send from a worker */
export interface ChainInput {
  file: string;
  agency: string | null;
  year: number | null;
  format: Format | null;
  tables: { applications: ChainTable | null; proactive: ChainTable | null };
}

/**
 * What the chain checks read of a table: the figures they read and where each stands. Not the
 * whole table: a chain input travels with every grid row (worker to page, thread to thread,
 * 5,000 rows in memory and in IndexedDB), and the other rows and the cells with their text and
 * notes are most of a table's size (the whole rows and their spans were ~10 KB a report, most
 * of what a worker thread posted back). Rows stored before `spans` existed still carry `cells`,
 * which are read then.
 */
export type ChainTable = YearTableData;

/** per table, row → the columns any year rule reads (checks/year-rules.ts) */
const READ: Record<'applications' | 'proactive', Map<string, string[]>> = { applications: new Map(), proactive: new Map() };
for (const rule of [...CARRY_RULES, ...IN_FORCE_RULES, ...ITEM_COUNT_RULES]) {
  for (const t of [...rule.expected, ...rule.actual]) {
    const cols = READ[t.table].get(t.row);
    if (!cols) READ[t.table].set(t.row, [t.col]);
    else if (!cols.includes(t.col)) cols.push(t.col);
  }
}

function chainTable(t: Table | null, key: 'applications' | 'proactive'): ChainTable | null {
  if (!t) return null;
  const read = READ[key];
  const rows: Table['rows'] = {};
  for (const [row, cols] of read) {
    const r = t.rows[row];
    if (!r) continue;
    const out: Record<string, number | null> = {};
    for (const c of cols) if (c in r) out[c] = r[c];
    rows[row] = out;
  }
  const spans: Record<string, Span | null> = {};
  for (const c of t.cells) {
    if (!read.get(c.row)?.includes(c.col)) continue;
    const k = yearSpanKey(c.row, c.col);
    if (!(k in spans)) spans[k] = c.span;
  }
  return { rows, spans };
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

/** A check across two years; `message` is the Chinese wording of `code` with `params`. */
export type ChainCheck = ChainCheckFields & DiagnosticIn<'chain.'>;

export interface ChainCheckFields {
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
    tables: { applications: chainTable(doc.tables.applications, 'applications'), proactive: chainTable(doc.tables.proactive, 'proactive') },
  };
}

/** agency names compared after folding script and width, spaces dropped */
export function agencyKey(agency: string): string {
  return fold(agency.normalize('NFKC')).replace(/\s+/g, '');
}

/** each report's folded agency, once per report (not once per batch that groups it) */
const keys = new WeakMap<ChainInput, string>();
function keyOf(r: ChainInput): string {
  let k = keys.get(r);
  if (k === undefined) keys.set(r, (k = r.agency === null ? '' : agencyKey(r.agency)));
  return k;
}

/**
 * The checks of links already judged, by the pair of reports (the objects themselves: a link's
 * checks depend on nothing else). buildChains takes one, so a batch whose reports arrive one by
 * one judges each link once, as soon as both its reports are there (ChainBook), instead of every
 * link again at the end or on every update.
 */
export class LinkMemo {
  private readonly byPrev = new WeakMap<ChainInput, WeakMap<ChainInput, ChainCheck[]>>();

  checks(prev: ChainInput, cur: ChainInput, from: number, to: number): ChainCheck[] {
    let m = this.byPrev.get(prev);
    if (!m) this.byPrev.set(prev, (m = new WeakMap()));
    let c = m.get(cur);
    if (!c) m.set(cur, (c = linkChecks(prev, cur, from, to)));
    return c;
  }

  has(prev: ChainInput, cur: ChainInput): boolean {
    return this.byPrev.get(prev)?.has(cur) ?? false;
  }
}

/**
 * Year chains built as the reports arrive (the CLI's main thread while the pool runs, the page
 * while workers stream rows): `add` judges the links a new report makes with the reports of its
 * body a year before and after (every claim of those years: which one stands for a year claimed
 * twice is known only at the end, and that is rare), `chains` then assembles them — the same
 * result as buildChains on the same inputs, without judging the links again.
 */
export class ChainBook {
  readonly memo = new LinkMemo();
  private readonly byBody = new Map<string, Map<number, ChainInput[]>>();

  add(r: ChainInput): void {
    if (r.year === null) return;
    const key = keyOf(r);
    if (!key) return;
    let years = this.byBody.get(key);
    if (!years) this.byBody.set(key, (years = new Map()));
    const y = r.year;
    for (const prev of years.get(y - 1) ?? []) this.memo.checks(prev, r, y - 1, y);
    for (const next of years.get(y + 1) ?? []) this.memo.checks(r, next, y, y + 1);
    const claims = years.get(y);
    if (claims) claims.push(r);
    else years.set(y, [r]);
  }

  /** the chains of `inputs` (in input order), as buildChains gives them */
  chains(inputs: readonly ChainInput[]): Chain[] {
    return buildChains(inputs, this.memo);
  }
}

// ── one rule across two reports (checks/year-rules.ts), in a chain's words ─────────

/** what the rule found, as a code with parameters */
function said(rule: YearRuleDef, v: YearVerdict, from: number, to: number): DiagnosticIn<'chain.'> {
  const k = rule.key;
  const sides = { from, to, expected: v.expected, actual: v.actual };
  switch (rule.rule) {
    case 'carryOver':
      if (v.outcome === 'noTable') return { code: 'chain.carryOver.noTable', params: { col: k, from, to } };
      if (v.outcome === 'blank') return { code: 'chain.carryOver.blank', params: { col: k } };
      return { code: `chain.carryOver.${v.outcome}`, params: { col: k, ...sides } };
    case 'inForce':
      if (v.outcome === 'noTable') return { code: 'chain.inForce.noTable', params: { row: k, from, to } };
      if (v.outcome === 'blank') return { code: 'chain.inForce.blank', params: { row: k } };
      return { code: `chain.inForce.${v.outcome}`, params: { row: k, ...sides } };
    case 'itemCount':
      if (v.outcome === 'noTable') return { code: 'chain.itemCount.noTable', params: { row: k, from, to } };
      if (v.outcome === 'blank') return { code: 'chain.itemCount.blank', params: { row: k } };
      return { code: `chain.itemCount.${v.outcome}`, params: { row: k, ...sides } };
  }
}

function judge(rule: YearRuleDef, prev: ChainInput, cur: ChainInput, from: number, to: number): ChainCheck {
  const v = judgeYears(rule, prev, cur);
  const inFile = (c: TermCell): ChainCell => ({ side: c.side, file: (c.side === 'from' ? prev : cur).file, table: c.table, row: c.row, col: c.col, value: c.value, span: c.span });
  const d = said(rule, v, from, to);
  const check: ChainCheck = { id: rule.id, from, to, cells: v.cells.map(inFile), status: v.status, expected: v.expected, actual: v.actual, message: zhMessage(d), ...d };
  if (v.blankCells) check.blankCells = v.blankCells.map(inFile);
  return check;
}

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
export function buildChains(inputs: readonly ChainInput[], memo: LinkMemo | null = null): Chain[] {
  const groups = new Map<string, ChainInput[]>();
  for (const r of inputs) {
    if (r.agency === null || r.year === null) continue;
    const key = keyOf(r);
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
          files: claim.map((r) => r.file), ...say('chain.duplicateYear', { year: y, files: claim.map((r) => r.file) }),
        });
      }
    }
    for (let i = 1; i < years.length; i++) {
      const from = years[i - 1];
      const to = years[i];
      if (to !== from + 1) {
        for (let y = from + 1; y < to; y++) {
          checks.push({ id: 'chain.missingYear', from, to, year: y, status: 'fail', expected: null, actual: null, cells: [], ...say('chain.missingYear', { year: y }) });
        }
        continue;
      }
      const prev = (byYear.get(from) as ChainInput[])[0];
      const cur = (byYear.get(to) as ChainInput[])[0];
      checks.push(...(memo ? memo.checks(prev, cur, from, to) : linkChecks(prev, cur, from, to)));
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
