// Every check code (and year-chain code) in English. Rows and columns arrive as the labels the
// views use (quoted: they are what the report prints); a blank side of a rule reads "blank".
// The Chinese wording is the core's (core/diagnostics/zh-checks.ts).
import type { ChainParams, CheckParams, ProseKind } from '../../core/diagnostics/check-codes';
import type { TableKey } from '../../core/types';
import { q } from './quote';

type Wording<P> = { [K in keyof P]: (p: P[K]) => string };
type Fig = number | null;

/** the three tables, named by the numerals the report prints */
export const TABLE_EN: Record<TableKey, string> = {
  proactive: `Table ${q('二')} (proactive disclosure)`,
  applications: `Table ${q('三')} (requests received and handled)`,
  reviewLitigation: `Table ${q('四')} (review and litigation)`,
};

/** an amount the text states, in yuan (nothing when it states none) */
const yuan = (a: number | null) => (a === null ? '' : ` of ${a} yuan`);
const UNIT_EN: Record<'万元' | '项', string> = { 万元: '×10,000 yuan', 项: 'items' };
const n = (v: Fig) => (v === null ? 'blank' : String(v));

/** an additive rule that holds, or does not, in one sentence */
const sum = (subject: string, left: string, e: Fig, right: string, a: Fig, holds: boolean) =>
  holds ? `${subject}: ${left} (${n(e)}) equal ${right} (${n(a)})` : `${subject}: ${left} (${n(e)}) do not equal ${right} (${n(a)})`;
/** an additive rule left open by blank cells */
const open = (subject: string, left: string, e: Fig, right: string, a: Fig) =>
  `${subject}: ${left} (${n(e)}) and ${right} (${n(a)}) differ, but the missing figures were left blank, so whether they agree cannot be told`;

const APPLICANTS = 'the six applicant columns added up';
const RESULTS = 'the outcome rows added up';
const RESULTS_TOTAL = `the printed total ${q('（七）')}`;
const FIRST_TWO = `items ${q('一')} + ${q('二')}`;
const LAST_TWO = `items ${q('三')} + ${q('四')}`;
const REVIEW_PARTS = 'upheld + corrected + other + pending';
const column = (c: string) => `Column ${c}`;
const carried = (p: { year: number; expected: Fig; actual: Fig }) =>
  [`this year's carried-over requests (${n(p.actual)})`, `the requests the ${p.year} report carried forward (${n(p.expected)})`] as const;
const notCompared = (c: string, why: string) => `${column(c)}: ${why}; the carry-over across years was not checked`;

export const PROSE_EN: Record<ProseKind, string> = {
  received: 'Requests received',
  answered: 'Requests answered (closed)',
  review: 'Administrative reviews',
  litigation: 'Administrative lawsuits',
  reviewAndLitigation: 'Administrative reviews and lawsuits together',
  granted: 'Requests granted',
  grantedWithPartial: 'Requests granted in full or in part',
  partiallyGranted: 'Requests granted in part',
  denied: 'Requests refused',
  unavailable: 'Requests for information that could not be provided',
  rejected: 'Requests not processed',
  otherHandling: 'Requests otherwise handled',
};

