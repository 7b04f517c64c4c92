// The rows and columns of the three standard tables, per template (keys from report-json.md),
// with the labels to look for in the folded (simplified, half-width) text.

export interface RowSpec {
  key: string;
  /** the label as printed, without its numbering */
  label: string;
  /** other printed forms */
  alt?: string[];
  /** numbering printed before the label: '一' (一、), '(一)', '1' (1. / 1、) */
  num?: string;
  /** printed after the label and part of it, e.g. the parenthesis of (二)部分公开 */
  tail?: string;
}

export const APPLICATION_COLS = [
  'naturalPerson',
  'commercial',
  'research',
  'publicInterest',
  'legal',
  'otherOrg',
  'total',
] as const;

const APP_HEAD: RowSpec[] = [
  { key: 'newReceived', label: '本年新收政府信息公开申请数量', num: '一' },
  { key: 'carriedOver', label: '上年结转政府信息公开申请数量', num: '二' },
  { key: 'granted', label: '予以公开', num: '(一)' },
  { key: 'partiallyGranted', label: '部分公开', num: '(二)', tail: '(区分处理的,只计这一情形,不计其他情形)' },
  { key: 'deniedStateSecret', label: '属于国家秘密', num: '1' },
  { key: 'deniedProhibitedByLaw', label: '其他法律行政法规禁止公开', num: '2' },
  { key: 'deniedSecurityStability', label: '危及三安全一稳定', num: '3' },
  { key: 'deniedThirdPartyRights', label: '保护第三方合法权益', num: '4' },
  { key: 'deniedInternalAffairs', label: '属于三类内部事务信息', num: '5' },
  { key: 'deniedProcessInfo', label: '属于四类过程性信息', num: '6' },
  { key: 'deniedEnforcementFiles', label: '属于行政执法案卷', num: '7' },
  { key: 'deniedQueryMatters', label: '属于行政查询事项', num: '8' },
  { key: 'unavailableNotHeld', label: '本机关不掌握相关政府信息', num: '1' },
  { key: 'unavailableNeedsCreation', label: '没有现成信息需要另行制作', alt: ['没有现成信息需要另外制作'], num: '2' },
  { key: 'unavailableUnclear', label: '补正后申请内容仍不明确', num: '3' },
  { key: 'rejectedComplaint', label: '信访举报投诉类申请', num: '1' },
  { key: 'rejectedRepeated', label: '重复申请', num: '2' },
  { key: 'rejectedPublication', label: '要求提供公开出版物', num: '3' },
  { key: 'rejectedExcessive', label: '无正当理由大量反复申请', num: '4' },
  { key: 'rejectedConfirmation', label: '要求行政机关确认或重新出具已获取信息', num: '5' },
];

const APP_TAIL: RowSpec[] = [
  { key: 'resultsTotal', label: '总计', num: '(七)' },
  { key: 'carriedForward', label: '结转下年度继续办理', num: '四' },
];

export const APPLICATION_ROWS: Record<'2019' | '2021', RowSpec[]> = {
  '2019': [...APP_HEAD, { key: 'otherHandling', label: '其他处理', num: '(六)' }, ...APP_TAIL],
  '2021': [
    ...APP_HEAD,
    {
      key: 'otherOverdueCorrection',
      label: '申请人无正当理由逾期不补正',
      tail: '行政机关不再处理其政府信息公开申请',
      num: '1',
    },
    {
      key: 'otherUnpaidFee',
      label: '申请人逾期未按收费通知要求缴纳费用',
      tail: '行政机关不再处理其政府信息公开申请',
      num: '2',
    },
    { key: 'otherOther', label: '其他', num: '3' },
    ...APP_TAIL,
  ],
};

/** Rows whose sum is (七)总计, per column. */
export function resultRowKeys(format: '2019' | '2021'): string[] {
  const rows = APPLICATION_ROWS[format];
  const a = rows.findIndex((r) => r.key === 'granted');
  const b = rows.findIndex((r) => r.key === 'resultsTotal');
  return rows.slice(a, b).map((r) => r.key);
}

export const REVIEW_ROWS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
export const REVIEW_COLS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export const REVIEW_COL_LABELS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

export interface ProactiveRowSpec extends RowSpec {
  cols: string[];
  /** columns in 万元 (a figure printed in 元 is converted) */
  wan?: string[];
}

export const PROACTIVE_ROWS: Record<'2019' | '2021', ProactiveRowSpec[]> = {
  '2019': [
    { key: 'regulations', label: '规章', cols: ['made', 'published', 'total'] },
    { key: 'normativeDocuments', label: '规范性文件', cols: ['made', 'published', 'total'] },
    { key: 'licensing', label: '行政许可', cols: ['previousCount', 'change', 'decisions'] },
    { key: 'otherServices', label: '其他对外管理服务事项', cols: ['previousCount', 'change', 'decisions'] },
    { key: 'penalties', label: '行政处罚', cols: ['previousCount', 'change', 'decisions'] },
    { key: 'enforcement', label: '行政强制', cols: ['previousCount', 'change', 'decisions'] },
    { key: 'fees', label: '行政事业性收费', cols: ['previousCount', 'change'] },
    { key: 'procurement', label: '政府集中采购', cols: ['projects', 'amount'], wan: ['amount'] },
  ],
  '2021': [
    { key: 'regulations', label: '规章', cols: ['issued', 'repealed', 'inForce'] },
    { key: 'normativeDocuments', label: '规范性文件', alt: ['行政规范性文件'], cols: ['issued', 'repealed', 'inForce'] },
    { key: 'licensing', label: '行政许可', cols: ['decisions'] },
    { key: 'penalties', label: '行政处罚', cols: ['decisions'] },
    { key: 'enforcement', label: '行政强制', cols: ['decisions'] },
    { key: 'fees', label: '行政事业性收费', cols: ['amount'], wan: ['amount'] },
  ],
};

/** Column headers that only one template prints. */
export const PROACTIVE_FORMAT_MARKS: Record<'2019' | '2021', string[]> = {
  '2019': ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '采购项目数量'],
  '2021': ['本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额'],
};

export const APPLICATION_2021_MARKS = ['逾期不补正', '逾期未按收费通知'];
