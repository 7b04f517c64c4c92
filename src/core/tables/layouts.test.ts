// Layouts and damage on hand-made tables: Markdown pipes, a lone `|` between cells, a row a
// line with tabs, injected characters inside labels, typos, glued rows (including an
// ambiguous one that must be reported), and the number formats.
import { describe, expect, it } from 'vitest';
import { makeContext } from '../context';
import { extractTables } from './index';
import { APPLICATION_LABELS } from '../testing/application-labels';
import { readCell } from './numbers';
import { findLabel } from './fuzzy';
import { APPLICATION_ROWS } from './templates';

const LABELS = APPLICATION_LABELS;
const HEAD = '三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n申请人情况\n自然人\n法人或其他组织\n总计\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n';
const REVIEW_HEAD = '四、政府信息公开行政复议、行政诉讼情况\n行政复议\n行政诉讼\n结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n未经复议直接起诉\n复议后起诉\n';

/** a consistent table: granted 5+1, one 不掌握 row, two carried forward */
function rowValues(i: number): (number | null)[] {
  const v: Record<number, (number | null)[]> = {
    0: [8, 1, 0, 0, 0, 0, 9],
    2: [5, 1, 0, 0, 0, 0, 6],
    12: [1, null, 0, 0, 0, 0, 1],
    21: [6, 1, 0, 0, 0, 0, 7],
    22: [2, 0, 0, 0, 0, 0, 2],
  };
  return v[i] ?? [0, 0, 0, 0, 0, 0, 0];
}

function check(text: string) {
  const x = extractTables(makeContext(text), []);
  const a = x.tables.applications!;
  expect(a).not.toBeNull();
  APPLICATION_ROWS['2019'].forEach((spec, i) => {
    expect(Object.values(a.rows[spec.key]!)).toEqual(rowValues(i));
  });
  for (const c of a.cells) if (c.span) expect(text.slice(c.span[0], c.span[1])).toBe(c.raw);
  return x;
}

describe('layouts of table 三', () => {
  it('Markdown pipes with a separator row and merged label columns', () => {
    const lines = LABELS.map((l, i) => `| ${l} | | ${rowValues(i).map((v) => v ?? '').join(' | ')} |`);
    check(`${HEAD}\n| 项目 | | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n|---|---|---|---|---|---|---|---|---|\n${lines.join('\n')}\n`);
  });
  it('a lone | on its own line between cells', () => {
    const body = LABELS.map((l, i) => [l, ...rowValues(i).map((v) => v ?? '')].join('\n|\n')).join('\n|\n');
    check(`${HEAD}${body}\n|\n`);
  });
  it('a row a line with tabs, merged positions empty, blank cells empty', () => {
    const body = LABELS.map((l, i) => `${i >= 2 && i <= 20 ? '\t' : ''}${l}\t${i >= 2 && i <= 20 ? '' : '\t'}\t${rowValues(i).map((v) => v ?? '').join('\t')}`);
    check(`${HEAD}${body.join('\n')}\n`);
  });
  it('space-separated figures with a page footer inside and a wrapped label', () => {
    const body = LABELS.map((l, i) => `${l.replace('三类内部', '三类内\n部')} ${rowValues(i).map((v) => v ?? '/').join(' ')}`);
    body.splice(10, 0, '- 3 -');
    const x = extractTables(makeContext(`${HEAD}${body.join('\n')}\n`), []);
    expect(x.tables.applications!.rows.unavailableNotHeld!.commercial).toBeNull();
    expect(x.tables.applications!.cells.find((c) => c.row === 'unavailableNotHeld' && c.col === 'commercial')!.raw).toBe('/');
    expect(x.tables.applications!.rows.resultsTotal!.total).toBe(7);
  });
  it('traditional script with characters injected into a label and a typo', () => {
    const labels = LABELS.map((l) => l.replace('属于四类过程性信息', '屬於四類過說酷遙晚程性信息').replace('信访举报投诉类申请', '信訪舉報投述類申請'));
    const body = labels.map((l, i) => [l, ...rowValues(i).map((v) => v ?? '')].join('\n')).join('\n');
    check(`${HEAD}${body}\n`);
  });
  it('glued crawler text: rows split by the sum rules, the numbering stays with its label', () => {
    const body = LABELS.map((l, i) => `${l}${rowValues(i).map((v) => v ?? 0).join('')}`).join('');
    const x = extractTables(makeContext(`${HEAD.replace(/\n/g, '')}${body}`), []);
    const a = x.tables.applications!;
    expect(a.rows.newReceived).toEqual({ naturalPerson: 8, commercial: 1, research: 0, publicInterest: 0, legal: 0, otherOrg: 0, total: 9 });
    expect(a.rows.unavailableNotHeld!.total).toBe(1);
    expect(a.rows.resultsTotal!.total).toBe(7);
  });
});

