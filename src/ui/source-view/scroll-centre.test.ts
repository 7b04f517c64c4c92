import { describe, expect, it } from 'vitest';
import { centringScroll, segmentAt } from './scroll-centre';
import { estimateLineHeight } from './use-lines';

const box = (top: number, height: number) => ({ top, bottom: top + height, height });

describe('centringScroll', () => {
  const pane = box(100, 400);
  it('leaves a segment that shows clear of the edges where it is', () => {
    expect(centringScroll(box(200, 20), pane)).toBe(0);
    expect(centringScroll(box(124, 20), pane)).toBe(0);
  });
  it('centres a segment near an edge or outside the pane', () => {
    expect(centringScroll(box(110, 20), pane)).toBe(110 - 100 - (400 - 20) / 2);
    expect(centringScroll(box(900, 20), pane)).toBe(900 - 100 - 190);
    expect(centringScroll(box(-300, 20), pane)).toBe(-300 - 100 - 190);
  });
  it('moves the segment to the middle', () => {
    const seg = box(900, 20);
    const after = seg.top - centringScroll(seg, pane);
    expect(after - pane.top + seg.height / 2).toBe(pane.height / 2);
  });
});

describe('segmentAt', () => {
  const starts = [10, 14, 20];
  it('finds the last segment starting at or before the offset', () => {
    expect(segmentAt(starts, (s) => s, 10)).toBe(10);
    expect(segmentAt(starts, (s) => s, 19)).toBe(14);
    expect(segmentAt(starts, (s) => s, 99)).toBe(20);
    expect(segmentAt(starts, (s) => s, 5)).toBeUndefined();
  });
});

describe('estimateLineHeight', () => {
  it('counts wrapped rows of about 46 characters, one row at least', () => {
    expect(estimateLineHeight(0)).toBe(21);
    expect(estimateLineHeight(46)).toBe(21);
    expect(estimateLineHeight(47)).toBe(42);
  });
});
