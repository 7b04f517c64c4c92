// Outcome figures quoted in the prose (予以公开N件, 不予公开N件, 无法提供N件, 不予处理N件,
// 其他处理N件) against the 办理结果 rows of table 三. Conservative: a figure that matches any
// reasonable reading of the table passes; a figure may only fail when its sentence is about
// applications and nothing narrows or widens it (another area, another year, one kind of
// applicant or channel, proactive disclosure, review and litigation), and when it counts
// applications (件, not 条/项 of information; 政府信息N件 may count documents, so is not read).
import type { Check, Span, Table } from '../types';
import { say } from '../diagnostics';
import { APPLICANT_COLS, resultRows, type TableFormat } from './keys';
import { cellSpans, cellValue, type CellRef } from './sum-rule';
import { sentenceStart, sourceSpan, type ProseText } from './prose-text';

export type OutcomeKind = 'granted' | 'partiallyGranted' | 'denied' | 'unavailable' | 'rejected' | 'otherHandling';

export interface OutcomeFigure {
  kind: OutcomeKind;
  /** 予以公开及部分公开: granted and partly granted together */
  withPartial: boolean;
  value: number;
  span: Span;
  /** something in the sentence makes the figure not this body's year total: never fails */
  guarded: boolean;
}

const NUM = String.raw`(\d{1,3}(?:,\d{3})+|\d+)`;
const OUTCOME = new RegExp(
  '(不)?((?:予以|同意|全部)公开(?:及|和|与|或|以及|、)部分公开|(?:予以|同意|全部)公开|部分公开|不予公开|无法提供|不予处理|其他处理)' +
    `(?:的|了|申请|共|有|为|计|:|是){0,4}${NUM}(件|宗|个|次|条|项)`,
  'g',
);

const KIND_OF: Record<string, OutcomeKind> = {
  部分公开: 'partiallyGranted',
  不予公开: 'denied',
  无法提供: 'unavailable',
  不予处理: 'rejected',
  其他处理: 'otherHandling',
};

/** another area than the reporting body's own */
const WIDER = /全市|全省|全区|全县|全州|全盟|全旗|全国|全系统|各级|系统内|各地|各部门|各区|各县|下属|所属|直属/;
/** another period: last year, a running total */
const OTHER_TIME = /去年|上年|上一年|前一年|同期|往年|以来|累计|历年/;
/** one kind of applicant or channel only, or proactive disclosure */
const SUBSET = /自然人|法人|企业|公民|网上|网络|在线|信函|当面|现场|传真|邮件|邮箱|来信|律师|科研|公益|主动/;
/** review and litigation outcomes (责令予以公开…) are not 办理结果 */
const REVIEW = /复议|诉讼|责令|判决|撤销|纠正/;
const YEAR = /(\d{4})年/g;

/** the start of the clause holding `index` (after , ; : 、 。 or a bracket) */
function clauseStart(text: string, index: number): number {
  const floor = Math.max(0, index - 40);
  for (let i = index - 1; i >= floor; i--) if (',;:、。()!?'.includes(text[i])) return i + 1;
  return floor;
}

function otherYear(s: string, year: number | null): boolean {
  for (const m of s.matchAll(YEAR)) if (year === null || Number(m[1]) !== year) return true;
  return false;
}

export function findOutcomeFigures(p: ProseText, year: number | null): OutcomeFigure[] {
  const text = p.text;
  const out: OutcomeFigure[] = [];
  OUTCOME.lastIndex = 0;
  for (let m = OUTCOME.exec(text); m; m = OUTCOME.exec(text)) {
    const [, negated, word, numText, unit] = m;
    // 条/项 count pieces of information, not applications
    if (unit === '条' || unit === '项') continue;
    const withPartial = word.length > 4 && word.endsWith('部分公开');
    const kind: OutcomeKind = negated ? 'denied' : (KIND_OF[word] ?? 'granted');
    const at = m.index + (negated ? 1 : 0);
    const numAt = m.index + m[0].length - unit.length - numText.length;
    // the sentence = back to the previous 。; the one before it may name the applications
    const sentence = sentenceStart(text, at);
    const previous = sentence > 0 ? sentenceStart(text, sentence - 1) : sentence;
    const head = text.slice(sentence, at);
    const prior = text.slice(previous, sentence);
    const clause = text.slice(clauseStart(text, at), at);
    const aboutApplications = head.includes('申请') || prior.includes('申请');
    const guarded =
      !aboutApplications ||
      WIDER.test(head) ||
      WIDER.test(prior) ||
      OTHER_TIME.test(clause) ||
      SUBSET.test(clause) ||
      head.includes('主动公开') ||
      REVIEW.test(head) ||
      otherYear(clause, year);
    out.push({ kind, withPartial, value: Number(numText.replace(/,/g, '')), span: sourceSpan(p, numAt, numText.length), guarded });
  }
  return out;
}