export const enCheckWording: Wording<CheckParams> = {
  'check.rowTotal.equal': (p) => sum(p.row, APPLICANTS, p.expected, 'the total', p.actual, true),
  'check.rowTotal.differs': (p) => sum(p.row, APPLICANTS, p.expected, 'the total', p.actual, false),
  'check.rowTotal.totalBlank': (p) => `${p.row}: the total is blank, but ${APPLICANTS} make ${n(p.expected)}`,
  'check.rowTotal.uncertain': (p) => open(p.row, APPLICANTS, p.expected, 'the total', p.actual),
  'check.rowTotal.skipped': (p) => `${p.row}: the whole row is blank; not checked`,
  'check.resultsTotal.equal': (p) => sum(column(p.col), RESULTS, p.expected, RESULTS_TOTAL, p.actual, true),
  'check.resultsTotal.differs': (p) => sum(column(p.col), RESULTS, p.expected, RESULTS_TOTAL, p.actual, false),
  'check.resultsTotal.uncertain': (p) => open(column(p.col), RESULTS, p.expected, RESULTS_TOTAL, p.actual),
  'check.resultsTotal.skipped': (p) => `${column(p.col)}: every outcome is blank; not checked`,
  'check.balance.equal': (p) => sum(column(p.col), FIRST_TWO, p.expected, LAST_TWO, p.actual, true),
  'check.balance.differs': (p) => sum(column(p.col), FIRST_TWO, p.expected, LAST_TWO, p.actual, false),
  'check.balance.uncertain': (p) => open(column(p.col), FIRST_TWO, p.expected, LAST_TWO, p.actual),
  'check.balance.skipped': (p) => `${column(p.col)}: items ${q('一')}, ${q('二')}, ${q('三（七）')} and ${q('四')} are all blank; not checked`,
  'check.reviewTotal.equal': (p) => sum(p.row, REVIEW_PARTS, p.expected, 'the total', p.actual, true),
  'check.reviewTotal.differs': (p) => sum(p.row, REVIEW_PARTS, p.expected, 'the total', p.actual, false),
  'check.reviewTotal.uncertain': (p) => open(p.row, REVIEW_PARTS, p.expected, 'the total', p.actual),
  'check.reviewTotal.skipped': (p) => `${p.row}: the whole row is blank; not checked`,
  'check.carryOver.equal': (p) => `${column(p.col)}: ${carried(p)[0]} equal ${carried(p)[1]}`,
  'check.carryOver.differs': (p) => `${column(p.col)}: ${carried(p)[0]} do not equal ${carried(p)[1]}`,
  'check.carryOver.uncertain': (p) =>
    `${column(p.col)}: ${carried(p)[0]} and ${carried(p)[1]} differ, but the missing figures were left blank, so whether they agree cannot be told`,
  'check.carryOver.blank': (p) => `${column(p.col)}: the carry-over is blank in both years; not checked`,
  'check.carryOver.noAgency': (p) => notCompared(p.col, 'the reporting body was not recognised'),
  'check.carryOver.otherAgency': (p) => notCompared(p.col, `the two reports are by different bodies (${q(p.previous)}, ${q(p.current)})`),
  'check.carryOver.noYear': (p) => notCompared(p.col, 'the year of a report was not recognised'),
  'check.carryOver.notAdjacent': (p) => notCompared(p.col, `the reports are not of consecutive years (${p.previous}, ${p.current})`),
  'check.carryOver.noTable': (p) => notCompared(p.col, `a report has no ${TABLE_EN.applications}`),
  'check.templateYear.unknown': () => 'the year or the table template was not recognised; the template was not checked',
  'check.templateYear.preTemplate': (p) => `${p.year} is before the common template; not checked`,
  'check.templateYear.matches': (p) => `the ${p.year} report uses the ${p.format} template, as its year requires`,
  'check.templateYear.wrong': (p) => `a ${p.year} report should use the ${p.expected} template, but its tables follow the ${p.format} template`,
  'check.tableBlank.filled': (p) => `${TABLE_EN[p.table]} has ${p.filled} figures filled in`,
  'check.tableBlank.empty': (p) => `${TABLE_EN[p.table]} is entirely blank: not one figure is filled in`,
  'check.regulationsAuthority.noAgency': () => 'the reporting body was not recognised; the figures for government rules were not checked',
  'check.regulationsAuthority.ok': (p) => `${q(p.agency)}: nothing unusual in the figures for government rules`,
  'check.regulationsAuthority.noPower': (p) => `${q(p.agency)} has no power to make government rules, yet the rules line reads ${p.actual}`,
  'check.prose.agrees': (p) => `${PROSE_EN[p.kind]} as the text states them (${p.figure}) agree with the tables`,
  'check.prose.differs': (p) => `${PROSE_EN[p.kind]} as the text states them (${p.figure}) differ from the tables (${p.expected})`,
  'check.problemsEmpty.empty': () => `Part ${q('五')} (main problems and improvements) names no problem and no improvement`,
  'check.problemsEmpty.written': () => `Part ${q('五')} names problems and improvements`,
  'check.sectionOrder.repeated': (p) => `Part ${p.n} appears twice (one part printed twice, or two numberings)`,
  'check.sectionOrder.outOfOrder': (p) => `Part ${p.n} comes after part ${p.after}: the numbering is out of order`,
  'check.sectionOrder.inOrder': () => 'the parts are numbered in order',
  'check.fees.contradiction': (p) => `the text says in one place that no fee was charged, and in another that a processing fee${yuan(p.amount)} was charged`,
  'check.fees.consistent': () => 'what the text says about processing fees is consistent',
  'check.feesTable.noneButTable': (p) =>
    `the text says no fee at all was charged, but ${TABLE_EN.proactive} shows ${p.value} ${UNIT_EN[p.unit]} of administrative fees (those are not processing fees; if only processing fees are meant, the text should say so)`,
  'check.feesTable.chargedButZero': (p) => `the text says administrative fees${yuan(p.amount)} were charged, but ${TABLE_EN.proactive} shows 0 for them this year`,
  'check.feesTable.consistent': () => `what the text says about fees agrees with ${TABLE_EN.proactive}`,
  'check.feesApplications.noApplications': (p) =>
    `the text says a processing fee${yuan(p.amount)} was charged, but ${TABLE_EN.applications} shows no request received this year and none carried over`,
  'check.feesApplications.consistent': (p) => `a processing fee charged is consistent with the requests in ${TABLE_EN.applications} (${p.applications})`,
};

