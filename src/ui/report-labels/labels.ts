// The printed layout of the three standard tables: row and column keys of the contract
// (report-json.md) with the Chinese labels of the template, grouped as the template prints
// them. Shared by the inspector views (tables pane, issues, CSV, highlights) so that a cell
// is named the same way everywhere.
import type { GarbleKind, ReportDocument, Table, TableKey } from '../../core/types';
import type { Lang } from '../i18n/lang';
import { translate, type PlainKey } from '../i18n/i18n';

export type TableFormat = '2019' | '2021';

/** A column: its key and label, under its printed header groups (outermost first). */
export interface ColSpec {
  key: string;
  label: string;
  groups: string[];
}

/** A row: its key and its printed label path (outermost group first, own label last). */
export interface RowSpec {
  key: string;
  path: string[];
}

/** One printed grid: table 三 and 四 are one block each, table 二 is one block per 第二十条 item. */
export interface BlockLayout {
  id: string;
  title: string | null;
  /** text of the merged top-left cell over the row labels */
  corner: string;
  cols: ColSpec[];
  rows: RowSpec[];
}

export interface TableLayout {
  key: TableKey;
  title: string;
  blocks: BlockLayout[];
}

export const TABLE_TITLES: Record<TableKey, string> = {
  proactive: '二、主动公开政府信息情况',
  applications: '三、收到和处理政府信息公开申请情况',
  reviewLitigation: '四、政府信息公开行政复议、行政诉讼情况',
};

export const TABLE_KEYS: TableKey[] = ['proactive', 'applications', 'reviewLitigation'];

const APPLICANT = '申请人情况';
const ORG = '法人或其他组织';
const APP_COLS: ColSpec[] = [
  { key: 'naturalPerson', label: '自然人', groups: [APPLICANT] },
  { key: 'commercial', label: '商业企业', groups: [APPLICANT, ORG] },
  { key: 'research', label: '科研机构', groups: [APPLICANT, ORG] },
  { key: 'publicInterest', label: '社会公益组织', groups: [APPLICANT, ORG] },
  { key: 'legal', label: '法律服务机构', groups: [APPLICANT, ORG] },
  { key: 'otherOrg', label: '其他', groups: [APPLICANT, ORG] },
  { key: 'total', label: '总计', groups: [APPLICANT] },
];

const RESULTS = '三、本年度办理结果';
const DENIED = '（三）不予公开';
const UNAVAILABLE = '（四）无法提供';
const REJECTED = '（五）不予处理';
const OTHER = '（六）其他处理';

