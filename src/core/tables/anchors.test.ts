// Prose right before a table that uses the words of its rows and blocks (部分公开, 不予公开,
// 行政许可, 结果维持 …) must not move where a table is read from, nor let one table read into
// another's rows; a table whose header stands but whose rows are partly gone yields the rows it
// found, each missing one with a note.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbRendered, compareWithTruth, inspectStructure } from '../testing/measure';
import { LAYOUTS, type Layout } from '../testing/layouts';
import { makeContext } from '../context';
import { extractTables } from './index';

const dec = new TextDecoder();
const enc = new TextEncoder();

// prose written for each section, quoting the words of every table (not only its own)
const PROSE: [string, string][] = [
  ['二、主动公开政府信息情况', '本年度主动公开规章和规范性文件，行政许可、行政处罚、行政强制信息及时更新；依申请公开中予以公开、部分公开、不予公开的答复均依法作出，上年结转的申请已办结。现将第二十条第（一）项、第（五）项、第（六）项规定的规章、规范性文件、行政许可信息统计如下。'],
  ['三、收到和处理政府信息公开申请情况', '本年新收政府信息公开申请中，予以公开、部分公开、不予公开、无法提供、不予处理的均按期答复，涉及国家秘密、第三方合法权益的依法处理，行政许可类信息申请较多。'],
  ['四、政府信息公开行政复议、行政诉讼情况', '本年度行政复议结果维持1件、结果纠正0件，行政诉讼尚未审结，未经复议直接起诉的已审结。部分公开和不予公开答复均说明理由。行政复议和行政诉讼的结果维持、结果纠正、其他结果和尚未审结情况如下：'],
];

function withProse(text: string, html: boolean): string {
  const f = makeContext(text).folded;
  let out = text;
  // from the last heading back, so earlier offsets stay valid
  for (let k = PROSE.length - 1; k >= 0; k--) {
    const [heading, prose] = PROSE[k]!;
    const h = f.indexOf(heading);
    expect(h).toBeGreaterThan(0);
    const at = f.indexOf('\n', h) + 1;
    out = out.slice(0, at) + (html ? `<p>${prose}</p>\n` : `${prose}\n`) + out.slice(at);
  }
  return out;
}

async function problems(layout: Layout, vary: (t: string) => string): Promise<string[]> {
  const out: string[] = [];
  for (const format of ['2019', '2021'] as const) {
    for (const [i, r] of fc.sample(arbRendered(layout, format, 'simplified'), { seed: 123, numRuns: 3 }).entries()) {
      const got = await inspectStructure(r.name, enc.encode(vary(dec.decode(r.bytes))));
      for (const k of ['proactive', 'applications', 'reviewLitigation'] as const) if (!got.tables[k]) out.push(`${format} #${i}: ${k} null`);
      const cmp = compareWithTruth(got, r);
      if (cmp.mismatches.length) out.push(`${format} #${i}: ${cmp.mismatches.slice(0, 3).join('; ')}`);
      if (cmp.failingGot.join() !== cmp.failingWant.join()) out.push(`${format} #${i} checks: ${cmp.failingGot.join()} ≠ ${cmp.failingWant.join()}`);
    }
  }
  return out;
}

describe('prose quoting table words before each table', () => {
  for (const layout of LAYOUTS.filter((l) => l !== 'glued')) {
    it(layout, async () => {
      expect(await problems(layout, (t) => withProse(t, layout === 'html'))).toEqual([]);
    }, 60_000);
  }
});

describe('a table cut short under its own header', () => {
  it('yields every row it found and notes the missing ones', async () => {
    const r = fc.sample(arbRendered('cell-per-line', '2019', 'simplified'), { seed: 5, numRuns: 1 })[0]!;
    const text = dec.decode(r.bytes);
    // the table loses everything from (三)不予公开 on: prose follows right away
    const a = text.indexOf('（三）不予公开');
    const b = text.indexOf('四、政府信息公开行政复议');
    const cut = `${text.slice(0, a)}以下数据因页面缺失未能刊出。\n${text.slice(b)}`;
    const x = extractTables(makeContext(cut), []);
    const t = x.tables.applications;
    expect(t).not.toBeNull();
    expect(t!.rows.newReceived).toEqual(r.truth.applications.newReceived);
    expect(t!.rows.granted).toEqual(r.truth.applications.granted);
    expect(t!.notes?.some((n) => n.kind === 'missing-row' && n.row === 'carriedForward')).toBe(true);
  });
});

