// Row and column keys of the three standard tables (report-json.md "Keys"), per format, with
// the short Chinese names the check messages use. Shared by the checks and the test generator.
import { APPLICATION_COLS as COLS, APPLICATION_ROWS, PROACTIVE_ROWS, REVIEW_COLS as RCOLS, REVIEW_ROWS as RROWS, resultRowKeys } from '../tables/templates';

export type TableFormat = '2019' | '2021';

// The keys themselves are defined once, with the labels the extractor looks for, in
// tables/templates.ts; this module gives them the shapes the checks and the generator use.
export const APPLICATION_COLS = COLS;
export const APPLICANT_COLS = COLS.filter((c) => c !== 'total') as readonly Exclude<(typeof COLS)[number], 'total'>[];

/** 办理结果 rows (一)…(六) with every sub-row, without (七)总计 */
export function resultRows(format: TableFormat): string[] {
  return resultRowKeys(format);
}

export function applicationRows(format: TableFormat): string[] {
  return APPLICATION_ROWS[format].map((r) => r.key);
}

export const REVIEW_ROWS = RROWS;
export const REVIEW_COLS = RCOLS;
export const REVIEW_PARTS = RCOLS.filter((c) => c !== 'total') as readonly Exclude<(typeof RCOLS)[number], 'total'>[];

/** proactive rows and their columns, per format */
export function proactiveLayout(format: TableFormat): [string, string[]][] {
  return PROACTIVE_ROWS[format].map((r) => [r.key, r.cols]);
}

export const COL_NAMES: Record<string, string> = {
  naturalPerson: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  publicInterest: '社会公益组织',
  legal: '法律服务机构',
  otherOrg: '其他法人或其他组织',
  total: '总计',
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
};

export const ROW_NAMES: Record<string, string> = {
  newReceived: '一、本年新收申请',
  carriedOver: '二、上年结转申请',
  granted: '（一）予以公开',
  partiallyGranted: '（二）部分公开',
  deniedStateSecret: '（三）1.属于国家秘密',
  deniedProhibitedByLaw: '（三）2.其他法律行政法规禁止公开',
  deniedSecurityStability: '（三）3.危及“三安全一稳定”',
  deniedThirdPartyRights: '（三）4.保护第三方合法权益',
  deniedInternalAffairs: '（三）5.属于三类内部事务信息',
  deniedProcessInfo: '（三）6.属于四类过程性信息',
  deniedEnforcementFiles: '（三）7.属于行政执法案卷',
  deniedQueryMatters: '（三）8.属于行政查询事项',
  unavailableNotHeld: '（四）1.本机关不掌握相关政府信息',
  unavailableNeedsCreation: '（四）2.没有现成信息需要另行制作',
  unavailableUnclear: '（四）3.补正后申请内容仍不明确',
  rejectedComplaint: '（五）1.信访举报投诉类申请',
  rejectedRepeated: '（五）2.重复申请',
  rejectedPublication: '（五）3.要求提供公开出版物',
  rejectedExcessive: '（五）4.无正当理由大量反复申请',
  rejectedConfirmation: '（五）5.要求行政机关确认或重新出具已获取信息',
  otherHandling: '（六）其他处理',
  otherOverdueCorrection: '（六）1.逾期不补正',
  otherUnpaidFee: '（六）2.逾期未缴纳费用',
  otherOther: '（六）3.其他',
  resultsTotal: '（七）总计',
  carriedForward: '四、结转下年度继续办理',
  review: '行政复议',
  litigationDirect: '行政诉讼（未经复议直接起诉）',
  litigationAfterReview: '行政诉讼（复议后起诉）',
};