describe('glued splitting', () => {
  it('column equations decide between two row splits, and a tie is reported', () => {
    // 270020130 reads 27/0/0/2/0/1/30 or 2/7/0/0/20/1/30; only the first fits the columns
    const rows = LABELS.map((l, i) => {
      if (i === 0 || i === 21) return `${l}270020130`;
      if (i === 2) return `${l}270020130`;
      return `${l}0000000`;
    });
    const x = extractTables(makeContext(HEAD.replace(/\n/g, '') + rows.join('')), []);
    const a = x.tables.applications!;
    // every reading fits all equations equally: the tie must be reported, not hidden
    expect(a.notes?.some((n) => n.kind === 'ambiguous-split' && n.row === 'granted')).toBe(true);
    expect(x.warnings.some((w) => w.message.includes('多种拆法'))).toBe(true);
    expect([27, 2]).toContain(a.rows.granted!.naturalPerson);
  });
  it('review row of 15 glued figures with its three totals', () => {
    const x = extractTables(makeContext(`${HEAD}${LABELS.map((l) => `${l}\n0\n0\n0\n0\n0\n0\n0`).join('\n')}\n${REVIEW_HEAD.replace(/\n/g, '')}结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计10203120001200000五、存在的主要问题`), []);
    const r = x.tables.reviewLitigation!;
    expect(r.rows.review).toEqual({ upheld: 1, corrected: 0, other: 2, pending: 0, total: 3 });
    expect(r.rows.litigationDirect).toEqual({ upheld: 12, corrected: 0, other: 0, pending: 0, total: 12 });
  });
});

function cellValue(s: string, wan = false) {
  const r = readCell(s, wan);
  return r.kind === 'number' ? r.value : r.kind;
}

describe('cells and labels', () => {
  it('reads the number formats of the contract', () => {
    expect(cellValue('12,673')).toBe(12673);
    expect(cellValue('94.52万元')).toBe(94.52);
    expect(cellValue('减 17')).toBe(-17);
    expect(cellValue('减少17')).toBe(-17);
    expect(cellValue('-17')).toBe(-17);
    expect(cellValue('增 3')).toBe(3);
    expect(cellValue('增加3')).toBe(3);
    expect(cellValue('+3')).toBe(3);
    expect(cellValue('/')).toBe('nullish');
    expect(cellValue('无')).toBe('nullish');
    // an encoder's stand-in for a character it could not hold (a NBSP blank saved as Big5)
    expect(cellValue('?')).toBe('nullish');
    expect(cellValue('  ')).toBe('blank');
    expect(cellValue('75394432.52元', true)).toBeCloseTo(7539.443252, 9);
    expect(cellValue('规章')).toBe('text');
  });
  it('finds labels through injected characters and line breaks, not through figures', () => {
    expect(findLabel('6.属于四类过说酷遥晚程性信息', '属于四类过程性信息', 0, 99)).not.toBeNull();
    expect(findLabel('结 果\n维持', '结果维持', 0, 99)).not.toBeNull();
    expect(findLabel('属于四类过12程性信息', '属于四类过程性信息', 0, 99)).toBeNull();
    expect(findLabel('完全无关的一句话', '属于四类过程性信息', 0, 99)).toBeNull();
  });
  it('a broken table gives warnings, never an exception', () => {
    const x = extractTables(makeContext(`${HEAD}一、本年新收政府信息公开申请数量\n5\n二、上年结转政府信息公开申请数量\n（一）予以公开\n1.属于国家秘密\n2.其他法律行政法规禁止公开\n3.危及“三安全一稳定”\n4.保护第三方合法权益\n5.属于三类内部事务信息\n`), []);
    expect(x.tables.applications).not.toBeNull();
    expect(x.warnings.some((w) => w.message.includes('未找到'))).toBe(true);
    expect(x.tables.applications!.rows.resultsTotal!.total).toBeNull();
  });
});
