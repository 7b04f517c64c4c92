// Mechanisms real report pages showed (issue 9, holdout/pages dev split): pinyin glosses a page's
// annotation leaves after characters (規(guī)章), table 二 cut after its first rows, and `? 0`
// where an encoder wrote `?` for a lost padding character.
import { describe, expect, it } from 'vitest';
import { makeContext } from '../context';
import { extractTables } from './index';
import { readCell } from './numbers';
import { fold } from '../normalize/fold';
import { findMarkup } from '../garbles/exact';
import type { Garble } from '../types';

// a 2021 table 二, one cell a line ending in ` |`, glosses after some characters
const GLOSSED = [
  '二、主動(dòng)公開政府信息情況',
  '第二十條第(一)項(xiàng) | |||',
  '信息內(nèi)容 |',
  '本年制發(fā)件數(shù) |',
  '本年廢止件數(shù) |',
  '現(xiàn)行有效件數(shù) |',
  '規(guī)章 |',
  '0 |',
  '0 |',
  '2 |',
  '行政規(guī)范性文件 |',
  '3 |',
  '1 |',
  '14 |',
  '第二十條第(五)項(xiàng) | |||',
  '信息內(nèi)容 |',
  '本年處理決定數(shù)量 | ||',
  '行政許可 |',
  '951 | ||',
  '第二十條第(六)項(xiàng) | |||',
  '信息內(nèi)容 |',
  '本年處理決定數(shù)量 | ||',
  '行政處罰 |',
  '12 | ||',
  '行政強(qiáng)制 |',
  '0 | ||',
  '第二十條第(八)項(xiàng) | |||',
  '信息內(nèi)容 |',
  '本年收費(fèi)金額(單位:萬元) | ||',
  '行政事業(yè)性收費(fèi) |',
  '1.5 |',
  '三、收到和處理政府信息公開申請(qǐng)情況',
].join('\n');

describe('pinyin glosses', () => {
  it('fold to zero-width spaces (same length) and are flagged as markup, not the numbering (一)', () => {
    const f = fold('規(guī)章第(一)項(xiàng)');
    expect(f.length).toBe('規(guī)章第(一)项(xiàng)'.length);
    expect(f).toBe(`规${'\u200b'.repeat('(guī)'.length)}章第(一)项${'\u200b'.repeat('(xiàng)'.length)}`);
    const out: Garble[] = [];
    findMarkup('規(guī)章第(一)項(xiàng)，單位(萬元)', out);
    expect(out.map((g) => g.text)).toEqual(['(guī)', '(xiàng)']);
  });

  it('leave table 二 readable: its key words still make a region and its rows match', () => {
    const p = extractTables(makeContext(`一、總體情況\n略。\n${GLOSSED}\n`), []).tables.proactive;
    expect(p).not.toBeNull();
    expect(p!.rows.regulations).toEqual({ issued: 0, repealed: 0, inForce: 2 });
    expect(p!.rows.normativeDocuments).toEqual({ issued: 3, repealed: 1, inForce: 14 });
    expect(p!.rows.licensing).toEqual({ decisions: 951 });
    expect(p!.rows.penalties).toEqual({ decisions: 12 });
  });
});

describe('table 二 cut after its first rows', () => {
  it('keeps the rows under its own block heading and column header', () => {
    const cut = ['二、主动公开政府信息情况', '第二十条第(一)项 | |||', '信息内容 |', '本年制发件数 |', '本年废止件数 |', '现行有效件数 |', '规章 |', '0 |', '0 |', '0 |', '行政规范性文件 |', '2 |', '0 |', '11 |', '第二十条第(五)项 | |||', '信息内容 |', '本年处理决定'].join('\n');
    const p = extractTables(makeContext(`一、总体情况\n略。\n${cut}`), []).tables.proactive;
    expect(p).not.toBeNull();
    expect(p!.rows.normativeDocuments).toEqual({ issued: 2, repealed: 0, inForce: 11 });
    expect(p!.notes?.some((n) => n.kind === 'missing-row' && n.row === 'licensing')).toBe(true);
  });

  it('but two row words in prose make no table', () => {
    const prose = '二、主动公开政府信息情况\n本年度依据第二十条第(一)项，制定规章0件、行政规范性文件2件，行政许可事项办理顺利，行政处罚依法公开。\n三、收到和处理政府信息公开申请情况\n';
    expect(extractTables(makeContext(prose), []).tables.proactive).toBeNull();
  });
});

describe('a ? before a figure', () => {
  it('is a lost padding character when a blank follows it; alone it is no figure', () => {
    expect(readCell('? 0')).toEqual({ kind: 'number', value: 0 });
    expect(readCell('？ 12')).toEqual({ kind: 'number', value: 12 });
    expect(readCell('?')).toEqual({ kind: 'nullish' });
    // glued to the figure it may have been a sign the encoding lacked (−3): not read
    expect(readCell('?3')).toEqual({ kind: 'text' });
  });
});
