// What the service worker told the page: the app works offline now, a new version is waiting.
// Kept outside the report store: it is about the app, not the report, and changes rarely.
import { useSyncExternalStore } from 'react';

export interface OfflineState {
  /** every file of the app is cached: it works with the network off */
  offlineReady: boolean;
  /** a new version is installed and waiting; `apply` reloads into it */
  updateWaiting: boolean;
}

let state: OfflineState = { offlineReady: false, updateWaiting: false };
let apply: () => void = () => {};
const listeners = new Set<() => void>();

export function setOfflineState(patch: Partial<OfflineState>): void {
  state = { ...state, ...patch };
  for (const l of listeners) l();
}

export function setApplyUpdate(f: () => void): void {
  apply = f;
}

/** Reload into the waiting version (only when the user asks: never mid-work). */
export function applyUpdate(): void {
  apply();
}

export function useOfflineState(): OfflineState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
  );
}
