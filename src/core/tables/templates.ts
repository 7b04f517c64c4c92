// The three standard tables as the templates print them (keys from report-json.md), per
// template: every row and column key with its printed label and the headings above it, the
// printed blocks (table 二 is one block per 第二十条 item), and the labels the extractor looks
// for in the folded (simplified, half-width) text. The one definition of keys and printed
// labels: the extractor, the checks, the test generator and the UI all build on it.
import type { Table, TableKey } from '../types';

export type TableFormat = '2019' | '2021';

export const TABLE_KEYS: TableKey[] = ['proactive', 'applications', 'reviewLitigation'];

/** The tables' printed titles. */
export const TABLE_TITLES: Record<TableKey, string> = {
  proactive: '二、主动公开政府信息情况',
  applications: '三、收到和处理政府信息公开申请情况',
  reviewLitigation: '四、政府信息公开行政复议、行政诉讼情况',
};

/** A printed column: its key, its label, the header groups above it (outermost first). */
export interface ColSpec {
  key: string;
  label: string;
  groups: string[];
  /** the name check messages use, when not the label */
  short?: string;
  /** proactive: a figure in 万元 (one printed in 元 is converted) */
  wan?: boolean;
}

export interface RowSpec {
  key: string;
  /** the row's own label as printed, numbering included */
  printed: string;
  /** printed headings above the row, outermost first */
  groups?: string[];
  /** the name check messages use, when not the sub-heading's numbering with `printed` */
  short?: string;
  /** the label to look for (folded), without its numbering */
  label: string;
  /** other printed forms to look for */
  alt?: string[];
  /** numbering printed before the label: '一' (一、), '(一)', '1' (1. / 1、) */
  num?: string;
  /** printed after the label and part of it, e.g. the parenthesis of (二)部分公开 */
  tail?: string;
}

/** One printed grid: its rows share its columns. */
export interface BlockSpec<R extends RowSpec = RowSpec> {
  id: string;
  title: string | null;
  /** text of the merged top-left cell over the row labels */
  corner: string;
  cols: ColSpec[];
  rows: R[];
}

export interface TableTemplate {
  key: TableKey;
  title: string;
  blocks: BlockSpec[];
}

// ---- 三、收到和处理政府信息公开申请情况

export const APPLICANT_GROUP = '申请人情况';
export const ORG_GROUP = '法人或其他组织';

export const APPLICATION_COLS = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legal', 'otherOrg', 'total'] as const;

const APPLICATION_COL_PRINTED: Record<(typeof APPLICATION_COLS)[number], Omit<ColSpec, 'key'>> = {
  naturalPerson: { label: '自然人', groups: [APPLICANT_GROUP] },
  commercial: { label: '商业企业', groups: [APPLICANT_GROUP, ORG_GROUP] },
  research: { label: '科研机构', groups: [APPLICANT_GROUP, ORG_GROUP] },
  publicInterest: { label: '社会公益组织', groups: [APPLICANT_GROUP, ORG_GROUP] },
  legal: { label: '法律服务机构', groups: [APPLICANT_GROUP, ORG_GROUP] },
  otherOrg: { label: '其他', groups: [APPLICANT_GROUP, ORG_GROUP], short: '其他法人或其他组织' },
  total: { label: '总计', groups: [APPLICANT_GROUP] },
};

export const APPLICATION_COL_SPECS: ColSpec[] = APPLICATION_COLS.map((key) => ({ key, ...APPLICATION_COL_PRINTED[key] }));

/** The heading over the outcome rows (一)…(七). */
export const RESULTS_GROUP = '三、本年度办理结果';
const DENIED = [RESULTS_GROUP, '（三）不予公开'];
const UNAVAILABLE = [RESULTS_GROUP, '（四）无法提供'];
const REJECTED = [RESULTS_GROUP, '（五）不予处理'];
const OTHER = [RESULTS_GROUP, '（六）其他处理'];

