import { describe, expect, it } from 'vitest';
import { loadCharMap, toSimplified } from './simplify';

describe('toSimplified', () => {
  it('converts character by character and keeps the length', async () => {
    const map = await loadCharMap();
    const t = '海南省公安廳2020年度政府信息公開工作報告';
    const s = toSimplified(t, map);
    expect(s).toBe('海南省公安厅2020年度政府信息公开工作报告');
    expect(s.length).toBe(t.length);
  });
});
