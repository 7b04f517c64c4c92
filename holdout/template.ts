// The national templates (国办公开办函〔2019〕60号 and 〔2021〕30号) as the held-out generator
// knows them, written from shared/spec/domain.md and report-json.md only.

export type TemplateFormat = '2019' | '2021';

export const APP_COLS = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legal', 'otherOrg', 'total'] as const;
export const APP_ADDENDS = APP_COLS.slice(0, 6);

export const GROUP_RESULTS = '三、本年度办理结果';

export interface AppRow {
  key: string;
  /** label parts from the outermost merged label to the row's own */
  parts: string[];
  /** part of 三、本年度办理结果 (summed into (七)总计) */
  result: boolean;
}

const DENIED = '（三）不予公开';
const UNAVAILABLE = '（四）无法提供';
const REJECTED = '（五）不予处理';
const OTHER = '（六）其他处理';

const row = (key: string, parts: string[], result = true): AppRow => ({ key, parts, result });

export function appRows(format: TemplateFormat): AppRow[] {
  const G = GROUP_RESULTS;
  const rows: AppRow[] = [
    row('newReceived', ['一、本年新收政府信息公开申请数量'], false),
    row('carriedOver', ['二、上年结转政府信息公开申请数量'], false),
    row('granted', [G, '（一）予以公开']),
    row('partiallyGranted', [G, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）']),
    row('deniedStateSecret', [G, DENIED, '1.属于国家秘密']),
    row('deniedProhibitedByLaw', [G, DENIED, '2.其他法律行政法规禁止公开']),
    row('deniedSecurityStability', [G, DENIED, '3.危及“三安全一稳定”']),
    row('deniedThirdPartyRights', [G, DENIED, '4.保护第三方合法权益']),
    row('deniedInternalAffairs', [G, DENIED, '5.属于三类内部事务信息']),
    row('deniedProcessInfo', [G, DENIED, '6.属于四类过程性信息']),
    row('deniedEnforcementFiles', [G, DENIED, '7.属于行政执法案卷']),
    row('deniedQueryMatters', [G, DENIED, '8.属于行政查询事项']),
    row('unavailableNotHeld', [G, UNAVAILABLE, '1.本机关不掌握相关政府信息']),
    row('unavailableNeedsCreation', [G, UNAVAILABLE, '2.没有现成信息需要另行制作']),
    row('unavailableUnclear', [G, UNAVAILABLE, '3.补正后申请内容仍不明确']),
    row('rejectedComplaint', [G, REJECTED, '1.信访举报投诉类申请']),
    row('rejectedRepeated', [G, REJECTED, '2.重复申请']),
    row('rejectedPublication', [G, REJECTED, '3.要求提供公开出版物']),
    row('rejectedExcessive', [G, REJECTED, '4.无正当理由大量反复申请']),
    row('rejectedConfirmation', [G, REJECTED, '5.要求行政机关确认或重新出具已获取信息']),
  ];
  if (format === '2019') rows.push(row('otherHandling', [G, OTHER]));
  else {
    rows.push(
      row('otherOverdueCorrection', [G, OTHER, '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请']),
      row('otherUnpaidFee', [G, OTHER, '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请']),
      row('otherOther', [G, OTHER, '3.其他']),
    );
  }
  rows.push(row('resultsTotal', [G, '（七）总计'], false), row('carriedForward', ['四、结转下年度继续办理'], false));
  return rows;
}

export const APP_RULE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
export const APP_COL_LABELS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];

export const RL_ROWS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
export const RL_COLS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export const RL_COL_LABELS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

export interface ProBlock {
  heading: string;
  header: string[];
  rows: { key: string; label: string }[];
  cols: string[];
}

export function proBlocks(format: TemplateFormat): ProBlock[] {
  if (format === '2019') {
    const items = ['上一年项目数量', '本年增/减', '处理决定数量'];
    const itemCols = ['previousCount', 'change', 'decisions'];
    return [
      { heading: '第二十条第（一）项', header: ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'], cols: ['made', 'published', 'total'],
        rows: [{ key: 'regulations', label: '规章' }, { key: 'normativeDocuments', label: '规范性文件' }] },
      { heading: '第二十条第（五）项', header: ['信息内容', ...items], cols: itemCols,
        rows: [{ key: 'licensing', label: '行政许可' }, { key: 'otherServices', label: '其他对外管理服务事项' }] },
      { heading: '第二十条第（六）项', header: ['信息内容', ...items], cols: itemCols,
        rows: [{ key: 'penalties', label: '行政处罚' }, { key: 'enforcement', label: '行政强制' }] },
      { heading: '第二十条第（八）项', header: ['信息内容', '上一年项目数量', '本年增/减'], cols: ['previousCount', 'change'],
        rows: [{ key: 'fees', label: '行政事业性收费' }] },
      { heading: '第二十条第（九）项', header: ['信息内容', '采购项目数量', '采购总金额'], cols: ['projects', 'amount'],
        rows: [{ key: 'procurement', label: '政府集中采购' }] },
    ];
  }
  return [
    { heading: '第二十条第（一）项', header: ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], cols: ['issued', 'repealed', 'inForce'],
      rows: [{ key: 'regulations', label: '规章' }, { key: 'normativeDocuments', label: '行政规范性文件' }] },
    { heading: '第二十条第（五）项', header: ['信息内容', '本年处理决定数量'], cols: ['decisions'], rows: [{ key: 'licensing', label: '行政许可' }] },
    { heading: '第二十条第（六）项', header: ['信息内容', '本年处理决定数量'], cols: ['decisions'],
      rows: [{ key: 'penalties', label: '行政处罚' }, { key: 'enforcement', label: '行政强制' }] },
    { heading: '第二十条第（八）项', header: ['信息内容', '本年收费金额（单位：万元）'], cols: ['amount'], rows: [{ key: 'fees', label: '行政事业性收费' }] },
  ];
}

