// The Chinese wording of every check code (Check.message, ChainCheck.message): the exported
// JSON's human-readable text, the same words the checks wrote before they carried codes. A
// row or column is named by its short name (checks/keys.ts) when it has one, else as given
// (the UI passes its own printed labels).
import type { TableKey } from '../types';
import { COL_NAMES, ROW_NAMES } from '../checks/keys';
import type { ChainParams, CheckParams, ProseKind } from './check-codes';

type Wording<P> = { [K in keyof P]: (p: P[K]) => string };

/** "12", or 空白 for a side left entirely blank */
export function shown(n: number | null): string {
  return n === null ? '空白' : String(n);
}

const row = (key: string) => ROW_NAMES[key] ?? key;
const col = (key: string) => COL_NAMES[key] ?? key;
/** an amount the prose states, in 元 (nothing when it states none) */
const yuan = (a: number | null) => (a === null ? '' : `${a}元`);
const equalOr = (holds: boolean) => (holds ? '等于' : '不等于');

/** an uncertain rule: the figures differ, but the report left blank cells that could account for it */
const leftBlank = (subject: string, left: string, e: number | null, right: string, a: number | null) =>
  `${subject}${left}（${shown(e)}）与${right}（${shown(a)}）不一致，但缺少的数字留空未填，无法判断是否相符`;

const APPLICANTS = '六类申请人之和';
const RESULTS = '各项办理结果之和';
const FIRST_TWO = '第一项加第二项之和';
const LAST_TWO = '第三项加第四项之和';
const REVIEW_PARTS = '结果维持、结果纠正、其他结果、尚未审结之和';

const rowTotal = (p: { row: string; expected: number | null; actual: number | null }, holds: boolean) =>
  `${row(p.row)}：${APPLICANTS}（${shown(p.expected)}）${equalOr(holds)}总计（${shown(p.actual)}）`;
const resultsTotal = (p: { col: string; expected: number | null; actual: number | null }, holds: boolean) =>
  `${col(p.col)}栏：${RESULTS}（${shown(p.expected)}）${equalOr(holds)}（七）总计（${shown(p.actual)}）`;
const balance = (p: { col: string; expected: number | null; actual: number | null }, holds: boolean) =>
  `${col(p.col)}栏：${FIRST_TWO}（${shown(p.expected)}）${equalOr(holds)}${LAST_TWO}（${shown(p.actual)}）`;
const reviewTotal = (p: { row: string; expected: number | null; actual: number | null }, holds: boolean) =>
  `${row(p.row)}：${REVIEW_PARTS}（${shown(p.expected)}）${equalOr(holds)}总计（${shown(p.actual)}）`;

const CARRIED = '本年“二、上年结转”';
const FORWARD = '报告“四、结转下年度继续办理”';
const carryOver = (p: { col: string; year: number; expected: number | null; actual: number | null }, holds: boolean) =>
  `${col(p.col)}栏：${CARRIED}（${shown(p.actual)}）${equalOr(holds)}${p.year}年${FORWARD}（${shown(p.expected)}）`;
const notCompared = (c: string, why: string) => `${col(c)}栏：${why}，未核对跨年结转`;

/** the full names of the three tables, as the soft checks name them */
const TABLE_FULL: Record<TableKey, string> = {
  proactive: '主动公开政府信息情况表',
  applications: '收到和处理政府信息公开申请情况表',
  reviewLitigation: '政府信息公开行政复议、行政诉讼情况表',
};

export const PROSE_NAMES: Record<ProseKind, string> = {
  received: '正文所述收到申请数',
  answered: '正文所述答复（办结）申请数',
  review: '正文所述行政复议数',
  litigation: '正文所述行政诉讼数',
  reviewAndLitigation: '正文所述行政复议和行政诉讼合计数',
  granted: '正文所述予以公开数',
  grantedWithPartial: '正文所述予以公开及部分公开数',
  partiallyGranted: '正文所述部分公开数',
  denied: '正文所述不予公开数',
  unavailable: '正文所述无法提供数',
  rejected: '正文所述不予处理数',
  otherHandling: '正文所述其他处理数',
};

