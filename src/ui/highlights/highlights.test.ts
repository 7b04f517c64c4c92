import { describe, expect, it } from 'vitest';
import { highlightsFor } from './highlights';
import { brokenDoc } from '../report-labels/test-doc';

describe('highlightsFor', () => {
  const doc = brokenDoc();
  const hs = highlightsFor(doc);

  it('marks each figure of a failing check once, with every failing rule in its title', () => {
    const checks = hs.filter((h) => h.kind === 'check');
    // 7 cells of row 一 + 3 more of the balance (newReceived.total is shared, carriedForward is blank)
    expect(checks).toHaveLength(9);
    const total = doc.tables.applications!.cells.find((c) => c.row === 'newReceived' && c.col === 'total')!;
    const h = checks.find((x) => x.span[0] === total.span![0])!;
    expect(h.title).toContain('一、本年新收政府信息公开申请数量 · 总计');
    expect(h.title).toContain('行合计');
    expect(h.title).toContain('收支平衡');
    expect(h.title).toContain('应为 7，实为 6');
    // the passing check's cell (granted.total) is not marked
    const granted = doc.tables.applications!.cells.find((c) => c.row === 'granted' && c.col === 'total')!;
    expect(checks.some((x) => x.span[0] === granted.span![0])).toBe(false);
  });

  it('marks garbles by kind and duplicates, sorted by start', () => {
    expect(hs.filter((h) => h.kind === 'garble').map((h) => h.className)).toEqual(['hl-garble hl-garble-invisible', 'hl-garble hl-garble-injected']);
    expect(hs.find((h) => h.className.includes('invisible'))!.title).toBe('不可见字符：⟨U+67D0⟩（建议删除） · U+200B'.replace('⟨U+67D0⟩', doc.text[1]));
    expect(hs.find((h) => h.kind === 'duplicate')!.title).toContain('第 10 字');
    for (let i = 1; i < hs.length; i++) expect(hs[i].span[0]).toBeGreaterThanOrEqual(hs[i - 1].span[0]);
  });

  it('drops spans outside the text and speaks English on request', () => {
    const d = brokenDoc();
    d.garbles.push({ kind: 'replacement', span: [d.text.length, d.text.length + 3], text: '\uFFFD', suggestion: '' });
    expect(highlightsFor(d).filter((h) => h.kind === 'garble')).toHaveLength(2);
    expect(highlightsFor(d, 'en').find((h) => h.kind === 'duplicate')!.title).toMatch(/published twice/);
  });
});
