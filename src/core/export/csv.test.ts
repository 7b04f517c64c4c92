import { describe, expect, it } from 'vitest';
import { csvCellText, csvDocument, csvField, csvRow } from './csv';

describe('csv', () => {
  it('quotes fields holding quotes, commas and line breaks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('说"明"')).toBe('"说""明"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('plain 文字')).toBe('plain 文字');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(NaN)).toBe('');
    expect(csvField(0.25)).toBe('0.25');
  });

  it('neutralises what a spreadsheet would run as a formula, keeps plain numbers', () => {
    expect(csvCellText('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
    expect(csvCellText('+1+cmd')).toBe(`'+1+cmd`);
    expect(csvCellText('-2+3')).toBe(`'-2+3`);
    expect(csvCellText('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(csvCellText('\tx')).toBe(`'\tx`);
    expect(csvCellText('\rx')).toBe(`'\rx`);
    expect(csvCellText('-17')).toBe('-17');
    expect(csvCellText('+3.5')).toBe('+3.5');
    expect(csvCellText('-')).toBe(`'-`);
    expect(csvCellText('a=b')).toBe('a=b');
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
  });

  it('writes a document with a BOM and CRLF rows', () => {
    expect(csvDocument(['a', 'b'], [[1, 'x'], [null, '=y']])).toBe('\uFEFFa,b\r\n1,x\r\n,\'=y\r\n');
    expect(csvRow([])).toBe('\r\n');
  });
});