const APP_HEAD: RowSpec[] = [
  { key: 'newReceived', printed: '一、本年新收政府信息公开申请数量', short: '一、本年新收申请', label: '本年新收政府信息公开申请数量', num: '一' },
  { key: 'carriedOver', printed: '二、上年结转政府信息公开申请数量', short: '二、上年结转申请', label: '上年结转政府信息公开申请数量', num: '二' },
  { key: 'granted', printed: '（一）予以公开', groups: [RESULTS_GROUP], label: '予以公开', num: '(一)' },
  {
    key: 'partiallyGranted',
    printed: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    groups: [RESULTS_GROUP],
    short: '（二）部分公开',
    label: '部分公开',
    num: '(二)',
    tail: '(区分处理的,只计这一情形,不计其他情形)',
  },
  { key: 'deniedStateSecret', printed: '1.属于国家秘密', groups: DENIED, label: '属于国家秘密', num: '1' },
  { key: 'deniedProhibitedByLaw', printed: '2.其他法律行政法规禁止公开', groups: DENIED, label: '其他法律行政法规禁止公开', num: '2' },
  { key: 'deniedSecurityStability', printed: '3.危及“三安全一稳定”', groups: DENIED, label: '危及三安全一稳定', num: '3' },
  { key: 'deniedThirdPartyRights', printed: '4.保护第三方合法权益', groups: DENIED, label: '保护第三方合法权益', num: '4' },
  { key: 'deniedInternalAffairs', printed: '5.属于三类内部事务信息', groups: DENIED, label: '属于三类内部事务信息', num: '5' },
  { key: 'deniedProcessInfo', printed: '6.属于四类过程性信息', groups: DENIED, label: '属于四类过程性信息', num: '6' },
  { key: 'deniedEnforcementFiles', printed: '7.属于行政执法案卷', groups: DENIED, label: '属于行政执法案卷', num: '7' },
  { key: 'deniedQueryMatters', printed: '8.属于行政查询事项', groups: DENIED, label: '属于行政查询事项', num: '8' },
  { key: 'unavailableNotHeld', printed: '1.本机关不掌握相关政府信息', groups: UNAVAILABLE, label: '本机关不掌握相关政府信息', num: '1' },
  {
    key: 'unavailableNeedsCreation',
    printed: '2.没有现成信息需要另行制作',
    groups: UNAVAILABLE,
    label: '没有现成信息需要另行制作',
    alt: ['没有现成信息需要另外制作'],
    num: '2',
  },
  { key: 'unavailableUnclear', printed: '3.补正后申请内容仍不明确', groups: UNAVAILABLE, label: '补正后申请内容仍不明确', num: '3' },
  { key: 'rejectedComplaint', printed: '1.信访举报投诉类申请', groups: REJECTED, label: '信访举报投诉类申请', num: '1' },
  { key: 'rejectedRepeated', printed: '2.重复申请', groups: REJECTED, label: '重复申请', num: '2' },
  { key: 'rejectedPublication', printed: '3.要求提供公开出版物', groups: REJECTED, label: '要求提供公开出版物', num: '3' },
  { key: 'rejectedExcessive', printed: '4.无正当理由大量反复申请', groups: REJECTED, label: '无正当理由大量反复申请', num: '4' },
  {
    key: 'rejectedConfirmation',
    printed: '5.要求行政机关确认或重新出具已获取信息',
    groups: REJECTED,
    label: '要求行政机关确认或重新出具已获取信息',
    num: '5',
  },
];

const APP_TAIL: RowSpec[] = [
  { key: 'resultsTotal', printed: '（七）总计', groups: [RESULTS_GROUP], label: '总计', num: '(七)' },
  { key: 'carriedForward', printed: '四、结转下年度继续办理', label: '结转下年度继续办理', num: '四' },
];

