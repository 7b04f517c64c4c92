import { describe, expect, it } from 'vitest';
import { sourceMarks } from './marks';
import type { Mark } from './lines';

const hl: Mark[] = [{ span: [0, 2], className: 'hl-check', title: '行合计' }];

describe('sourceMarks', () => {
  it('draws highlights, then the selection, then the matches with the current one apart', () => {
    const m = sourceMarks({ highlights: hl, selection: [[3, 4]], matches: [[5, 6], [7, 8]], current: 1, cleaned: false });
    expect(m).toEqual([
      hl[0],
      { span: [3, 4], className: 'hl-selection' },
      { span: [5, 6], className: 'hl-search' },
      { span: [7, 8], className: 'hl-search hl-search-current' },
    ]);
  });
  it('leaves the highlights out on the cleaned text, where their spans no longer apply', () => {
    const m = sourceMarks({ highlights: hl, selection: [], matches: [[1, 2]], current: 0, cleaned: true });
    expect(m).toEqual([{ span: [1, 2], className: 'hl-search hl-search-current' }]);
  });
});