const CARRY = (c: string) => `last year's requests carried forward against this year's carried over (${c})`;
const IN_FORCE = (r: string) => `last year's in force + issued − repealed against this year's in force (${r})`;
const ITEM_COUNT = (r: string) => `last year's previous count + change against this year's previous count (${r})`;

type LinkP = { from: number; to: number; expected: Fig; actual: Fig };
const holds = (what: string, p: LinkP) => `${what}: ${p.from} (${n(p.expected)}) agrees with ${p.to} (${n(p.actual)})`;
const differs = (what: string, p: LinkP) => `${what}: ${p.from} (${n(p.expected)}) differs from ${p.to} (${n(p.actual)})`;
const linkOpen = (what: string, p: LinkP) => `${differs(what, p)}, but some cells are blank, so it cannot be decided`;
const noTable = (what: string, p: { from: number; to: number }) => `${what}: the ${p.from} or the ${p.to} report lacks the table; not checked`;
const blank = (what: string) => `${what}: every cell needed is blank; not checked`;

export const enChainWording: Wording<ChainParams> = {
  'chain.carryOver.holds': (p) => holds(CARRY(p.col), p),
  'chain.carryOver.differs': (p) => differs(CARRY(p.col), p),
  'chain.carryOver.uncertain': (p) => linkOpen(CARRY(p.col), p),
  'chain.carryOver.noTable': (p) => noTable(CARRY(p.col), p),
  'chain.carryOver.blank': (p) => blank(CARRY(p.col)),
  'chain.inForce.holds': (p) => holds(IN_FORCE(p.row), p),
  'chain.inForce.differs': (p) => differs(IN_FORCE(p.row), p),
  'chain.inForce.uncertain': (p) => linkOpen(IN_FORCE(p.row), p),
  'chain.inForce.noTable': (p) => noTable(IN_FORCE(p.row), p),
  'chain.inForce.blank': (p) => blank(IN_FORCE(p.row)),
  'chain.itemCount.holds': (p) => holds(ITEM_COUNT(p.row), p),
  'chain.itemCount.differs': (p) => differs(ITEM_COUNT(p.row), p),
  'chain.itemCount.uncertain': (p) => linkOpen(ITEM_COUNT(p.row), p),
  'chain.itemCount.noTable': (p) => noTable(ITEM_COUNT(p.row), p),
  'chain.itemCount.blank': (p) => blank(ITEM_COUNT(p.row)),
  'chain.missingYear': (p) => `no report for ${p.year}`,
  'chain.duplicateYear': (p) => `${p.files.length} reports are all for ${p.year}: ${p.files.join(', ')}`,
};
