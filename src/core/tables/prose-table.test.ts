import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeContext } from '../context';
import { inspectText } from '../inspect';
import { proseTable } from './prose-table';

const sample = (name: string) => readFileSync(new URL(`../../../fixtures/samples/${name}`, import.meta.url), 'utf8');
const rows = (text: string, year: number | null = 2016) => proseTable(makeContext(text), year).rows.map((r) => [r.key, r.value, r.raw]);

describe('the prose table of a report without standard tables', () => {
  it('gathers applications, answers, cases and fees, each with the words it was read from', () => {
    const text =
      '三、依申请公开情况\n2016年，本局共收到政府信息公开申请12件，已全部答复。其中同意公开7件，同意部分公开2件，不予公开3件。' +
      '四、收费及减免情况\n本年度未收取信息处理费。\n五、复议诉讼情况\n因政府信息公开被申请行政复议1件，未发生行政诉讼。';
    expect(rows(text)).toEqual([
      ['received', 12, '12'],
      ['granted', 7, '7'],
      ['partiallyGranted', 2, '2'],
      ['denied', 3, '3'],
      ['review', 1, '1'],
      ['litigation', 0, '未发生行政诉讼'],
      ['fees', 0, '未收取信息处理费'],
    ]);
    // spans index the text as shown
    for (const r of proseTable(makeContext(text), 2016).rows) expect(text.slice(...r.span)).toBe(r.raw);
  });

  it('keeps the first figure of a row and lists the others that differ', () => {
    const t = proseTable(makeContext('共收到政府信息公开申请12件。……全年收到政府信息公开申请15件。'), 2016);
    expect(t.rows).toMatchObject([{ key: 'received', value: 12, otherValues: [15] }]);
  });

  it('leaves out figures for a wider scope, a subset, or law-enforcement cases', () => {
    expect(rows('全市各级行政机关共受理政府信息公开申请3119件。')).toEqual([]);
    expect(rows('一、概述\n全年共办理行政复议案件125件。')).toEqual([]);
    expect(rows('通过网上申请予以公开10件。')).toEqual([]);
  });

  it('reads the 2017 Guangdong report (traditional script) into its table', async () => {
    const text = sample('guangdong-provincial-police-2017-traditional.txt');
    const doc = await inspectText(text, { name: 'g.txt', bytes: 0, encoding: 'utf-8', kind: 'text' });
    expect(doc.meta.format).toBe('pre-2019');
    expect(doc.proseTable?.rows.map((r) => [r.key, r.value, r.raw])).toEqual([
      ['received', 258, '258'],
      ['granted', 41, '41'],
      ['partiallyGranted', 8, '8'],
      ['denied', 36, '36'],
      ['review', 11, '11'],
      ['litigation', 4, '4'],
      ['fees', 0, '不收取任何費用'],
    ]);
    for (const r of doc.proseTable!.rows) expect(text.slice(...r.span)).toBe(r.raw);
  }, 60_000);

  it('is not made for a report with the standard tables', async () => {
    const doc = await inspectText(sample('ziyang-county-police-2020.txt'), { name: 'z.txt', bytes: 0, encoding: 'utf-8', kind: 'text' });
    expect(doc.proseTable).toBeUndefined();
  }, 60_000);
});
