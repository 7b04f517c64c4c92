// Works offline after the first visit: a Workbox service worker (vite-plugin-pwa, generateSW)
// precaches every file of the build (app shell, the worker, and the lazily loaded chunks: lexicon,
// pdf.js and its worker and CMaps, mammoth, charts; the sample reports), with a manifest of
// content hashes generated at build time. A new build is announced in the page
// (src/ui/offline), never swapped in under the user's work: registerType 'prompt'.
import { VitePWA } from 'vite-plugin-pwa';

export function offline() {
  return VitePWA({
    registerType: 'prompt',
    // registered from the app's own bundle (src/ui/offline/register.ts): no inline script
    injectRegister: false,
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{js,css,html,bcmap,txt}'],
      // the lexicon chunk and pdf.js's worker are over the 2 MiB default
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // the service worker and its Workbox runtime are plain files: no eval (the page's CSP)
      inlineWorkboxRuntime: false,
      sourcemap: false,
    },
  });
}
