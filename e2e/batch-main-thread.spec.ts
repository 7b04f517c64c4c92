// Where no worker can start (some locked-down browsers), a batch still runs: one report at a
// time on the page's thread, in slices, with the notice in both languages, and finds what the
// worker pool finds. Zips are read and exports built on the page too.
import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { SET, dropFiles, gridRows, waitDone } from './batch-helpers';

/** every grid row's cells, in the grid's order */
const gridText = (page: Page) =>
  gridRows(page).evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('[role="gridcell"]')].map((c) => c.textContent).join(' | ')));

async function summaryCsv(page: Page): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="summaryCsv"]').click()]);
  return readFileSync(await d.path(), 'utf8');
}

const DISABLE_WORKERS = `window.Worker = function Worker() { throw new DOMException('Workers are disabled', 'SecurityError'); };`;

test('Workers forbidden: the batch runs on the page with a notice, and finds what the pool finds', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await dropFiles(page, SET);
  await waitDone(page, 120_000);
  await expect(page.getByTestId('main-thread-notice')).toHaveCount(0);
  const inWorkers = await gridText(page);
  const csvInWorkers = await summaryCsv(page);
  expect(inWorkers).toHaveLength(7);

  // from the next page load on, constructing a worker throws, as a locked-down browser does
  await page.addInitScript({ content: DISABLE_WORKERS });
  await page.reload();
  await expect(page.getByTestId('batch-workspace')).toBeVisible();
  await dropFiles(page, SET);
  // the restored workspace is 'done' already: wait for the new run first (said on the page from
  // its start to its end, a restored run never says it)
  await expect(page.getByTestId('batch-on-page')).toBeVisible();
  await waitDone(page, 120_000);
  await expect(page.getByTestId('main-thread-notice')).toContainText('Workers are disabled');
  await expect(page.getByTestId('main-thread-notice')).toContainText('此浏览器无法启动后台解析');
  await expect(page.getByTestId('batch-on-page')).toContainText('改在页面内逐份分段检查');
  expect(await gridText(page)).toEqual(inWorkers);
  await page.getByRole('tab', { name: /无法读取（2）/ }).click();
  await expect(page.locator('.bg-unreadable')).toContainText('binary.txt');

  // the planted chain failure is found on the page too
  await page.getByRole('tab', { name: '年度链' }).click();
  await expect(page.getByTestId('link-2020-2021')).toContainText('不符');
  // the export worker cannot start either: the page builds the same file
  expect(await summaryCsv(page)).toEqual(csvInWorkers);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('main-thread-notice')).toContainText('This browser could not start background parsing');
  await expect(page.getByTestId('batch-on-page')).toContainText('one report at a time on the page');
});

test('Workers forbidden: a zip is read on the page', async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript({ content: DISABLE_WORKERS });
  const zip = Buffer.from(zipSync({ 'a/pingtan-2020.txt': new Uint8Array(SET[0]!.buffer), 'a/ziyang.txt': new Uint8Array(SET[2]!.buffer), 'a/x.doc': new Uint8Array([1]) }));
  await page.goto('/');
  await page.getByTestId('file-input').setInputFiles({ name: 'reports.zip', mimeType: 'application/zip', buffer: zip });
  await waitDone(page, 100_000);
  await expect(gridRows(page)).toHaveCount(3);
  await expect(page.getByTestId('batch-grid')).toContainText('reports.zip/a/ziyang.txt');
  await expect(page.getByTestId('batch-on-page')).toBeVisible();
});

test.describe('pool worker script blocked', () => {
  // the browser logs the failed loads; nothing else may be logged
  test.use({ expectedConsoleErrors: [/Failed to load resource|parse\.worker/i] });

  test('workers whose script never loads: the jobs in flight are put back and run on the page', async ({ page }) => {
    test.setTimeout(120_000);
    await page.route(/parse\.worker-[^/]*\.js$/, (route) => route.fulfill({ status: 403, body: 'forbidden' }));
    await page.goto('/');
    await dropFiles(page, SET.slice(0, 4));
    await waitDone(page, 100_000);
    await expect(gridRows(page)).toHaveCount(4);
    // none failed: the job a dead worker held ran again on the page
    await expect(page.locator('.bg-error')).toHaveCount(0);
    await expect(page.getByTestId('batch-on-page')).toBeVisible();
    await expect(page.getByTestId('main-thread-notice')).toBeVisible();
  });
});
