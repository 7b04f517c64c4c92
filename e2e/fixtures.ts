// Shared Playwright fixture: a test fails on any console error, any uncaught page error, any
// request that leaves the page's origin (the app must not talk to the network), and any
// Content-Security-Policy violation the page reports (the built app carries its policy).
import { readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ page: Page; expectedConsoleErrors: RegExp[] }>({
  /** a test that provokes an error on purpose lists the console messages it expects */
  expectedConsoleErrors: [[], { option: true }],
  page: async ({ page, baseURL, expectedConsoleErrors }, use) => {
    const problems: string[] = [];
    const origin = new URL(baseURL!).origin;
    page.on('console', (m) => {
      if (m.type() === 'error' && !expectedConsoleErrors.some((r) => r.test(m.text()))) problems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    // installed before any page script runs, on every navigation
    await page.exposeFunction('goujiCspViolation', (v: string) => problems.push(`CSP violation: ${v}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const report = (window as unknown as { goujiCspViolation?: (v: string) => void }).goujiCspViolation;
        report?.(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
      });
    });
    page.on('request', (r) => {
      const u = r.url();
      if (u.startsWith('data:') || u.startsWith('blob:')) return;
      if (new URL(u).origin !== origin) problems.push(`request to another origin: ${u}`);
    });
    await use(page);
    expect(problems, 'console errors, page errors, CSP violations or foreign requests').toEqual([]);
  },
});

export { expect };

/** Wait until the current job has finished (a result or an error is on the status line). */
export async function waitForIdle(page: Page): Promise<void> {
  await expect(page.getByTestId('status')).not.toHaveClass(/status-busy/, { timeout: 20_000 });
}

/** Drop a file on the page the way a browser does: a DataTransfer carried by a drop event. */
export async function dropFile(page: Page, name: string, content: Buffer | string, type = 'text/plain'): Promise<void> {
  const bytes = [...(typeof content === 'string' ? Buffer.from(content, 'utf8') : content)];
  const dt = await page.evaluateHandle(
    (f) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
      return transfer;
    },
    { bytes, name, type },
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: dt });
  await expect(page.getByTestId('drop-overlay')).toBeVisible();
  await page.dispatchEvent('body', 'drop', { dataTransfer: dt });
}

/** Open a sample of public/samples by dropping it on the page at a viewport size; wait for its result. */
export async function openSample(page: Page, file: string, size = { width: 1280, height: 800 }): Promise<void> {
  await page.setViewportSize(size);
  await page.goto('/');
  const type = file.endsWith('.html') ? 'text/html' : 'text/plain';
  await dropFile(page, file, readFileSync(`public/samples/${file}`), type);
  await expect(page.getByTestId('status')).toContainText(file, { timeout: 30_000 });
  await expect(page.getByTestId('status')).not.toHaveClass(/status-busy/, { timeout: 30_000 });
}

/**
 * Every verdict stored in IndexedDB, as `state:note`, sorted. A navigation before the write has
 * ended would lose it, so tests wait for this instead of sleeping. Never creates the database:
 * an open that would (onupgradeneeded) is aborted.
 */
export const storedVerdicts = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('gouji');
        open.addEventListener('upgradeneeded', () => open.transaction?.abort());
        open.addEventListener('error', () => resolve([]));
        open.addEventListener('success', () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('reviews')) return (db.close(), resolve([]));
          const req = db.transaction('reviews').objectStore('reviews').getAll();
          req.addEventListener('success', () => {
            db.close();
            const all = (req.result as { review?: { reviews?: Record<string, { state: string; note: string }> } }[]).flatMap((r) => Object.values(r.review?.reviews ?? {}));
            resolve(all.map((v) => `${v.state}:${v.note}`).sort());
          });
          req.addEventListener('error', () => (db.close(), resolve([])));
        });
      }),
  );
