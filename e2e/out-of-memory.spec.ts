// Out of memory: a worker that exhausts its heap ends the page in Chromium, and the next page
// says so and works; an input over the memory budget is refused before work.
import { readFileSync } from 'node:fs';
import { test, expect, waitForIdle, dropFile } from './fixtures';

const sample = () => readFileSync('public/samples/ziyang-county-police-2020.txt');

// A small V8 heap (every isolate of the renderer) so the worker exhausts it in seconds, not after
// minutes and gigabytes on a shared machine. The same args as playwright.config.ts otherwise.
test.use({
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--js-flags=--max-old-space-size=128'],
  },
});

// What Chromium does (Debian's 156): a dedicated worker that exhausts its V8 heap is not ended
// alone; V8's fatal out-of-memory ends the whole renderer process, page included, and no event
// reaches any script. What can be done is what this tests: the next page of the app says so
// (the job was noted under a Web Lock of the dead page, see src/ui/store/running-note.ts) and
// works. (Allocation failures V8 lets a script catch become a coded out-of-memory message:
// src/worker/handle-request.test.ts, src/ui/store/store.test.ts.)
test('a worker that exhausts its heap ends the page; the next page says so and works', async ({ page }) => {
  test.slow();
  await page.route(/parse\.worker-[^/]*\.js$/, async (route) => {
    // like the real worker: says it is ready, takes its lock and says so, reports its first
    // stage, then grows until its heap is exhausted
    await route.fulfill({
      contentType: 'text/javascript',
      body: `self.postMessage({ type: 'ready', jobId: -1 });
navigator.locks.request(self.name, () => { self.postMessage({ type: 'lock-held', jobId: -1 }); return new Promise(() => {}); });
self.onmessage = (e) => {
  self.postMessage({ type: 'progress', jobId: e.data.jobId, stage: 'decode' });
  const keep = [];
  for (;;) keep.push(new Array(1 << 20).fill(keep.length));
};`,
    });
  });
  await page.goto('/');
  const crashed = page.waitForEvent('crash', { timeout: 90_000 });
  await dropFile(page, 'ziyang.txt', sample());
  await crashed;

  const next = await page.context().newPage();
  const problems: string[] = [];
  next.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  next.on('pageerror', (e) => problems.push(e.message));
  await next.goto('/');
  await expect(next.getByTestId('page-died-notice')).toContainText('上次检查“ziyang.txt”时页面意外停止');
  // said once: the dead page's note was read and removed (no job runs now)
  expect(await next.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('gouji.running.')))).toEqual([]);
  await dropFile(next, 'ziyang.txt', sample());
  await waitForIdle(next);
  // the next input clears the notice
  await expect(next.getByRole('alert')).toHaveCount(0);
  await expect(next.getByTestId('source-scroll')).toContainText('紫阳县公安局');
  expect(problems).toEqual([]);
});

// The budget checked before work (src/core/decode/memory-budget.ts): with this heap (Chromium
// reports its limit to the page), a 5 MB text would need more than the parser may use; it is
// refused unread with the need and the limit named, and a report that fits is inspected.
test('an input over the memory budget is refused before work, naming the limit', async ({ page }) => {
  test.slow();
  await page.goto('/');
  const limit = await page.evaluate(() => (performance as unknown as { memory?: { jsHeapSizeLimit: number } }).memory?.jsHeapSizeLimit);
  expect(limit).toBeLessThan(512 * 1024 * 1024);
  const big = Buffer.concat(Array.from({ length: 800 }, () => sample())); // 5.1 MB
  await page.getByTestId('file-input').setInputFiles({ name: 'big.txt', mimeType: 'text/plain', buffer: big });
  await waitForIdle(page);
  await expect(page.getByRole('alert')).toContainText('内存不够检查这份输入');
  await expect(page.getByRole('alert')).toContainText(`内存上限约为 ${(limit! / 1024 / 1024).toFixed(1)} MB`);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('alert')).toContainText("the parser's memory on this page is limited to about");
  await dropFile(page, 'ziyang.txt', sample());
  await waitForIdle(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByTestId('source-scroll')).toContainText('紫阳县公安局');
});
