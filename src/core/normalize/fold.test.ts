import { describe, expect, it } from 'vitest';
import { fold } from './fold';
import { detectScript } from './script';

describe('fold', () => {
  it('keeps the length and maps width, script and Taiwan phrasing', () => {
    const src = '規範性檔案（一）１２\u3000入口網站';
    const f = fold(src);
    expect(f.length).toBe(src.length);
    expect(f).toBe('规范性文件(一)12 门户网站');
  });
  it('keeps a leading byte-order mark (a UTF-16 decoder drops it by default: offsets shifted by one)', () => {
    const src = '\ufeff局2020年';
    expect(fold(src).length).toBe(src.length);
    expect(fold(src).slice(1)).toBe('局2020年');
  });
  it('tells the script', () => {
    expect(detectScript('海南省公安廳2020年度政府信息公開工作報告')).toBe('traditional');
    expect(detectScript('海南省公安厅2020年度政府信息公开工作报告')).toBe('simplified');
  });
});

describe('detectScript on mixed text', () => {
  it('calls a text with both scripts in fair share mixed', () => {
    expect(detectScript('海南省公安廳政府信息公開，海南省公安厅政府信息公开')).toBe('mixed');
    expect(detectScript('2020 abc')).toBe('simplified');
  });
});