export type Values = Record<string, Record<string, number | null>>;

export interface TruthCheck {
  id: string;
  status: 'pass' | 'fail' | 'uncertain' | 'skipped';
}

const sum = (xs: (number | null)[]) => xs.reduce<number>((s, v) => s + (v ?? 0), 0);
const blanks = (xs: (number | null)[]) => xs.some((v) => v === null);

/** One rule "left side = right side" judged as report-json.md says (a blank is not a 0). */
function judge(id: string, left: (number | null)[], right: (number | null)[]): TruthCheck {
  const all = [...left, ...right];
  if (all.every((v) => v === null)) return { id, status: 'skipped' };
  const diff = sum(left) - sum(right);
  if (Math.abs(diff) < 1e-9) return { id, status: 'pass' };
  if ((diff < 0 && blanks(left)) || (diff > 0 && blanks(right))) return { id, status: 'uncertain' };
  return { id, status: 'fail' };
}

/** The contract's check ids, judged on the truth values. */
export function truthChecks(format: TemplateFormat, app: Values, rl: Values): TruthCheck[] {
  const out: TruthCheck[] = [];
  const rows = appRows(format);
  for (const r of rows) {
    out.push(judge(`applications.rowTotal.${r.key}`, [app[r.key].total], APP_ADDENDS.map((c) => app[r.key][c])));
  }
  for (const c of APP_COLS) {
    out.push(judge(`applications.resultsTotal.${c}`, [app.resultsTotal[c]], rows.filter((r) => r.result).map((r) => app[r.key][c])));
    out.push(judge(`applications.balance.${c}`, [app.newReceived[c], app.carriedOver[c]], [app.resultsTotal[c], app.carriedForward[c]]));
  }
  for (const r of RL_ROWS) {
    out.push(judge(`reviewLitigation.total.${r}`, [rl[r].total], RL_COLS.slice(0, 4).map((c) => rl[r][c])));
  }
  return out;
}

export const CONTRACT_CHECK_PREFIXES = ['applications.rowTotal.', 'applications.resultsTotal.', 'applications.balance.', 'reviewLitigation.total.'];
