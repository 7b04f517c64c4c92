import { describe, expect, it } from 'vitest';
import { fixKangxi, itemsToLines, type PdfItem } from './pdf-lines';

const item = (str: string, x: number, y: number, width: number, size = 10): PdfItem => ({ str, x, y, width, size });

describe('itemsToLines', () => {
  it('keeps items on one baseline together, spaced where there is a gap', () => {
    const lines = itemsToLines([
      item('一、本年新收申请数量', 70, 370, 100),
      item(' ', 170, 370, 900), // pdfjs's own space items carry odd widths: ignored
      item('3001', 260, 368, 15), // a figure set slightly lower than its label
      item('53', 300, 368, 7),
      item('3054', 307.5, 368, 15), // touching: no space
    ]);
    expect(lines).toEqual(['一、本年新收申请数量 3001 533054']);
  });

  it('starts a new line when the baseline moves, in drawing order', () => {
    const lines = itemsToLines([
      item('- 3 -', 300, 40, 20),
      item('第一行', 70, 700, 30),
      item('第二行', 70, 680, 30),
      item('三、', 70, 250, 10, 7.5),
      item('本', 70, 235, 7.5, 7.5),
    ]);
    expect(lines).toEqual(['- 3 -', '第一行', '第二行', '三、', '本']);
  });

  it('drops empty items and whitespace-only lines', () => {
    expect(itemsToLines([item('', 0, 0, 0), item('  ', 10, 10, 5), item('字', 20, 100, 10)])).toEqual(['字']);
  });
});

describe('fixKangxi', () => {
  it('maps Kangxi radicals to ordinary characters and nothing else', () => {
    expect(fixKangxi('\u2F2F作\u2F00年 ＡＢ①')).toBe('工作一年 ＡＢ①');
  });
});
