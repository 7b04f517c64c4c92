// The codes of every check (Check.code) and of the year-chain checks (ChainCheck.code), with
// typed parameters. One code per way a check can read (a rule that holds, one that does not,
// one left uncertain by blanks, one skipped), so each wording takes exactly what it says.
// Parameter conventions (as in codes.ts): `row` and `col` are contract keys of the check's own
// table (the UI words them with its label helpers), `table` a TableKey; figures are numbers,
// never words; a blank side of a rule is null. Source text a check quotes (an agency's name)
// is a string parameter named for what it is.
import type { TableKey } from '../types';

type None = Record<string, never>;
type Fig = number | null;
/** both sides of an additive rule, blanks read as 0 unless the side is entirely blank (null) */
type Sides = { expected: Fig; actual: Fig };

/** what a figure quoted in the prose counts (prose.<kind>, and 予以公开及部分公开 together) */
export type ProseKind =
  | 'received' | 'answered' | 'review' | 'litigation' | 'reviewAndLitigation'
  | 'granted' | 'grantedWithPartial' | 'partiallyGranted' | 'denied' | 'unavailable' | 'rejected' | 'otherHandling';

export interface CheckParams {
  // applications.rowTotal.<row>: the six applicant columns against the printed 总计
  'check.rowTotal.equal': { row: string } & Sides;
  'check.rowTotal.differs': { row: string } & Sides;
  /** the 总计 cell left blank beside applicant figures */
  'check.rowTotal.totalBlank': { row: string; expected: Fig };
  'check.rowTotal.uncertain': { row: string } & Sides;
  'check.rowTotal.skipped': { row: string };
  // applications.resultsTotal.<col>: every 办理结果 row against (七)总计
  'check.resultsTotal.equal': { col: string } & Sides;
  'check.resultsTotal.differs': { col: string } & Sides;
  'check.resultsTotal.uncertain': { col: string } & Sides;
  'check.resultsTotal.skipped': { col: string };
  // applications.balance.<col>: 一 + 二 against (七)总计 + 四
  'check.balance.equal': { col: string } & Sides;
  'check.balance.differs': { col: string } & Sides;
  'check.balance.uncertain': { col: string } & Sides;
  'check.balance.skipped': { col: string };
  // reviewLitigation.total.<row>: 维持 + 纠正 + 其他 + 尚未审结 against 总计
  'check.reviewTotal.equal': { row: string } & Sides;
  'check.reviewTotal.differs': { row: string } & Sides;
  'check.reviewTotal.uncertain': { row: string } & Sides;
  'check.reviewTotal.skipped': { row: string };
  // applications.carryOver.<col>: this year's 二 against last year's 四 (`year`: last year's)
  'check.carryOver.equal': { col: string; year: number } & Sides;
  'check.carryOver.differs': { col: string; year: number } & Sides;
  'check.carryOver.uncertain': { col: string; year: number } & Sides;
  'check.carryOver.blank': { col: string };
  'check.carryOver.noAgency': { col: string };
  'check.carryOver.otherAgency': { col: string; previous: string; current: string };
  'check.carryOver.noYear': { col: string };
  'check.carryOver.notAdjacent': { col: string; previous: number; current: number };
  'check.carryOver.noTable': { col: string };
  // meta.templateYear
  'check.templateYear.unknown': None;
  'check.templateYear.preTemplate': { year: number };
  'check.templateYear.matches': { year: number; format: string };
  'check.templateYear.wrong': { year: number; expected: number; format: string };
  // <table>.blank
  'check.tableBlank.filled': { table: TableKey; filled: number };
  'check.tableBlank.empty': { table: TableKey };
  // proactive.regulationsAuthority (`agency` as printed)
  'check.regulationsAuthority.noAgency': None;
  'check.regulationsAuthority.ok': { agency: string };
  'check.regulationsAuthority.noPower': { agency: string; actual: number };
  // prose.<kind>: a figure of the prose against the tables (`figure` as printed, `expected` the table's)
  'check.prose.agrees': { kind: ProseKind; figure: number };
  'check.prose.differs': { kind: ProseKind; figure: number; expected: number };
  // narrative.*
  'check.problemsEmpty.empty': None;
  'check.problemsEmpty.written': None;
  'check.sectionOrder.repeated': { n: number };
  'check.sectionOrder.outOfOrder': { n: number; after: number };
  'check.sectionOrder.inOrder': None;
  // narrative.fees / .feesTable / .feesApplications (`amount` in 元 as the prose states it, null when it states none)
  'check.fees.contradiction': { amount: number | null };
  'check.fees.consistent': None;
  /** no fee at all, beside table 二's 行政事业性收费 (`unit`: 万元 for the 2021 amount, 项 for the 2019 item count) */
  'check.feesTable.noneButTable': { value: number; unit: '万元' | '项' };
  'check.feesTable.chargedButZero': { amount: number | null };
  'check.feesTable.consistent': None;
  'check.feesApplications.noApplications': { amount: number | null };
  'check.feesApplications.consistent': { applications: number };
}

/** the three rules across two years of one body (core/checks/year-rules.ts) */
export type YearRule = 'carryOver' | 'inForce' | 'itemCount';

/** one rule across two consecutive reports: `key` is a column (carryOver) or a row (the others) of its table */
type Link = { from: number; to: number };

export interface ChainParams {
  'chain.carryOver.holds': { col: string } & Link & Sides;
  'chain.carryOver.differs': { col: string } & Link & Sides;
  'chain.carryOver.uncertain': { col: string } & Link & Sides;
  'chain.carryOver.noTable': { col: string } & Link;
  'chain.carryOver.blank': { col: string };
  'chain.inForce.holds': { row: string } & Link & Sides;
  'chain.inForce.differs': { row: string } & Link & Sides;
  'chain.inForce.uncertain': { row: string } & Link & Sides;
  'chain.inForce.noTable': { row: string } & Link;
  'chain.inForce.blank': { row: string };
  'chain.itemCount.holds': { row: string } & Link & Sides;
  'chain.itemCount.differs': { row: string } & Link & Sides;
  'chain.itemCount.uncertain': { row: string } & Link & Sides;
  'chain.itemCount.noTable': { row: string } & Link;
  'chain.itemCount.blank': { row: string };
  'chain.missingYear': { year: number };
  'chain.duplicateYear': { year: number; files: string[] };
}