export const zhCheckWording: Wording<CheckParams> = {
  'check.rowTotal.equal': (p) => rowTotal(p, true),
  'check.rowTotal.differs': (p) => rowTotal(p, false),
  'check.rowTotal.totalBlank': (p) => `${row(p.row)}：总计栏空白，但${APPLICANTS}为${shown(p.expected)}`,
  'check.rowTotal.uncertain': (p) => leftBlank(`${row(p.row)}：`, APPLICANTS, p.expected, '总计', p.actual),
  'check.rowTotal.skipped': (p) => `${row(p.row)}：本行全部空白，未核对`,
  'check.resultsTotal.equal': (p) => resultsTotal(p, true),
  'check.resultsTotal.differs': (p) => resultsTotal(p, false),
  'check.resultsTotal.uncertain': (p) => leftBlank(`${col(p.col)}栏：`, RESULTS, p.expected, '（七）总计', p.actual),
  'check.resultsTotal.skipped': (p) => `${col(p.col)}栏：办理结果全部空白，未核对`,
  'check.balance.equal': (p) => balance(p, true),
  'check.balance.differs': (p) => balance(p, false),
  'check.balance.uncertain': (p) => leftBlank(`${col(p.col)}栏：`, FIRST_TWO, p.expected, LAST_TWO, p.actual),
  'check.balance.skipped': (p) => `${col(p.col)}栏：第一、二、三（七）、四项全部空白，未核对`,
  'check.reviewTotal.equal': (p) => reviewTotal(p, true),
  'check.reviewTotal.differs': (p) => reviewTotal(p, false),
  'check.reviewTotal.uncertain': (p) => leftBlank(`${row(p.row)}：`, REVIEW_PARTS, p.expected, '总计', p.actual),
  'check.reviewTotal.skipped': (p) => `${row(p.row)}：全部空白，未核对`,
  'check.carryOver.equal': (p) => carryOver(p, true),
  'check.carryOver.differs': (p) => carryOver(p, false),
  'check.carryOver.uncertain': (p) =>
    `${col(p.col)}栏：${CARRIED}（${shown(p.actual)}）与${p.year}年${FORWARD}（${shown(p.expected)}）不一致，但缺少的数字留空未填，无法判断是否相符`,
  'check.carryOver.blank': (p) => `${col(p.col)}栏：两年结转数均空白，未核对`,
  'check.carryOver.noAgency': (p) => notCompared(p.col, '报告机关未识别'),
  'check.carryOver.otherAgency': (p) => notCompared(p.col, `两份报告机关不同（${p.previous}、${p.current}）`),
  'check.carryOver.noYear': (p) => notCompared(p.col, '报告年度未识别'),
  'check.carryOver.notAdjacent': (p) => notCompared(p.col, `两份报告不是相邻年度（${p.previous}年、${p.current}年）`),
  'check.carryOver.noTable': (p) => notCompared(p.col, '缺少收到和处理政府信息公开申请情况表'),
  'check.templateYear.unknown': () => '年份或表格格式未识别，未核对模板',
  'check.templateYear.preTemplate': (p) => `${p.year}年早于统一模板，未核对`,
  'check.templateYear.matches': (p) => `${p.year}年度报告使用${p.format}年模板，与年份相符`,
  'check.templateYear.wrong': (p) => `${p.year}年度报告应使用${p.expected}年模板，但表格为${p.format}年模板`,
  'check.tableBlank.filled': (p) => `${TABLE_FULL[p.table]}已填写${p.filled}个数字`,
  'check.tableBlank.empty': (p) => `${TABLE_FULL[p.table]}全部空白，未填写任何数字`,
  'check.regulationsAuthority.noAgency': () => '未识别报告机关，未核对规章数字',
  'check.regulationsAuthority.ok': (p) => `${p.agency}的规章数字无异常`,
  'check.regulationsAuthority.noPower': (p) => `${p.agency}无权制定规章，但规章一栏填有${p.actual}`,
  'check.prose.agrees': (p) => `${PROSE_NAMES[p.kind]}（${p.figure}）与表格一致`,
  'check.prose.differs': (p) => `${PROSE_NAMES[p.kind]}（${p.figure}）与表格（${p.expected}）不符`,
  'check.problemsEmpty.empty': () => '第五部分（存在的主要问题及改进情况）没有写任何问题或改进情况',
  'check.problemsEmpty.written': () => '第五部分写有问题及改进情况',
  'check.sectionOrder.repeated': (p) => `第${p.n}部分重复出现（同一部分印了两次，或有两套编号）`,
  'check.sectionOrder.outOfOrder': (p) => `第${p.n}部分排在第${p.after}部分之后，编号顺序不对`,
  'check.sectionOrder.inOrder': () => '各部分编号依次排列',
  'check.fees.contradiction': (p) => `正文一处说未收取费用，另一处又说收取了信息处理费${yuan(p.amount)}`,
  'check.fees.consistent': () => '正文关于信息处理费的说法前后一致',
  'check.feesTable.noneButTable': (p) =>
    `正文说未收取任何费用，但表二“行政事业性收费”填有${p.value}${p.unit}（行政事业性收费不是信息处理费；如只指信息处理费，宜写明）`,
  'check.feesTable.chargedButZero': (p) => `正文说收取了行政事业性收费${yuan(p.amount)}，但表二“行政事业性收费”本年收费金额为0`,
  'check.feesTable.consistent': () => '正文关于收费的说法与表二一致',
  'check.feesApplications.noApplications': (p) => `正文说收取了信息处理费${yuan(p.amount)}，但表三本年新收和上年结转的申请都是0`,
  'check.feesApplications.consistent': (p) => `正文所述收取信息处理费与表三的申请数（${p.applications}）不矛盾`,
};

