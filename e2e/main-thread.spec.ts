// Where no worker can start (some locked-down browsers), the same core runs on the page's
// thread in slices, with a notice in both languages, and finds the same as the worker.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, dropFile, waitForIdle } from './fixtures';

const sample = () => readFileSync('public/samples/ziyang-county-police-2020.txt');

/** the status line's counts by kind (failed, uncertain, warnings, garbles, notes) */
async function counts(page: Page): Promise<Record<string, number>> {
  const pills = page.getByTestId('status').locator('[data-count]');
  const out: Record<string, number> = {};
  for (const p of await pills.all()) out[(await p.getAttribute('data-count'))!] = Number(/\d+/.exec((await p.textContent())!)?.[0]);
  return out;
}

async function inspectSample(page: Page): Promise<Record<string, number>> {
  await page.goto('/');
  await dropFile(page, 'ziyang.txt', sample());
  await waitForIdle(page);
  await expect(page.getByTestId('status')).toContainText('ziyang.txt');
  await expect(page.getByTestId('source-scroll')).toContainText('紫阳县公安局');
  return counts(page);
}

test('Worker forbidden: the notice shows (zh, en) and the result matches the worker', async ({ page }) => {
  test.slow();
  const inWorker = await inspectSample(page);
  await expect(page.getByTestId('main-thread-notice')).toHaveCount(0);
  expect(Object.keys(inWorker)).toContain('failed');

  // from the next page load on, constructing a worker throws, as a locked-down browser does
  await page.addInitScript({ content: `window.Worker = function Worker() { throw new DOMException('Workers are disabled', 'SecurityError'); };` });
  const onPage = await inspectSample(page);
  const notice = page.getByTestId('main-thread-notice');
  await expect(notice).toContainText('此浏览器无法启动后台解析');
  await expect(notice).toContainText('Workers are disabled');
  expect(onPage).toEqual(inWorker);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(notice).toContainText('This browser could not start background parsing');
  // a second input keeps working on the main thread
  await dropFile(page, 'again.txt', sample());
  await waitForIdle(page);
  await expect(page.getByTestId('status')).toContainText('again.txt');
  expect(await counts(page)).toEqual(inWorker);
});

test.describe('worker script blocked', () => {
  // the browser logs the failed load; nothing else may be logged
  test.use({ expectedConsoleErrors: [/Failed to load resource|parse\.worker/i] });

  test('a worker whose script never loads: the same core runs on the page', async ({ page }) => {
    test.slow();
    await page.route(/parse\.worker-[^/]*\.js$/, (route) => route.fulfill({ status: 403, body: 'forbidden' }));
    const onPage = await inspectSample(page);
    await expect(page.getByTestId('main-thread-notice')).toBeVisible();
    expect(onPage.failed).toBeDefined();
  });
});
