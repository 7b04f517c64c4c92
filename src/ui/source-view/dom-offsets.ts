// Map a DOM selection inside the source view back to offsets in the shown text. Every text
// segment carries data-off (its first offset); the line-number gutter has none.
import type { Span } from '../../core/types';

function offsetOf(node: Node | null, nodeOffset: number): number | null {
  if (!node) return null;
  const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const seg = el?.closest<HTMLElement>('[data-off]');
  if (!seg) return null;
  const base = Number(seg.dataset.off);
  if (node.nodeType === Node.TEXT_NODE) return base + nodeOffset;
  // Element position: before/after its children; count the text of the preceding children.
  let n = 0;
  for (let i = 0; i < nodeOffset && i < node.childNodes.length; i++) n += node.childNodes[i]!.textContent?.length ?? 0;
  return base + n;
}

export function selectionToSpan(sel: globalThis.Selection | null, root: HTMLElement): Span | null {
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const r = sel.getRangeAt(0);
  if (!root.contains(r.startContainer) || !root.contains(r.endContainer)) return null;
  const a = offsetOf(r.startContainer, r.startOffset);
  const b = offsetOf(r.endContainer, r.endOffset);
  if (a === null || b === null || a === b) return null;
  return a < b ? [a, b] : [b, a];
}
