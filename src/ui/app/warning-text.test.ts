import { describe, expect, it } from 'vitest';
import { warningText } from './warning-text';
import { brokenDoc } from '../report-labels/test-doc';

const doc = brokenDoc();

describe('warningText', () => {
  it('shows the half of a bilingual warning in the UI language', () => {
    const w = 'PDF 共 80 页，只读取了前 50 页（the PDF has 80 pages; only the first 50 were read）';
    expect(warningText(w, doc, 'zh')).toEqual({ text: 'PDF 共 80 页，只读取了前 50 页', lang: 'zh' });
    expect(warningText(w, doc, 'en')).toEqual({ text: 'the PDF has 80 pages; only the first 50 were read', lang: 'en' });
  });

  it('names rows by their printed label, not their key', () => {
    expect(warningText('表三「newReceived」行的连写数字有多种拆法（1/2，3/4），按 1/2 读取', doc, 'zh').text)
      .toBe('表三「一、本年新收政府信息公开申请数量」行的连写数字有多种拆法（1/2，3/4），按 1/2 读取');
    expect(warningText('表四「review」行的连写数字有多种拆法', doc, 'en').text).toMatch(/^表四「行政复议」行/);
  });

  it('leaves a Chinese warning with a Chinese bracket alone, and unknown keys as they are', () => {
    const w = '表二印了两次（位置 1–2 与 3–4），采用读得更完整的一份';
    expect(warningText(w, doc, 'en')).toEqual({ text: w, lang: 'zh' });
    expect(warningText('表三「notARow」行', doc, 'zh').text).toBe('表三「notARow」行');
  });
});
