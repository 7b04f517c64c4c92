// The Content-Security-Policy of the built app, as a <meta http-equiv> in index.html: the app is
// static and may be served by any plain web server, so it cannot count on a header.
//
// - No script but the app's own files: no 'unsafe-eval', no inline script (Vite's build has none).
// - style-src 'self' without 'unsafe-inline': the only inline styles are React `style` props,
//   which React (and recharts, @tanstack/react-virtual through React) set through the CSSOM
//   (element.style.x = …), which style-src does not govern; a `style="…"` attribute in HTML or a
//   <style> element would be blocked, and the app writes neither.
// - img-src data: for the empty favicon (`data:,`).
// - A <meta> policy cannot set frame-ancestors, report-uri or sandbox (a header can), and it
//   governs the document only: a worker gets its policy from its own response's headers.
import type { Plugin } from 'vite';

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Adds the policy to the built index.html only: the dev server's hot reload needs inline script. */
export function cspMeta(): Plugin {
  return {
    name: 'gouji-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
    },
  };
}
