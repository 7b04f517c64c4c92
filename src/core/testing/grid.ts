// The three tables as printed: a grid of cells with rowspan/colspan, the way the template
// draws them. Layouts (layouts.ts) serialise this one grid in each way real copies do.
import { APPLICATION_COLS, REVIEW_COLS, REVIEW_ROWS, type TableFormat } from '../checks/keys';
import type { Rows } from './build-table';

export interface GridCell {
  text: string;
  rowspan: number;
  colspan: number;
  /** the [row, col] a figure belongs to; absent for labels and headers */
  ref?: [string, string];
  value?: number | null;
}

/** visual rows; each lists the cells that start in it, left to right (like <tr>) */
export type Grid = GridCell[][];

const L = (text: string, colspan = 1, rowspan = 1): GridCell => ({ text, rowspan, colspan });

export interface LabelStyle {
  /** 1、 instead of 1. */
  ideographicComma: boolean;
  /** 另外制作 for 另行制作 */
  anotherWording: boolean;
}

export function applicationsGrid(format: TableFormat, rows: Rows, style: LabelStyle): Grid {
  const n = (i: number, label: string) => `${i}${style.ideographicComma ? '、' : '.'}${label}`;
  const values = (row: string): GridCell[] =>
    APPLICATION_COLS.map((col) => ({ text: '', rowspan: 1, colspan: 1, ref: [row, col], value: rows[row]?.[col] ?? null }));
  // 三、本年度办理结果 spans (一)…(六) with their sub-rows and (七)总计
  const resultCount = format === '2019' ? 20 : 22;
  const other: [string, GridCell[]][] =
    format === '2019'
      ? [['otherHandling', [L('（六）其他处理', 2)]]]
      : [
          ['otherOverdueCorrection', [L('（六）其他处理', 1, 3), L(n(1, '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'))]],
          ['otherUnpaidFee', [L(n(2, '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'))]],
          ['otherOther', [L(n(3, '其他'))]],
        ];
  const body: [string, GridCell[]][] = [
    ['newReceived', [L('一、本年新收政府信息公开申请数量', 3)]],
    ['carriedOver', [L('二、上年结转政府信息公开申请数量', 3)]],
    ['granted', [L('三、本年度办理结果', 1, resultCount), L('（一）予以公开', 2)]],
    ['partiallyGranted', [L('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 2)]],
    ['deniedStateSecret', [L('（三）不予公开', 1, 8), L(n(1, '属于国家秘密'))]],
    ['deniedProhibitedByLaw', [L(n(2, '其他法律行政法规禁止公开'))]],
    ['deniedSecurityStability', [L(n(3, '危及“三安全一稳定”'))]],
    ['deniedThirdPartyRights', [L(n(4, '保护第三方合法权益'))]],
    ['deniedInternalAffairs', [L(n(5, '属于三类内部事务信息'))]],
    ['deniedProcessInfo', [L(n(6, '属于四类过程性信息'))]],
    ['deniedEnforcementFiles', [L(n(7, '属于行政执法案卷'))]],
    ['deniedQueryMatters', [L(n(8, '属于行政查询事项'))]],
    ['unavailableNotHeld', [L('（四）无法提供', 1, 3), L(n(1, '本机关不掌握相关政府信息'))]],
    ['unavailableNeedsCreation', [L(n(2, `没有现成信息需要${style.anotherWording ? '另外' : '另行'}制作`))]],
    ['unavailableUnclear', [L(n(3, '补正后申请内容仍不明确'))]],
    ['rejectedComplaint', [L('（五）不予处理', 1, 5), L(n(1, '信访举报投诉类申请'))]],
    ['rejectedRepeated', [L(n(2, '重复申请'))]],
    ['rejectedPublication', [L(n(3, '要求提供公开出版物'))]],
    ['rejectedExcessive', [L(n(4, '无正当理由大量反复申请'))]],
    ['rejectedConfirmation', [L(n(5, '要求行政机关确认或重新出具已获取信息'))]],
    ...other,
    ['resultsTotal', [L('（七）总计', 2)]],
    ['carriedForward', [L('四、结转下年度继续办理', 3)]],
  ];
  return [
    [L('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3), L('申请人情况', 7)],
    [L('自然人', 1, 2), L('法人或其他组织', 5), L('总计', 1, 2)],
    [L('商业企业'), L('科研机构'), L('社会公益组织'), L('法律服务机构'), L('其他')],
    ...body.map(([row, labels]) => [...labels, ...values(row)]),
  ];
}

export function reviewGrid(rows: Rows): Grid {
  const heads = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  return [
    [L('行政复议', 5), L('行政诉讼', 10)],
    [...heads.map((h) => L(h, 1, 2)), L('未经复议直接起诉', 5), L('复议后起诉', 5)],
    [...heads, ...heads].map((h) => L(h)),
    REVIEW_ROWS.flatMap((row) => REVIEW_COLS.map((col): GridCell => ({ text: '', rowspan: 1, colspan: 1, ref: [row, col], value: rows[row]?.[col] ?? null }))),
  ];
}

export function proactiveGrid(format: TableFormat, rows: Rows): Grid {
  const v = (row: string, col: string): GridCell => ({ text: '', rowspan: 1, colspan: 1, ref: [row, col], value: rows[row]?.[col] ?? null });
  const head = (item: string) => [L(`第二十条第（${item}）项`, 4)];
  if (format === '2019') {
    const items = ['上一年项目数量', '本年增/减', '处理决定数量'];
    const itemRow = (row: string, label: string) => [L(label), v(row, 'previousCount'), v(row, 'change'), v(row, 'decisions')];
    return [
      head('一'),
      [L('信息内容'), L('本年新制作数量'), L('本年新公开数量'), L('对外公开总数量')],
      [L('规章'), v('regulations', 'made'), v('regulations', 'published'), v('regulations', 'total')],
      [L('规范性文件'), v('normativeDocuments', 'made'), v('normativeDocuments', 'published'), v('normativeDocuments', 'total')],
      head('五'),
      [L('信息内容'), ...items.map((h) => L(h))],
      itemRow('licensing', '行政许可'),
      itemRow('otherServices', '其他对外管理服务事项'),
      head('六'),
      [L('信息内容'), ...items.map((h) => L(h))],
      itemRow('penalties', '行政处罚'),
      itemRow('enforcement', '行政强制'),
      head('八'),
      [L('信息内容'), L('上一年项目数量'), L('本年增/减', 2)],
      [L('行政事业性收费'), v('fees', 'previousCount'), { ...v('fees', 'change'), colspan: 2 }],
      head('九'),
      [L('信息内容'), L('采购项目数量'), L('采购总金额', 2)],
      [L('政府集中采购'), v('procurement', 'projects'), { ...v('procurement', 'amount'), colspan: 2 }],
    ];
  }
  const decisions = (row: string, label: string) => [L(label), { ...v(row, 'decisions'), colspan: 3 }];
  return [
    head('一'),
    [L('信息内容'), L('本年制发件数'), L('本年废止件数'), L('现行有效件数')],
    [L('规章'), v('regulations', 'issued'), v('regulations', 'repealed'), v('regulations', 'inForce')],
    [L('行政规范性文件'), v('normativeDocuments', 'issued'), v('normativeDocuments', 'repealed'), v('normativeDocuments', 'inForce')],
    head('五'),
    [L('信息内容'), L('本年处理决定数量', 3)],
    decisions('licensing', '行政许可'),
    head('六'),
    [L('信息内容'), L('本年处理决定数量', 3)],
    decisions('penalties', '行政处罚'),
    decisions('enforcement', '行政强制'),
    head('八'),
    [L('信息内容'), L('本年收费金额（单位：万元）', 3)],
    [L('行政事业性收费'), { ...v('fees', 'amount'), colspan: 3 }],
  ];
}

/** the grid's width in columns */
export function gridWidth(grid: Grid): number {
  return Math.max(...grid.map((r) => r.reduce((a, c) => a + c.colspan, 0)));
}

/**
 * The grid as a full matrix: every position holds the cell that covers it, and whether this
 * position is where that cell starts (merged positions elsewhere are "covered").
 */
export function expand(grid: Grid): { cell: GridCell; start: boolean }[][] {
  const width = gridWidth(grid) + 3;
  const m: ({ cell: GridCell; start: boolean } | undefined)[][] = grid.map(() => new Array(width).fill(undefined));
  grid.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (m[r][c]) c++;
      for (let dr = 0; dr < cell.rowspan && r + dr < grid.length; dr++)
        for (let dc = 0; dc < cell.colspan; dc++) m[r + dr][c + dc] = { cell, start: dr === 0 && dc === 0 };
      c += cell.colspan;
    }
  });
  let used = 0;
  for (const row of m) row.forEach((x, i) => x && (used = Math.max(used, i + 1)));
  const empty: GridCell = { text: '', rowspan: 1, colspan: 1 };
  return m.map((row) => row.slice(0, used).map((x) => x ?? { cell: empty, start: true }));
}