export const APPLICATION_ROWS: Record<TableFormat, RowSpec[]> = {
  '2019': [...APP_HEAD, { key: 'otherHandling', printed: '（六）其他处理', groups: [RESULTS_GROUP], label: '其他处理', num: '(六)' }, ...APP_TAIL],
  '2021': [
    ...APP_HEAD,
    {
      key: 'otherOverdueCorrection',
      printed: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      groups: OTHER,
      short: '（六）1.逾期不补正',
      label: '申请人无正当理由逾期不补正',
      tail: '行政机关不再处理其政府信息公开申请',
      num: '1',
    },
    {
      key: 'otherUnpaidFee',
      printed: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      groups: OTHER,
      short: '（六）2.逾期未缴纳费用',
      label: '申请人逾期未按收费通知要求缴纳费用',
      tail: '行政机关不再处理其政府信息公开申请',
      num: '2',
    },
    { key: 'otherOther', printed: '3.其他', groups: OTHER, label: '其他', num: '3' },
    ...APP_TAIL,
  ],
};

/** Rows whose sum is (七)总计, per column. */
export function resultRowKeys(format: TableFormat): string[] {
  const rows = APPLICATION_ROWS[format];
  const a = rows.findIndex((r) => r.key === 'granted');
  const b = rows.findIndex((r) => r.key === 'resultsTotal');
  return rows.slice(a, b).map((r) => r.key);
}

export const APPLICATION_2021_MARKS = ['逾期不补正', '逾期未按收费通知'];

// ---- 四、政府信息公开行政复议、行政诉讼情况

export const REVIEW_ROWS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
export const REVIEW_COLS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;

const REVIEW_ROW_PRINTED: Record<(typeof REVIEW_ROWS)[number], Pick<RowSpec, 'printed' | 'groups' | 'short'>> = {
  review: { printed: '行政复议' },
  litigationDirect: { printed: '未经复议直接起诉', groups: ['行政诉讼'], short: '行政诉讼（未经复议直接起诉）' },
  litigationAfterReview: { printed: '复议后起诉', groups: ['行政诉讼'], short: '行政诉讼（复议后起诉）' },
};
const REVIEW_COL_PRINTED: Record<(typeof REVIEW_COLS)[number], string> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
};

/** The review table's rows (read by position, not searched for: the label is the printed one). */
export const REVIEW_ROW_SPECS: RowSpec[] = REVIEW_ROWS.map((key) => ({ key, ...REVIEW_ROW_PRINTED[key], label: REVIEW_ROW_PRINTED[key].printed }));
export const REVIEW_COL_SPECS: ColSpec[] = REVIEW_COLS.map((key) => ({ key, label: REVIEW_COL_PRINTED[key], groups: [] }));
export const REVIEW_COL_LABELS = REVIEW_COL_SPECS.map((c) => c.label);

// ---- 二、主动公开政府信息情况

export interface ProactiveRowSpec extends RowSpec {
  cols: string[];
  /** columns in 万元 (a figure printed in 元 is converted) */
  wan?: string[];
}

const col = (key: string, label: string, wan?: true): ColSpec => ({ key, label, groups: [], ...(wan ? { wan } : {}) });
const row = (key: string, printed: string, alt?: string[]): RowSpec => ({ key, printed, label: printed, ...(alt ? { alt } : {}) });
const item = (id: string, title: string, cols: ColSpec[], rows: RowSpec[]): BlockSpec => ({ id, title, corner: '信息内容', cols, rows });

const PROACTIVE_BLOCKS: Record<TableFormat, BlockSpec[]> = (() => {
  const items = [col('previousCount', '上一年项目数量'), col('change', '本年增/减'), col('decisions', '处理决定数量')];
  const decisions = [col('decisions', '本年处理决定数量')];
  return {
    '2019': [
      item('p1', '第二十条第（一）项', [col('made', '本年新制作数量'), col('published', '本年新公开数量'), col('total', '对外公开总数量')], [row('regulations', '规章'), row('normativeDocuments', '规范性文件')]),
      item('p5', '第二十条第（五）项', items, [row('licensing', '行政许可'), row('otherServices', '其他对外管理服务事项')]),
      item('p6', '第二十条第（六）项', items, [row('penalties', '行政处罚'), row('enforcement', '行政强制')]),
      item('p8', '第二十条第（八）项', items.slice(0, 2), [row('fees', '行政事业性收费')]),
      item('p9', '第二十条第（九）项', [col('projects', '采购项目数量'), col('amount', '采购总金额（万元）', true)], [row('procurement', '政府集中采购')]),
    ],
    '2021': [
      item('p1', '第二十条第（一）项', [col('issued', '本年制发件数'), col('repealed', '本年废止件数'), col('inForce', '现行有效件数')], [
        row('regulations', '规章'),
        // printed 行政规范性文件; looked for by the shorter name first, as reports also print it
        { key: 'normativeDocuments', printed: '行政规范性文件', label: '规范性文件', alt: ['行政规范性文件'] },
      ]),
      item('p5', '第二十条第（五）项', decisions, [row('licensing', '行政许可')]),
      item('p6', '第二十条第（六）项', decisions, [row('penalties', '行政处罚'), row('enforcement', '行政强制')]),
      item('p8', '第二十条第（八）项', [col('amount', '本年收费金额（单位：万元）', true)], [row('fees', '行政事业性收费')]),
    ],
  };
})();

