// Registers the service worker of the build (vite-plugin-pwa, scripts/vite/offline.ts). Called
// once from main.tsx in a production build; the dev server has no service worker.
import { registerSW } from 'virtual:pwa-register';
import { setApplyUpdate, setOfflineState } from './offline-state';

export function registerOffline(): void {
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    immediate: true,
    onOfflineReady: () => setOfflineState({ offlineReady: true }),
    onNeedRefresh: () => setOfflineState({ updateWaiting: true }),
    // offline support is an extra: without it the app works as before, online
    onRegisterError: () => {},
  });
  setApplyUpdate(() => void update(true));
}
