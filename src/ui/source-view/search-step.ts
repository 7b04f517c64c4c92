// Stepping through search matches (pure): Enter / ↓ forward, Shift+Enter / ↑ back, wrapping.

/** The match after `current` moving by `d` (±1) among `n` matches, wrapping round; 0 when none. */
export function stepMatch(current: number, d: number, n: number): number {
  return n ? (((current + d) % n) + n) % n : 0;
}

/** "/" outside a text field jumps to the search box, as in most code viewers. */
export function isSearchShortcut(e: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; target: EventTarget | null }): boolean {
  const el = e.target as { isContentEditable?: boolean; tagName?: string } | null;
  const typing = !!el && (!!el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName ?? ''));
  return e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey;
}
