// Scrolling a segment into the middle of the pane (pure arithmetic, tested without a DOM).

export interface Box {
  top: number;
  bottom: number;
  height: number;
}

/** How far to scroll the pane so `seg` stands centred, or 0 when it already shows clear of the edges. */
export function centringScroll(seg: Box, pane: Box, margin = 24): number {
  if (seg.top >= pane.top + margin && seg.bottom <= pane.bottom - margin) return 0;
  return seg.top - pane.top - (pane.height - seg.height) / 2;
}

/** The segment holding `offset`: the last one starting at or before it (segments in text order). */
export function segmentAt<T>(segments: readonly T[], startOf: (s: T) => number, offset: number): T | undefined {
  return segments.filter((s) => startOf(s) <= offset).at(-1);
}
