// Figures quoted in the prose (收到申请N件, 答复N件, 行政复议N件, 行政诉讼N件) against the
// tables. Conservative by design: a figure must be tied to its noun in one clause, figures
// inside a table are ignored, a figure that matches any reasonable reading of the table passes,
// and a figure for a wider scope (全市, 全省, 各级…) never fails.
import type { Check, Span, Table, Tables } from '../types';
import type { TextContext } from '../context';
import { say } from '../diagnostics';
import { APPLICANT_COLS, type TableFormat } from './keys';
import { findOutcomeFigures, outcomeChecks } from './prose-outcomes';
import { cellSpans, cellValue, type CellRef } from './sum-rule';
import { proseText, sourceSpan, tableSpansOf, type ProseText } from './prose-text';
import { findCaseFigures, type CaseKind } from './prose-cases';

export interface ProseFigure {
  kind: 'received' | 'answered' | CaseKind;
  value: number;
  span: Span;
  /** the sentence said it includes last year's carried-over applications (含上年结转) */
  includesCarriedOver: boolean;
  /** the sentence speaks of a wider scope than the reporting body (全市, 各级…) */
  widerScope: boolean;
  /** nothing ties the figure to this report's subject (a law-enforcement review count): never fails */
  guarded?: boolean;
}

const NUM = String.raw`(\d{1,3}(?:,\d{3})+|\d+)`;
const UNIT = '(?:件|宗|次|起|个|条)';
const GAP = '[^。；;，,、：:!?！？()（）\\d%]';
const PATTERNS: [ProseFigure['kind'], RegExp][] = [
  // 收到/受理 … 政府信息公开申请 N 件 ; 收到依申请公开事项N次
  ['received', new RegExp(`(?:收到|受理|新收)(?:了|的)?${GAP}{0,14}?(?:公开申请|依申请公开事项|公开的申请)(?:数量|总数|事项)?(?:共|总计|合计|为|是|计)*${NUM}${UNIT}`, 'g')],
  // 收到 N 件(政府信息公开)申请
  ['received', new RegExp(`(?:收到|受理|新收)(?:了|的)?(?:共|总计|合计)?${NUM}${UNIT}(?:政府信息公开|信息公开|依申请公开)?申请`, 'g')],
  // 答复/办结 … N 件 (an application must be named in the clause or just before it)
  ['answered', new RegExp(`(?:答复|办结|办理完毕)(?:了|的)?(?:政府信息公开申请|信息公开申请|申请)?(?:共|总计|合计)?${NUM}${UNIT}(?!申请)`, 'g')],
];

const WIDER = /(全市|全省|全区|全县|全州|全盟|全旗|全国|全系统|各级|系统内|各地|各部门)/;

/** where the clause before `index` starts: after the last 。 or ; within `limit` characters */
function clauseFloor(text: string, index: number, limit: number): number {
  const floor = Math.max(0, index - limit);
  for (let i = index - 1; i >= floor; i--) {
    const ch = text.charCodeAt(i);
    if (ch === 0x3002 || ch === 0x3b) return i + 1;
  }
  return floor;
}

/** the figures of every kind in the prose (tables cut out: a figure inside a table is not prose) */
export function findProseFigures(ctx: TextContext, tableSpans: Span[], caseSections: Span[] = []): ProseFigure[] {
  return figuresIn(proseText(ctx.folded, tableSpans), caseSections);
}

