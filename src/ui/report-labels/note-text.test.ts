import { describe, expect, it } from 'vitest';
import type { TableNote } from '../../core/types';
import { noteText } from './note-text';
import { brokenDoc } from './test-doc';

const doc = brokenDoc();
const note = (n: Partial<TableNote>): TableNote => ({ kind: 'other', message: '', span: null, ...n });

describe('noteText', () => {
  it('rebuilds an ambiguous split in Chinese with the row label and the alternatives', () => {
    const n = note({ kind: 'ambiguous-split', row: 'procurement', message: '连写数字有多种拆法：10/7/105，1/07/105（possible splits）', span: [3, 9], alternatives: ['10/7/105', '1/07/105'] });
    const r = noteText(doc, 'proactive', n, 'zh');
    expect(r.label).toBe('拆分不确定');
    expect(r.text).toContain('政府集中采购');
    expect(r.text).toContain('可能为 10/7/105、1/07/105');
    expect(r.text).not.toMatch(/possible|splits/);
    expect(r.detail).toBe(n.message);
    expect(noteText(doc, 'proactive', n, 'en').text).toMatch(/split several ways: 10\/7\/105; 1\/07\/105$/);
  });

  it('says where a duplicate table was printed again', () => {
    const n = note({ kind: 'duplicate-table', message: '又印了一次（printed again）', span: [900, 1400], usedSpan: [100, 600] });
    expect(noteText(doc, 'applications', n, 'zh')).toMatchObject({ label: '重复的表', text: '这张表在第 900 字处又印了一次（采用第 100 字处读得更完整的一份）' });
  });

  it('names unreadable and missing rows, and a whole-table note', () => {
    expect(noteText(doc, 'applications', note({ kind: 'unreadable-row', row: 'newReceived', message: '', figures: { got: 5, expected: 7 } }), 'zh').text)
      .toBe('一、本年新收政府信息公开申请数量：只读到 5 个数字（应有 7 个）');
    expect(noteText(doc, 'reviewLitigation', note({ kind: 'unreadable-row', message: '', figures: { got: 0, expected: 15 } }), 'zh').text)
      .toBe('整张表：连写数字无法拆分为 15 格');
    expect(noteText(doc, 'applications', note({ kind: 'missing-row', row: 'carriedOver', message: '' }), 'zh').text)
      .toBe('未找到「二、上年结转政府信息公开申请数量」行');
  });

  it('falls back to the core message, in the UI language, for a note without known fields', () => {
    const msg = '新的情形（something new）';
    expect(noteText(doc, 'applications', note({ kind: 'ambiguous-split', row: 'granted', message: msg }), 'zh'))
      .toEqual({ label: '拆分不确定', text: '（一）予以公开：新的情形', detail: msg, raw: true });
    expect(noteText(doc, 'applications', note({ kind: 'ambiguous-split', row: 'granted', message: msg }), 'en').text).toBe('（一）予以公开：something new');
    expect(noteText(doc, 'applications', note({ kind: 'ambiguous-split', row: 'granted', message: '' }), 'zh').text).toBe('（一）予以公开：解析器对这一项有疑问');
    expect(noteText(doc, 'applications', note({ kind: 'ambiguous-split', row: 'granted', message: '', reason: 'column-shift' }), 'zh'))
      .toMatchObject({ text: '（一）予以公开：只印了部分数字，整列移到相邻的空白列同样符合勾稽关系，无法确定所在列', raw: false });
    expect(noteText(doc, 'applications', note({ kind: 'other', message: 'x' }), 'en').label).toBe('Note');
  });
});