function rowsOf(kind: OutcomeKind, format: TableFormat): string[] {
  const rows = resultRows(format);
  switch (kind) {
    case 'granted':
      return ['granted'];
    case 'partiallyGranted':
      return ['partiallyGranted'];
    case 'denied':
      return rows.filter((r) => r.startsWith('denied'));
    case 'unavailable':
      return rows.filter((r) => r.startsWith('unavailable'));
    case 'rejected':
      return rows.filter((r) => r.startsWith('rejected'));
    case 'otherHandling':
      return rows.filter((r) => r.startsWith('other'));
  }
}

/** a group of rows added up two ways: printed 总计 (else the applicant columns), and applicant columns only */
function groupTotals(table: Table, rows: string[]): [number, number] {
  let printed = 0;
  let applicants = 0;
  for (const row of rows) {
    let sum = 0;
    for (const col of APPLICANT_COLS) sum += cellValue(table, [row, col]) ?? 0;
    applicants += sum;
    printed += cellValue(table, [row, 'total']) ?? sum;
  }
  return [round(printed), round(applicants)];
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

export const OUTCOME_KINDS: OutcomeKind[] = ['granted', 'partiallyGranted', 'denied', 'unavailable', 'rejected', 'otherHandling'];

/** one check per kind of outcome figure found: fail when some unguarded figure contradicts the table */
export function outcomeChecks(figures: OutcomeFigure[], apps: Table | null, format: TableFormat): Check[] {
  if (!apps || !apps.cells.some((c) => c.value !== null)) return [];
  const out: Check[] = [];
  for (const kind of OUTCOME_KINDS) {
    let bad: [OutcomeFigure, number, string[]] | null = null;
    let good: [OutcomeFigure, number, string[]] | null = null;
    for (const f of figures) {
      if (f.kind !== kind) continue;
      const rows = f.withPartial ? ['granted', 'partiallyGranted'] : rowsOf(kind, format);
      const [printed, applicants] = groupTotals(apps, rows);
      const readings = [printed, applicants];
      // 予以公开 alone is sometimes written for 予以公开 and 部分公开 together
      if (kind === 'granted' && !f.withPartial) readings.push(...groupTotals(apps, ['granted', 'partiallyGranted']));
      if (readings.some((r) => Math.abs(r - f.value) < 1e-6)) good ??= [f, printed, rows];
      else if (!f.guarded) bad ??= [f, printed, rows];
    }
    const hit = bad ?? good;
    if (!hit) continue;
    const [f, expected, rows] = hit;
    const said = f.withPartial ? 'grantedWithPartial' : kind;
    const cells = rows.map((r): CellRef => [r, 'total']);
    let spans = cellSpans(apps, cells);
    // the 总计 column left blank: point at the applicant cells added up instead
    if (!spans.length) spans = cellSpans(apps, rows.flatMap((r) => APPLICANT_COLS.map((c): CellRef => [r, c])));
    out.push({
      id: `prose.${kind}`,
      status: bad ? 'fail' : 'pass',
      expected,
      actual: f.value,
      cells,
      spans: [f.span, ...spans],
      severity: 'warning',
      ...(bad ? say('check.prose.differs', { kind: said, figure: f.value, expected }) : say('check.prose.agrees', { kind: said, figure: f.value })),
    });
  }
  return out;
}
