import { describe, expect, it } from 'vitest';
import { say, codeOf } from '../../core/diagnostics';
import { warningTexts } from './warning-text';
import { unquote } from '../i18n/quote';
import { brokenDoc } from '../report-labels/test-doc';

const withWarnings = (...said: ReturnType<typeof say>[]) => ({
  ...brokenDoc(),
  warnings: said.map((s) => s.message),
  warningCodes: said.map(codeOf),
});

describe('warningTexts', () => {
  it('words each warning from its code, in the UI language', () => {
    const doc = withWarnings(say('decode.pdfPagesCut', { pages: 80, read: 50 }));
    expect(warningTexts(doc, 'zh')).toEqual([{ text: 'PDF 共 80 页，只读取了前 50 页', lang: 'zh' }]);
    expect(warningTexts(doc, 'en')).toEqual([{ text: 'the PDF has 80 pages; only the first 50 were read', lang: 'en' }]);
  });

  it('names rows by their printed label, not their key', () => {
    const doc = withWarnings(say('tables.splitChosen', { table: 'applications', row: 'newReceived', alts: ['1/2', '3/4'], chosen: '1/2' }));
    expect(doc.warnings[0]).toBe('表三「newReceived」行的连写数字有多种拆法（1/2，3/4），按 1/2 读取');
    expect(warningTexts(doc, 'zh')[0]!.text).toBe('表三「一、本年新收政府信息公开申请数量」行的连写数字有多种拆法（1/2，3/4），按 1/2 读取');
    expect(unquote(warningTexts(doc, 'en')[0]!.text)).toBe('Table 三 (requests received and handled), row “一、本年新收政府信息公开申请数量”: the glued figures split several ways (1/2; 3/4); read as 1/2');
  });

  it('shows the Chinese warnings of a document without codes as they are', () => {
    const doc = { ...brokenDoc(), warnings: ['表二印了两次'] };
    expect(warningTexts(doc, 'en')).toEqual([{ text: '表二印了两次', lang: 'zh' }]);
  });
});
