// The printed and implied 勾稽关系 of table 三 (applications) and table 四 (review/litigation).
// expected/actual per rule:
//   applications.rowTotal.<row>:     expected = the six applicant columns added up, actual = the printed 总计
//   applications.resultsTotal.<col>: expected = every 办理结果 row added up,        actual = the printed (七)总计
//   applications.balance.<col>:      expected = 一 + 二,                              actual = (七)总计 + 四
//   reviewLitigation.total.<row>:    expected = 维持 + 纠正 + 其他 + 尚未审结,          actual = the printed 总计
import type { Check, Format, Table } from '../types';
import { APPLICANT_COLS, APPLICATION_COLS, REVIEW_PARTS, REVIEW_ROWS, applicationRows, resultRows, type TableFormat } from './keys';
import { evaluateRuleSet, ruleSet, type CellRef, type RuleSet, type SumRule } from './sum-rule';

/** which template the extracted table follows: by its row keys, else the report's format */
export function tableFormat(table: Table, fallback: Format): TableFormat {
  const rows = table.rows;
  if ('otherOverdueCorrection' in rows || 'otherUnpaidFee' in rows || 'otherOther' in rows) return '2021';
  if ('otherHandling' in rows) return '2019';
  return fallback === '2021' ? '2021' : '2019';
}

/** the rules of one format, built once: a report only evaluates them */
const applicationRules = new Map<TableFormat, RuleSet>();

function rulesFor(format: TableFormat): RuleSet {
  const cached = applicationRules.get(format);
  if (cached) return cached;
  const rules: SumRule[] = [];
  for (const row of applicationRows(format)) {
    rules.push({
      id: `applications.rowTotal.${row}`,
      expectedCells: APPLICANT_COLS.map((c): CellRef => [row, c]),
      actualCells: [[row, 'total']],
      say: (outcome, expected, actual) => {
        switch (outcome) {
          case 'skipped': return { code: 'check.rowTotal.skipped', params: { row } };
          case 'uncertain': return { code: 'check.rowTotal.uncertain', params: { row, expected, actual } };
          case 'equal': return { code: 'check.rowTotal.equal', params: { row, expected, actual } };
          case 'differs':
            return actual === null
              ? { code: 'check.rowTotal.totalBlank', params: { row, expected } }
              : { code: 'check.rowTotal.differs', params: { row, expected, actual } };
        }
      },
    });
  }
  const results = resultRows(format);
  for (const col of APPLICATION_COLS) {
    rules.push({
      id: `applications.resultsTotal.${col}`,
      expectedCells: results.map((r): CellRef => [r, col]),
      actualCells: [['resultsTotal', col]],
      say: (outcome, expected, actual) =>
        outcome === 'skipped' ? { code: 'check.resultsTotal.skipped', params: { col } } : { code: `check.resultsTotal.${outcome}`, params: { col, expected, actual } },
    });
  }
  for (const col of APPLICATION_COLS) {
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
      say: (outcome, expected, actual) =>
        outcome === 'skipped' ? { code: 'check.balance.skipped', params: { col } } : { code: `check.balance.${outcome}`, params: { col, expected, actual } },
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
  REVIEW_ROWS.map((row): SumRule => ({
    id: `reviewLitigation.total.${row}`,
    expectedCells: REVIEW_PARTS.map((c): CellRef => [row, c]),
    actualCells: [[row, 'total']],
    say: (outcome, expected, actual) =>
      outcome === 'skipped' ? { code: 'check.reviewTotal.skipped', params: { row } } : { code: `check.reviewTotal.${outcome}`, params: { row, expected, actual } },
  })),
);

export function reviewChecks(table: Table): Check[] {
  return evaluateRuleSet(table, REVIEW_RULES);
}