const CARRY_WHAT = (c: string) => `上年“四、结转下年度继续办理”与本年“二、上年结转”（${c}）`;
const IN_FORCE_WHAT = (r: string) => `上年现行有效件数 + 本年制发 − 本年废止 与本年现行有效件数（${r}）`;
const ITEM_COUNT_WHAT = (r: string) => `上年“上一年项目数量”+“本年增/减”与本年“上一年项目数量”（${r}）`;

type LinkP = { from: number; to: number; expected: number | null; actual: number | null };
const holds = (what: string, p: LinkP) => `${what}：${p.from}年（${p.expected}）与${p.to}年（${p.actual}）相符`;
const differs = (what: string, p: LinkP) => `${what}：${p.from}年（${p.expected}）与${p.to}年（${p.actual}）不符`;
const linkUncertain = (what: string, p: LinkP) => `${differs(what, p)}，但有单元格空白，无法判定`;
const noTable = (what: string, p: { from: number; to: number }) => `${what}：${p.from}年或${p.to}年报告缺少所需表格，未核对`;
const blank = (what: string) => `${what}：所需单元格均空白，未核对`;

export const zhChainWording: Wording<ChainParams> = {
  'chain.carryOver.holds': (p) => holds(CARRY_WHAT(p.col), p),
  'chain.carryOver.differs': (p) => differs(CARRY_WHAT(p.col), p),
  'chain.carryOver.uncertain': (p) => linkUncertain(CARRY_WHAT(p.col), p),
  'chain.carryOver.noTable': (p) => noTable(CARRY_WHAT(p.col), p),
  'chain.carryOver.blank': (p) => blank(CARRY_WHAT(p.col)),
  'chain.inForce.holds': (p) => holds(IN_FORCE_WHAT(p.row), p),
  'chain.inForce.differs': (p) => differs(IN_FORCE_WHAT(p.row), p),
  'chain.inForce.uncertain': (p) => linkUncertain(IN_FORCE_WHAT(p.row), p),
  'chain.inForce.noTable': (p) => noTable(IN_FORCE_WHAT(p.row), p),
  'chain.inForce.blank': (p) => blank(IN_FORCE_WHAT(p.row)),
  'chain.itemCount.holds': (p) => holds(ITEM_COUNT_WHAT(p.row), p),
  'chain.itemCount.differs': (p) => differs(ITEM_COUNT_WHAT(p.row), p),
  'chain.itemCount.uncertain': (p) => linkUncertain(ITEM_COUNT_WHAT(p.row), p),
  'chain.itemCount.noTable': (p) => noTable(ITEM_COUNT_WHAT(p.row), p),
  'chain.itemCount.blank': (p) => blank(ITEM_COUNT_WHAT(p.row)),
  'chain.missingYear': (p) => `缺少${p.year}年度报告`,
  'chain.duplicateYear': (p) => `${p.files.length}份报告均为${p.year}年度：${p.files.join('、')}`,
};
