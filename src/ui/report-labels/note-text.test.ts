import { describe, expect, it } from 'vitest';
import type { TableNote } from '../../core/types';
import { say, type Code, type DiagnosticParams } from '../../core/diagnostics';
import { noteText } from './note-text';
import { unquote } from '../i18n/quote';
import { brokenDoc } from './test-doc';

const doc = brokenDoc();
const note = <C extends Code & `note.${string}`>(kind: TableNote['kind'], code: C, params: DiagnosticParams[C], more: Partial<TableNote> = {}): TableNote =>
  ({ kind, span: null, ...more, ...say(code, params) }) as TableNote;

describe('noteText', () => {
  it('words an ambiguous split with the row label and the alternatives, in both languages', () => {
    const n = note('ambiguous-split', 'note.splits', { alts: ['10/7/105', '1/07/105'] }, { row: 'procurement', span: [3, 9], alternatives: ['10/7/105', '1/07/105'] });
    const zh = noteText(doc, 'proactive', n, 'zh');
    expect(zh.label).toBe('拆分不确定');
    expect(zh.text).toBe('第二十条第（九）项 政府集中采购：连写数字有多种拆法：10/7/105，1/07/105');
    const en = noteText(doc, 'proactive', n, 'en');
    expect(en.label).toBe('Ambiguous split');
    // what the report prints (the row's label, the readings of its figures) is quoted
    expect(en.text).toBe('\uE000第二十条第（九）项 政府集中采购\uE001: the glued figures split several ways: \uE00010/7/105\uE001; \uE0001/07/105\uE001');
  });

  it('says where a duplicate table was printed again', () => {
    const n = note('duplicate-table', 'note.printedTwice', { at: 900, used: 100 }, { span: [900, 1400], usedSpan: [100, 600] });
    expect(noteText(doc, 'applications', n, 'zh')).toEqual({ label: '重复的表', text: '这张表在第 900 字处又印了一次，采用第 100 字处的一份' });
    expect(unquote(noteText(doc, 'applications', n, 'en').text)).toBe('This table is printed again at character 900 (the more complete copy at character 100 is used)');
  });

  it('names unreadable and missing rows, and a whole-table note', () => {
    expect(noteText(doc, 'applications', note('unreadable-row', 'note.onlyFigures', { got: 5, n: 7 }, { row: 'newReceived' }), 'zh').text)
      .toBe('一、本年新收政府信息公开申请数量：只读到 5 个数字（应有 7 个）');
    expect(noteText(doc, 'reviewLitigation', note('unreadable-row', 'note.cannotSplit', { n: 15 }), 'zh').text).toBe('整张表：连写数字无法拆分为 15 格');
    expect(unquote(noteText(doc, 'reviewLitigation', note('unreadable-row', 'note.cannotSplit', { n: 15 }), 'en').text)).toBe('whole table: the glued figures cannot be split into 15 cells');
    expect(unquote(noteText(doc, 'applications', note('missing-row', 'note.rowMissing', { row: 'carriedOver', label: '二、上年结转政府信息公开申请数量' }, { row: 'carriedOver' }), 'en').text))
      .toBe('Row “二、上年结转政府信息公开申请数量” not found');
  });

  it('words a column shift in English without Chinese but for the row label', () => {
    const n = note('ambiguous-split', 'note.columnShift', {}, { row: 'granted', reason: 'column-shift' });
    expect(unquote(noteText(doc, 'applications', n, 'en').text)).toMatch(/^（一）予以公开: only some figures are printed; moved one column over/);
    expect(noteText(doc, 'applications', { ...n, kind: 'other' }, 'en').label).toBe('Note');
  });
});
