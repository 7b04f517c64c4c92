import { describe, expect, it } from 'vitest';
import { BOM, csvFileName, field, tablesCsv } from './csv';
import { brokenDoc } from '../report-labels/test-doc';

/** A small RFC 4180 reader, to read back what we wrote. */
function parse(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let f = '';
  let q = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (q) {
      if (ch === '"' && csv[i + 1] === '"') { f += '"'; i++; }
      else if (ch === '"') q = false;
      else f += ch;
    } else if (ch === '"') q = true;
    else if (ch === ',') { row.push(f); f = ''; }
    else if (ch === '\r' && csv[i + 1] === '\n') { row.push(f); rows.push(row); row = []; f = ''; i++; }
    else f += ch;
  }
  return rows;
}

describe('tables CSV', () => {
  const doc = brokenDoc();
  const csv = tablesCsv(doc);
  const rows = parse(csv);

  it('uses CRLF only and quotes fields, doubling quotes', () => {
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(field('a"b')).toBe('"a""b"');
    expect(field('x,y')).toBe('"x,y"');
    expect(field(null)).toBe('');
    expect(field(0)).toBe('"0"');
    expect(BOM).toBe('\uFEFF');
    expect(csv.startsWith(BOM)).toBe(false); // the file adds it, the clipboard does not
  });

  it('writes the Chinese labels and the figures, blanks empty', () => {
    const header = rows.find((r) => r[0] === '项目' && r.length === 8)!;
    expect(header.slice(1)).toEqual(['自然人', '法人或其他组织·商业企业', '法人或其他组织·科研机构', '法人或其他组织·社会公益组织', '法人或其他组织·法律服务机构', '法人或其他组织·其他', '总计']);
    expect(rows.find((r) => r[0] === '一、本年新收政府信息公开申请数量')).toEqual(['一、本年新收政府信息公开申请数量', '5', '0', '0', '0', '0', '1', '7']);
    expect(rows.find((r) => r[0] === '四、结转下年度继续办理')).toEqual(['四、结转下年度继续办理', '', '', '', '', '', '', '']);
    expect(rows.find((r) => r[0] === '三、本年度办理结果 （三）不予公开 1.属于国家秘密')).toHaveLength(8);
    expect(rows.find((r) => r[0] === '政府集中采购')).toEqual(['政府集中采购', '3', '94.52']);
    expect(rows.find((r) => r[0] === '行政诉讼 复议后起诉')).toEqual(['行政诉讼 复议后起诉', '', '', '', '', '']);
  });

  it('says when a table is missing, and names the file after the source', () => {
    const d = brokenDoc();
    d.tables.reviewLitigation = null;
    const r = parse(tablesCsv(d));
    const at = r.findIndex((x) => x[0] === '四、政府信息公开行政复议、行政诉讼情况');
    expect(r[at + 1][0]).toBe('（报告中未找到此表）');
    expect(csvFileName('海南 2020.txt')).toBe('海南 2020.tables.csv');
  });

  it('neutralises text a spreadsheet would run, keeps plain numbers numbers', () => {
    expect(field('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(field('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(field('\t1')).toBe('"\'\t1"');
    expect(field(-17)).toBe('"-17"');
    expect(field('-17')).toBe('"-17"');
    expect(field('+3')).toBe('"+3"');
  });

  it('lists every cell with its status, other readings and what was read before a correction', () => {
    const d = brokenDoc();
    const cells = d.tables.applications!.cells;
    Object.assign(cells[0], { status: 'ambiguous', alternatives: [50, null] });
    Object.assign(cells[1], { status: 'corrected', value: 9, corrected: { from: 0, at: '2026-12-07T01:00:00.000Z' } });
    d.tables.applications!.cells[2].raw = '=1+1';
    const r = parse(tablesCsv(d));
    const head = r.findIndex((x) => x[0] === '表' && x[5] === '状态');
    expect(head).toBeGreaterThan(0);
    const body = r.slice(head + 1).filter((x) => x[0] === 'applications');
    expect(body[0].slice(0, 7)).toEqual(['applications', cells[0].row, cells[0].col, String(cells[0].value), cells[0].raw, 'ambiguous', '50/']);
    expect(body[1].slice(5)).toEqual(['corrected', '', '0', '2026-12-07T01:00:00.000Z']);
    expect(body[1][3]).toBe('9');
    expect(body[2][4]).toBe("'=1+1");
    expect(body[2][5]).toBe('read');
  });
});
