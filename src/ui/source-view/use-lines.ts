// The shown text's lines, rendered virtually (only the visible ones), heights estimated until
// measured.
import type { RefObject } from 'react';
import { useMemo } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { lineEnd, lineStarts } from './lines';

/** ~46 characters per visual row in the pane at 1280px, 21px a row (measured afterwards anyway). */
export function estimateLineHeight(chars: number): number {
  return 21 * Math.max(1, Math.ceil(chars / 46));
}

export function useLines(text: string, scrollRef: RefObject<HTMLElement | null>) {
  const starts = useMemo(() => lineStarts(text), [text]);
  // oxlint-disable-next-line react/incompatible-library -- no React Compiler here; the virtualizer re-renders us itself
  const virtualizer = useVirtualizer({
    count: starts.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => estimateLineHeight(lineEnd(text, starts, i) - starts[i]!),
    overscan: 12,
  });
  return { starts, virtualizer };
}

export type Lines = ReturnType<typeof useLines>;
