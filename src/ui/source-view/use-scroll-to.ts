// Scrolling to a place in the text whenever a new target comes (the selection, the current
// match). Line heights are estimates until measured, so scroll to the line first, then centre
// the exact segment once it is rendered (a long wrapped line may be taller than the pane).
import { useEffect, useEffectEvent, type RefObject } from 'react';
import { lineAt } from './lines';
import type { Lines } from './use-lines';
import { centringScroll, segmentAt } from './scroll-centre';

/** A place to scroll to; a new object means "scroll again", even to the same offset. */
export type ScrollTarget = { at: number } | null;

export function useScrollTo(target: ScrollTarget, { starts, virtualizer }: Lines, scrollRef: RefObject<HTMLElement | null>): void {
  const scrollToOffset = useEffectEvent((off: number) => {
    const index = lineAt(starts, off);
    virtualizer.scrollToIndex(index, { align: 'center' });
    let tries = 0;
    const settle = () => {
      const box = scrollRef.current;
      const line = box?.querySelector<HTMLElement>(`.src-line[data-index="${index}"]`);
      if (!box || !line) {
        if (++tries < 10) requestAnimationFrame(settle);
        return;
      }
      const seg = segmentAt([...line.querySelectorAll<HTMLElement>('[data-off]')], (s) => Number(s.dataset.off), off) ?? line;
      const d = centringScroll(seg.getBoundingClientRect(), box.getBoundingClientRect());
      if (d) box.scrollTop += d;
    };
    requestAnimationFrame(() => requestAnimationFrame(settle));
  });

  useEffect(() => {
    if (target) scrollToOffset(target.at);
  }, [target]);
}