function appRows(format: TableFormat): RowSpec[] {
  const other: RowSpec[] =
    format === '2019'
      ? [{ key: 'otherHandling', path: [RESULTS, OTHER] }]
      : [
          { key: 'otherOverdueCorrection', path: [RESULTS, OTHER, '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'] },
          { key: 'otherUnpaidFee', path: [RESULTS, OTHER, '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'] },
          { key: 'otherOther', path: [RESULTS, OTHER, '3.其他'] },
        ];
  return [
    { key: 'newReceived', path: ['一、本年新收政府信息公开申请数量'] },
    { key: 'carriedOver', path: ['二、上年结转政府信息公开申请数量'] },
    { key: 'granted', path: [RESULTS, '（一）予以公开'] },
    { key: 'partiallyGranted', path: [RESULTS, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'] },
    { key: 'deniedStateSecret', path: [RESULTS, DENIED, '1.属于国家秘密'] },
    { key: 'deniedProhibitedByLaw', path: [RESULTS, DENIED, '2.其他法律行政法规禁止公开'] },
    { key: 'deniedSecurityStability', path: [RESULTS, DENIED, '3.危及“三安全一稳定”'] },
    { key: 'deniedThirdPartyRights', path: [RESULTS, DENIED, '4.保护第三方合法权益'] },
    { key: 'deniedInternalAffairs', path: [RESULTS, DENIED, '5.属于三类内部事务信息'] },
    { key: 'deniedProcessInfo', path: [RESULTS, DENIED, '6.属于四类过程性信息'] },
    { key: 'deniedEnforcementFiles', path: [RESULTS, DENIED, '7.属于行政执法案卷'] },
    { key: 'deniedQueryMatters', path: [RESULTS, DENIED, '8.属于行政查询事项'] },
    { key: 'unavailableNotHeld', path: [RESULTS, UNAVAILABLE, '1.本机关不掌握相关政府信息'] },
    { key: 'unavailableNeedsCreation', path: [RESULTS, UNAVAILABLE, '2.没有现成信息需要另行制作'] },
    { key: 'unavailableUnclear', path: [RESULTS, UNAVAILABLE, '3.补正后申请内容仍不明确'] },
    { key: 'rejectedComplaint', path: [RESULTS, REJECTED, '1.信访举报投诉类申请'] },
    { key: 'rejectedRepeated', path: [RESULTS, REJECTED, '2.重复申请'] },
    { key: 'rejectedPublication', path: [RESULTS, REJECTED, '3.要求提供公开出版物'] },
    { key: 'rejectedExcessive', path: [RESULTS, REJECTED, '4.无正当理由大量反复申请'] },
    { key: 'rejectedConfirmation', path: [RESULTS, REJECTED, '5.要求行政机关确认或重新出具已获取信息'] },
    ...other,
    { key: 'resultsTotal', path: [RESULTS, '（七）总计'] },
    { key: 'carriedForward', path: ['四、结转下年度继续办理'] },
  ];
}

const REVIEW_COLS: ColSpec[] = [
  { key: 'upheld', label: '结果维持', groups: [] },
  { key: 'corrected', label: '结果纠正', groups: [] },
  { key: 'other', label: '其他结果', groups: [] },
  { key: 'pending', label: '尚未审结', groups: [] },
  { key: 'total', label: '总计', groups: [] },
];

const REVIEW_ROWS: RowSpec[] = [
  { key: 'review', path: ['行政复议'] },
  { key: 'litigationDirect', path: ['行政诉讼', '未经复议直接起诉'] },
  { key: 'litigationAfterReview', path: ['行政诉讼', '复议后起诉'] },
];

const col = (key: string, label: string): ColSpec => ({ key, label, groups: [] });
const row = (key: string, label: string): RowSpec => ({ key, path: [label] });
const block = (id: string, title: string, cols: ColSpec[], rows: RowSpec[]): BlockLayout => ({
  id,
  title,
  corner: '信息内容',
  cols,
  rows,
});

function proactiveBlocks(format: TableFormat): BlockLayout[] {
  if (format === '2021') {
    const decisions = [col('decisions', '本年处理决定数量')];
    return [
      block('p1', '第二十条第（一）项', [col('issued', '本年制发件数'), col('repealed', '本年废止件数'), col('inForce', '现行有效件数')], [
        row('regulations', '规章'),
        row('normativeDocuments', '行政规范性文件'),
      ]),
      block('p5', '第二十条第（五）项', decisions, [row('licensing', '行政许可')]),
      block('p6', '第二十条第（六）项', decisions, [row('penalties', '行政处罚'), row('enforcement', '行政强制')]),
      block('p8', '第二十条第（八）项', [col('amount', '本年收费金额（单位：万元）')], [row('fees', '行政事业性收费')]),
    ];
  }
  const items = [col('previousCount', '上一年项目数量'), col('change', '本年增/减'), col('decisions', '处理决定数量')];
  return [
    block('p1', '第二十条第（一）项', [col('made', '本年新制作数量'), col('published', '本年新公开数量'), col('total', '对外公开总数量')], [
      row('regulations', '规章'),
      row('normativeDocuments', '规范性文件'),
    ]),
    block('p5', '第二十条第（五）项', items, [row('licensing', '行政许可'), row('otherServices', '其他对外管理服务事项')]),
    block('p6', '第二十条第（六）项', items, [row('penalties', '行政处罚'), row('enforcement', '行政强制')]),
    block('p8', '第二十条第（八）项', items.slice(0, 2), [row('fees', '行政事业性收费')]),
    block('p9', '第二十条第（九）项', [col('projects', '采购项目数量'), col('amount', '采购总金额（万元）')], [row('procurement', '政府集中采购')]),
  ];
}

const FORMAT_2021_MARKERS = ['otherOverdueCorrection', 'otherUnpaidFee', 'otherOther', 'issued', 'repealed', 'inForce'];
const FORMAT_2019_MARKERS = ['otherHandling', 'otherServices', 'procurement', 'made', 'previousCount'];

/** The template a table follows: its own keys decide, then the document's format, then 2019. */
export function tableFormat(table: Table | null, docFormat?: string): TableFormat {
  if (table) {
    const keys = new Set<string>(Object.keys(table.rows));
    for (const r of Object.values(table.rows)) for (const c of Object.keys(r ?? {})) keys.add(c);
    if (FORMAT_2021_MARKERS.some((k) => keys.has(k))) return '2021';
    if (FORMAT_2019_MARKERS.some((k) => keys.has(k))) return '2019';
  }
  return docFormat === '2021' ? '2021' : '2019';
}

export function layoutFor(key: TableKey, format: TableFormat): TableLayout {
  const title = TABLE_TITLES[key];
  if (key === 'applications') {
    return {
      key,
      title,
      blocks: [{ id: 'a', title: null, corner: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', cols: APP_COLS, rows: appRows(format) }],
    };
  }
  if (key === 'reviewLitigation') {
    return { key, title, blocks: [{ id: 'r', title: null, corner: '案件类型', cols: REVIEW_COLS, rows: REVIEW_ROWS }] };
  }
  return { key, title, blocks: proactiveBlocks(format) };
}

export function docLayout(doc: ReportDocument, key: TableKey): TableLayout {
  return layoutFor(key, tableFormat(doc.tables[key], doc.meta.format));
}

/** A row's label without the outer 三、本年度办理结果 (short enough for a list). */
export function rowLabel(layout: TableLayout, rowKey: string): string {
  for (const b of layout.blocks) {
    const r = b.rows.find((x) => x.key === rowKey);
    if (!r) continue;
    const path = r.path[0] === RESULTS ? r.path.slice(1) : r.path;
    const own = path.join(path.length > 1 && /^[（(]/.test(path[0]) ? ' ' : ' · ');
    return layout.key === 'proactive' && b.title ? `${b.title} ${own}` : own;
  }
  return rowKey;
}

/** A row's full printed label path joined (for CSV). */
export function rowFullLabel(layout: TableLayout, rowKey: string): string {
  for (const b of layout.blocks) {
    const r = b.rows.find((x) => x.key === rowKey);
    if (r) return r.path.join(' ');
  }
  return rowKey;
}

export function colLabel(layout: TableLayout, colKey: string, rowKey?: string): string {
  for (const b of layout.blocks) {
    if (rowKey && !b.rows.some((r) => r.key === rowKey)) continue;
    const c = b.cols.find((x) => x.key === colKey);
    if (c) return c.groups.includes(ORG) ? `${ORG}·${c.label}` : c.label;
  }
  return colKey;
}

/** "（三）不予公开 1.属于国家秘密 · 自然人" — how the views name one cell. */
export function cellLabel(layout: TableLayout, rowKey: string, colKey: string): string {
  return `${rowLabel(layout, rowKey)} · ${colLabel(layout, colKey, rowKey)}`;
}

/** The table a check belongs to: the first part of its id, when it names a table. */
export function checkTable(id: string): TableKey | null {
  const head = id.split('.')[0];
  return (TABLE_KEYS as string[]).includes(head) ? (head as TableKey) : null;
}

export type CheckFamily = 'rowTotal' | 'resultsTotal' | 'balance' | 'reviewTotal' | 'other';

/** The rule family of a check id (the contract's four families, everything else 'other'). */
export function checkFamily(id: string): CheckFamily {
  if (id.startsWith('applications.rowTotal.')) return 'rowTotal';
  if (id.startsWith('applications.resultsTotal.')) return 'resultsTotal';
  if (id.startsWith('applications.balance.')) return 'balance';
  if (id.startsWith('reviewLitigation.total.')) return 'reviewTotal';
  return 'other';
}

/** A family's name in the UI language (the words live in the shared i18n tables). */
export const familyLabel = (f: CheckFamily, lang: Lang) => translate(lang, `family_${f}`);

export const GARBLE_KINDS: GarbleKind[] = ['injected', 'mojibake', 'replacement', 'invisible', 'markup'];

export const garbleLabel = (k: GarbleKind, lang: Lang) => translate(lang, `garble_${k}`);

/** A garble's text made visible: invisible and replacement characters as ⟨U+XXXX⟩. */
export function showGarbleText(text: string): string {
  return text.replace(/[^\p{L}\p{N}\p{P}\p{S} ]|\uFFFD/gu, (ch) => `⟨U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`);
}

const NOTE_KINDS = new Set(['ambiguous-split', 'missing-row', 'duplicate-table', 'unreadable-row']);
export const noteLabel = (k: string, lang: Lang) => translate(lang, NOTE_KINDS.has(k) ? (`note_${k}` as PlainKey) : 'note_other');
