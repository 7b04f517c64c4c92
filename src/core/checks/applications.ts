// The printed and implied 勾稽关系 of table 三 (applications) and table 四 (review/litigation).
// expected/actual per rule:
//   applications.rowTotal.<row>:     expected = the six applicant columns added up, actual = the printed 总计
//   applications.resultsTotal.<col>: expected = every 办理结果 row added up,        actual = the printed (七)总计
//   applications.balance.<col>:      expected = 一 + 二,                              actual = (七)总计 + 四
//   reviewLitigation.total.<row>:    expected = 维持 + 纠正 + 其他 + 尚未审结,          actual = the printed 总计
import type { Check, Format, Table } from '../types';
import {
  APPLICANT_COLS,
  APPLICATION_COLS,
  COL_NAMES,
  REVIEW_PARTS,
  REVIEW_ROWS,
  ROW_NAMES,
  applicationRows,
  resultRows,
  type TableFormat,
} from './keys';
import { evaluateRuleSet, ruleSet, shown, type CellRef, type RuleSet, type SumRule } from './sum-rule';

/** which template the extracted table follows: by its row keys, else the report's format */
export function tableFormat(table: Table, fallback: Format): TableFormat {
  const rows = table.rows;
  if ('otherOverdueCorrection' in rows || 'otherUnpaidFee' in rows || 'otherOther' in rows) return '2021';
  if ('otherHandling' in rows) return '2019';
  return fallback === '2021' ? '2021' : '2019';
}

const equalOr = (pass: boolean) => (pass ? '等于' : '不等于');

/** an uncertain rule: the figures differ, but the report left blank cells that could account for it */
const leftBlank = (subject: string, left: string, e: number | null, right: string, a: number | null) =>
  `${subject}${left}（${shown(e)}）与${right}（${shown(a)}）不一致，但缺少的数字留空未填，无法判断是否相符`;

/** the rules of one format, built once: a report only evaluates them */
const applicationRules = new Map<TableFormat, RuleSet>();

function rulesFor(format: TableFormat): RuleSet {
  const cached = applicationRules.get(format);
  if (cached) return cached;
  const rules: SumRule[] = [];
  for (const row of applicationRows(format)) {
    const name = ROW_NAMES[row] ?? row;
    rules.push({
      id: `applications.rowTotal.${row}`,
      expectedCells: APPLICANT_COLS.map((c): CellRef => [row, c]),
      actualCells: [[row, 'total']],
      skippedMessage: `${name}：本行全部空白，未核对`,
      describeUncertain: (e, a) => leftBlank(`${name}：`, '六类申请人之和', e, '总计', a),
      describe: (e, a, pass) =>
        a === null && !pass
          ? `${name}：总计栏空白，但六类申请人之和为${shown(e)}`
          : `${name}：六类申请人之和（${shown(e)}）${equalOr(pass)}总计（${shown(a)}）`,
    });
  }
  const results = resultRows(format);
  for (const col of APPLICATION_COLS) {
    const name = COL_NAMES[col] ?? col;
    rules.push({
      id: `applications.resultsTotal.${col}`,
      expectedCells: results.map((r): CellRef => [r, col]),
      actualCells: [['resultsTotal', col]],
      skippedMessage: `${name}栏：办理结果全部空白，未核对`,
      describeUncertain: (e, a) => leftBlank(`${name}栏：`, '各项办理结果之和', e, '（七）总计', a),
      describe: (e, a, pass) => `${name}栏：各项办理结果之和（${shown(e)}）${equalOr(pass)}（七）总计（${shown(a)}）`,
    });
  }
  for (const col of APPLICATION_COLS) {
    const name = COL_NAMES[col] ?? col;
    rules.push({
      id: `applications.balance.${col}`,
      expectedCells: [
        ['newReceived', col],
        ['carriedOver', col],
      ],
      actualCells: [
        ['resultsTotal', col],
        ['carriedForward', col],
      ],
      skippedMessage: `${name}栏：第一、二、三（七）、四项全部空白，未核对`,
      describeUncertain: (e, a) => leftBlank(`${name}栏：`, '第一项加第二项之和', e, '第三项加第四项之和', a),
      describe: (e, a, pass) => `${name}栏：第一项加第二项之和（${shown(e)}）${equalOr(pass)}第三项加第四项之和（${shown(a)}）`,
    });
  }
  const set = ruleSet(rules);
  applicationRules.set(format, set);
  return set;
}

export function applicationChecks(table: Table, format: TableFormat): Check[] {
  return evaluateRuleSet(table, rulesFor(format));
}

const REVIEW_RULES = ruleSet(
  REVIEW_ROWS.map((row): SumRule => {
    const name = ROW_NAMES[row] ?? row;
    return {
      id: `reviewLitigation.total.${row}`,
      expectedCells: REVIEW_PARTS.map((c): CellRef => [row, c]),
      actualCells: [[row, 'total']],
      skippedMessage: `${name}：全部空白，未核对`,
      describeUncertain: (e, a) => leftBlank(`${name}：`, '结果维持、结果纠正、其他结果、尚未审结之和', e, '总计', a),
      describe: (e, a, pass) => `${name}：结果维持、结果纠正、其他结果、尚未审结之和（${shown(e)}）${equalOr(pass)}总计（${shown(a)}）`,
    };
  }),
);

export function reviewChecks(table: Table): Check[] {
  return evaluateRuleSet(table, REVIEW_RULES);
}