/** Proactive rows in printed order, each with its block's columns. */
export const PROACTIVE_ROWS: Record<TableFormat, ProactiveRowSpec[]> = {
  '2019': proactiveRows('2019'),
  '2021': proactiveRows('2021'),
};

function proactiveRows(format: TableFormat): ProactiveRowSpec[] {
  return PROACTIVE_BLOCKS[format].flatMap((b) => {
    const wan = b.cols.filter((c) => c.wan).map((c) => c.key);
    return b.rows.map((r) => ({ ...r, cols: b.cols.map((c) => c.key), ...(wan.length ? { wan } : {}) }));
  });
}

/** Column headers that only one template prints. */
export const PROACTIVE_FORMAT_MARKS: Record<TableFormat, string[]> = {
  '2019': ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '采购项目数量'],
  '2021': ['本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额'],
};

// ---- the templates as printed grids

/** A table's printed grids under one template. */
export function tableTemplate(key: TableKey, format: TableFormat): TableTemplate {
  const title = TABLE_TITLES[key];
  if (key === 'applications') {
    const corner = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
    return { key, title, blocks: [{ id: 'a', title: null, corner, cols: APPLICATION_COL_SPECS, rows: APPLICATION_ROWS[format] }] };
  }
  if (key === 'reviewLitigation') {
    return { key, title, blocks: [{ id: 'r', title: null, corner: '案件类型', cols: REVIEW_COL_SPECS, rows: REVIEW_ROW_SPECS }] };
  }
  return { key, title, blocks: PROACTIVE_BLOCKS[format] };
}

/** A row's printed label path: the headings above it, then its own label. */
export const printedPath = (r: RowSpec): string[] => [...(r.groups ?? []), r.printed];

/** The name check messages give a row: '（三）1.属于国家秘密' (the sub-heading's numbering, then the row). */
export function rowShortName(r: RowSpec): string {
  if (r.short) return r.short;
  const sub = r.groups?.[1]?.match(/^（[一二三四五六七八九十]+）/)?.[0] ?? '';
  return sub + r.printed;
}

export const colShortName = (c: ColSpec): string => c.short ?? c.label;

// Keys only one template has (rows or columns): they tell which template a table follows.
const FORMAT_2021_KEYS = ['otherOverdueCorrection', 'otherUnpaidFee', 'otherOther', 'issued', 'repealed', 'inForce'];
const FORMAT_2019_KEYS = ['otherHandling', 'otherServices', 'procurement', 'made', 'previousCount'];

/** The template a table follows: its own keys decide, then the document's format, then 2019. */
export function tableFormat(table: Table | null, docFormat?: string): TableFormat {
  if (table) {
    const keys = new Set<string>(Object.keys(table.rows));
    for (const r of Object.values(table.rows)) for (const c of Object.keys(r ?? {})) keys.add(c);
    if (FORMAT_2021_KEYS.some((k) => keys.has(k))) return '2021';
    if (FORMAT_2019_KEYS.some((k) => keys.has(k))) return '2019';
  }
  return docFormat === '2021' ? '2021' : '2019';
}