describe('table 四 after prose naming its result columns', () => {
  it('is read from its own header, past a Markdown rule line between header rows', () => {
    const cols = '结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计';
    const figures = [1, 0, 0, 1, 2, 0, 1, 0, 0, 1, 3, 0, 0, 0, 3];
    const text = [
      '四、政府信息公开行政复议、行政诉讼情况',
      '本年度行政复议2件，行政诉讼4件，结果维持、结果纠正、其他结果和尚未审结的情况如下：',
      `| 行政复议 |  |  |  |  | 行政诉讼 |${'  |'.repeat(9)}`,
      `|${'---|'.repeat(15)}`,
      `| ${cols} | 未经复议直接起诉 |  |  |  |  | 复议后起诉 |  |  |  |  |`,
      `|  |  |  |  |  | ${cols} | ${cols} |`,
      `| ${figures.join(' | ')} |`,
      '五、存在的主要问题及改进情况',
    ].join('\n');
    const t = extractTables(makeContext(text), []).tables.reviewLitigation;
    expect(t?.rows).toEqual({
      review: { upheld: 1, corrected: 0, other: 0, pending: 1, total: 2 },
      litigationDirect: { upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 },
      litigationAfterReview: { upheld: 3, corrected: 0, other: 0, pending: 0, total: 3 },
    });
  });
});

describe('table 四 in lone `|` lines', () => {
  it('keeps the row first cell, printed on the line after the header last cell', () => {
    const words = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    const header = ['行政复议', '行政诉讼', ...words, '未经复议直接起诉', '复议后起诉', ...words, ...words];
    for (const first of ['', '2']) {
      const cells = [first, '', '0', '1', '3', '0', '0', '', '0', '0', '1', '0', '0', '0', '1'];
      const text = ['四、政府信息公开行政复议、行政诉讼情况', header.join('\n|\n'), cells.join('\n|\n'), '五、存在的主要问题及改进情况'].join('\n');
      const t = extractTables(makeContext(text), []).tables.reviewLitigation;
      expect(t?.rows.review).toEqual({ upheld: first ? 2 : null, corrected: null, other: 0, pending: 1, total: 3 });
      expect(t?.rows.litigationAfterReview).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 });
    }
  });
});

describe('table 二 whose first heading carries injected characters', () => {
  it('is read from that heading, not from the prose citing the article before it', () => {
    const text = [
      '二、主动公开政府信息情况',
      '现将第二十条第（一）项、第（五）项规定的规章、规范性文件、行政许可信息统计如下。',
      '第二十律类形条第（一）项',
      '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
      '规章\t1\t0\t5',
      '行政规范性文件\t2\t1\t9',
      '第二十条第（五）项',
      '信息内容\t本年处理决定数量',
      '行政许可\t30',
      '第二十条第（六）项',
      '信息内容\t本年处理决定数量',
      '行政处罚\t4',
      '行政强制\t0',
      '第二十条第（八）项',
      '信息内容\t本年收费金额（单位：万元）',
      '行政事业性收费\t1.5',
      '三、收到和处理政府信息公开申请情况',
    ].join('\n');
    const t = extractTables(makeContext(text), []).tables.proactive;
    expect(t?.rows.regulations).toEqual({ issued: 1, repealed: 0, inForce: 5 });
    expect(t?.rows.normativeDocuments).toEqual({ issued: 2, repealed: 1, inForce: 9 });
    expect(t?.rows.licensing).toEqual({ decisions: 30 });
    expect(t?.span[0]).toBe(text.indexOf('第二十律'));
  });
});

describe('table 四 without recognisable header words', () => {
  const figures = [1, 0, 0, 1, 2, 0, 1, 0, 0, 1, 3, 0, 0, 0, 3];
  const want = {
    review: { upheld: 1, corrected: 0, other: 0, pending: 1, total: 2 },
    litigationDirect: { upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 },
    litigationAfterReview: { upheld: 3, corrected: 0, other: 0, pending: 0, total: 3 },
  };
  it('reads the row of fifteen figures under its section heading (generic 数据 headers)', () => {
    const text = [
      '## 四、政府信息公开行政复议、行政诉讼情况',
      '本年度行政复议2件，行政诉讼4件，结果维持、结果纠正、其他结果和尚未审结的情况如下：',
      `| ${figures.map((_, i) => `数据${i + 1}`).join(' | ')} |`,
      `|${'---|'.repeat(15)}`,
      `| ${figures.join(' | ')} |`,
      '## 五、存在的主要问题及改进情况',
    ].join('\n');
    const x = extractTables(makeContext(text), []);
    expect(x.tables.reviewLitigation?.rows).toEqual(want);
    expect(x.warnings.some((w) => w.code === 'tables.reviewByPlace')).toBe(true);
  });
  it('finds its header wrapped over lines with a page footer inside, after prose quoting the words', () => {
    const text = [
      '四、政府信息公开行政复议、行政诉讼情况',
      '本年度行政复议2件，行政诉讼4件，结果',
      '维持、结果纠正、其他结果和尚未审结的情况如下：',
      '行政复\n议\n行 政 诉\n讼\n结果维\n持\n结果纠正\n其他结果\n尚未\n审结\n总计\n未经复\n议 直 接\n起诉\n复议后起诉',
      '结果维持\n结果纠正\n其他结果\n- 4 -\n尚未\n审结\n总计\n结果维持\n结果纠正\n其他结果\n尚未\n审结\n总计',
      figures.join(' '),
      '五、存在的主要问题及改进情况',
    ].join('\n');
    expect(extractTables(makeContext(text), []).tables.reviewLitigation?.rows).toEqual(want);
  });
});