/** `caseSections`: where the review and litigation section stands (a figure there is about disclosure) */
export function figuresIn(c: ProseText, caseSections: Span[] = []): ProseFigure[] {
  const out: ProseFigure[] = [];
  for (const [kind, re] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(c.text); m; m = re.exec(c.text)) {
      const numText = m[1];
      const numAt = m.index + m[0].lastIndexOf(numText);
      const before = c.text.slice(clauseFloor(c.text, m.index, 40), m.index);
      if (kind === 'answered' && !before.includes('申请') && !m[0].includes('申请')) continue;
      const after = c.text.slice(m.index + m[0].length, m.index + m[0].length + 14);
      out.push({
        kind,
        value: Number(numText.replace(/,/g, '')),
        span: sourceSpan(c, numAt, numText.length),
        includesCarriedOver: CARRIED.test(after),
        widerScope: WIDER.test(before.slice(-16)),
      });
    }
  }
  const inCases = (at: number) => caseSections.some(([a, b]) => a <= at && at < b);
  for (const f of findCaseFigures(c, inCases)) out.push({ ...f, includesCarriedOver: false });
  // the same figure found by two patterns counts once
  const seen = new Set<string>();
  return out.filter((f) => {
    const key = `${f.kind}:${f.span[0]}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const CARRIED = /^[(（]?含(上年|上一年|去年)/;

/** a row's total: the printed 总计, else its addends added up */
function rowTotal(table: Table, row: string, parts: readonly string[]): number | null {
  const printed = cellValue(table, [row, 'total']);
  if (printed !== null) return printed;
  let sum = 0;
  let any = false;
  for (const col of parts) {
    const v = cellValue(table, [row, col]);
    if (v !== null) {
      sum += v;
      any = true;
    }
  }
  return any ? sum : null;
}

interface Reading {
  /** the table figure the prose is compared with */
  expected: number;
  /** other readings of the table that also make the prose figure right */
  alternatives: number[];
  cells: CellRef[];
  table: Table;
}

function readingFor(figure: ProseFigure, tables: Tables): Reading | null {
  const apps = tables.applications;
  const rl = tables.reviewLitigation;
  const parts = ['upheld', 'corrected', 'other', 'pending'];
  if ((figure.kind === 'received' || figure.kind === 'answered') && apps) {
    const received = rowTotal(apps, 'newReceived', APPLICANT_COLS);
    const carried = rowTotal(apps, 'carriedOver', APPLICANT_COLS) ?? 0;
    if (figure.kind === 'received') {
      if (received === null) return null;
      const withCarried = received + carried;
      return {
        expected: figure.includesCarriedOver ? withCarried : received,
        alternatives: [received, withCarried],
        cells: [['newReceived', 'total'], ['carriedOver', 'total']],
        table: apps,
      };
    }
    const answered = rowTotal(apps, 'resultsTotal', APPLICANT_COLS);
    if (answered === null) return null;
    const forward = rowTotal(apps, 'carriedForward', APPLICANT_COLS) ?? 0;
    const alternatives = [answered];
    if (received !== null) alternatives.push(received + carried - forward);
    return { expected: answered, alternatives, cells: [['resultsTotal', 'total']], table: apps };
  }
  if (figure.kind === 'review' && rl) {
    const review = rowTotal(rl, 'review', parts);
    if (review === null) return null;
    return { expected: review, alternatives: [review], cells: [['review', 'total']], table: rl };
  }
  if (figure.kind === 'reviewAndLitigation' && rl) {
    const review = rowTotal(rl, 'review', parts);
    const direct = rowTotal(rl, 'litigationDirect', parts);
    const after = rowTotal(rl, 'litigationAfterReview', parts);
    if (review === null && direct === null && after === null) return null;
    const sum = (review ?? 0) + (direct ?? 0) + (after ?? 0);
    return {
      expected: sum,
      alternatives: [sum],
      cells: [['review', 'total'], ['litigationDirect', 'total'], ['litigationAfterReview', 'total']],
      table: rl,
    };
  }
  if (figure.kind === 'litigation' && rl) {
    const direct = rowTotal(rl, 'litigationDirect', parts);
    const after = rowTotal(rl, 'litigationAfterReview', parts);
    if (direct === null && after === null) return null;
    const sum = (direct ?? 0) + (after ?? 0);
    return {
      expected: sum,
      // "no litigation" must mean none of either kind
      alternatives: figure.value === 0 ? [sum] : [sum, direct ?? 0, after ?? 0],
      cells: [['litigationDirect', 'total'], ['litigationAfterReview', 'total']],
      table: rl,
    };
  }
  return null;
}

/** one check per kind of figure found: fail when some figure contradicts the table */
export function proseChecks(
  ctx: TextContext,
  tables: Tables,
  format: TableFormat = '2019',
  year: number | null = null,
  outcomes = true,
  caseSections: Span[] = [],
  /** the prose with the tables cut out, when the caller built it already (runChecks: once for all checks) */
  built?: ProseText,
): Check[] {
  const spans = tableSpansOf(tables);
  if (!spans.length) return [];
  const prose = built ?? proseText(ctx.folded, spans);
  const figures = figuresIn(prose, caseSections);
  const out: Check[] = [];
  for (const kind of ['received', 'answered', 'review', 'litigation', 'reviewAndLitigation'] as const) {
    let bad: { figure: ProseFigure; reading: Reading } | null = null;
    let good: { figure: ProseFigure; reading: Reading } | null = null;
    for (const figure of figures.filter((f) => f.kind === kind)) {
      const reading = readingFor(figure, tables);
      if (!reading) continue;
      const agrees = reading.alternatives.some((a) => Math.abs(a - figure.value) < 1e-6);
      if (agrees) good ??= { figure, reading };
      else if (!figure.widerScope && !figure.guarded) bad ??= { figure, reading };
    }
    const hit = bad ?? good;
    if (!hit) continue;
    const { figure, reading } = hit;
    out.push({
      id: `prose.${kind}`,
      status: bad ? 'fail' : 'pass',
      // expected: what the table says; actual: the figure printed in the prose
      expected: reading.expected,
      actual: figure.value,
      cells: reading.cells,
      spans: [figure.span, ...cellSpans(reading.table, reading.cells)],
      severity: 'warning',
      ...(bad
        ? say('check.prose.differs', { kind, figure: figure.value, expected: reading.expected })
        : say('check.prose.agrees', { kind, figure: figure.value })),
    });
  }
  if (outcomes) out.push(...outcomeChecks(findOutcomeFigures(prose, year), tables.applications, format));
  return out;
}
