import { describe, expect, it } from 'vitest';
import type { TableNote } from '../../core/types';
import { noteText } from './note-text';
import { brokenDoc } from './test-doc';

const doc = brokenDoc();
const note = (n: Partial<TableNote>): TableNote => ({ kind: 'other', message: '', span: null, ...n });

describe('noteText', () => {
  it('rebuilds an ambiguous split in Chinese with the row label and the alternatives', () => {
    const n = note({ kind: 'ambiguous-split', row: 'procurement', message: 'possible splits: 10/7/105，1/07/105', span: [3, 9] });
    const r = noteText(doc, 'proactive', n, 'zh');
    expect(r.label).toBe('拆分不确定');
    expect(r.text).toContain('政府集中采购');
    expect(r.text).toContain('可能为 10/7/105、1/07/105');
    expect(r.text).not.toMatch(/possible|splits/);
    expect(r.detail).toBe(n.message);
    expect(noteText(doc, 'proactive', n, 'en').text).toMatch(/split several ways: 10\/7\/105; 1\/07\/105$/);
  });

  it('says where a duplicate table was printed again', () => {
    const n = note({ kind: 'duplicate-table', message: 'printed again at [900, 1400); the copy at [100, 600) is used', span: [900, 1400] });
    expect(noteText(doc, 'applications', n, 'zh')).toMatchObject({ label: '重复的表', text: '这张表在第 900 字处又印了一次（采用第 100 字处读得更完整的一份）' });
  });

  it('names unreadable and missing rows, and a whole-table note', () => {
    expect(noteText(doc, 'applications', note({ kind: 'unreadable-row', row: 'newReceived', message: 'only 5 of 7 figures' }), 'zh').text)
      .toBe('一、本年新收政府信息公开申请数量：只读到 5 个数字（应有 7 个）');
    expect(noteText(doc, 'reviewLitigation', note({ kind: 'unreadable-row', message: 'glued figures cannot be split into 15 cells' }), 'zh').text)
      .toBe('整张表：连写数字无法拆分为 15 格');
    expect(noteText(doc, 'applications', note({ kind: 'missing-row', row: 'carriedOver', message: 'row label not found: 二、上年结转' }), 'zh').text)
      .toBe('未找到「二、上年结转政府信息公开申请数量」行');
  });

  it('falls back to the core message for a shape it does not know', () => {
    const r = noteText(doc, 'applications', note({ kind: 'ambiguous-split', row: 'granted', message: 'something new' }), 'zh');
    expect(r).toEqual({ label: '拆分不确定', text: '（一）予以公开：解析器对这一项有疑问', detail: 'something new', raw: true });
    expect(noteText(doc, 'applications', note({ kind: 'ambiguous-split', row: 'granted', message: 'the figures may stand one column over (a column blank in every row)' }), 'zh'))
      .toMatchObject({ text: '（一）予以公开：只印了部分数字，整列移到相邻的空白列同样符合勾稽关系，无法确定所在列', raw: false });
    expect(noteText(doc, 'applications', note({ kind: 'other', message: 'x' }), 'en').label).toBe('Note');
  });
});
