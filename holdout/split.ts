// The two seed ranges. Seeds below HELD_OUT_BASE may be debugged one by one; seeds from
// HELD_OUT_BASE on are the held-out set: only their totals may ever be looked at.
export const HELD_OUT_BASE = 1_000_000;
export const DEBUG_BASE = 1;

export function isHeldOut(seed: number): boolean {
  return seed >= HELD_OUT_BASE;
}
