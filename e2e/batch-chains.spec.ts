// The year chains of a workspace with many bodies: only the lines in view are in the page
// (virtualised), the columns stay put while it scrolls, and a failed link far down still opens
// both reports. A generated folder (core/testing/batch-set.ts) with planted carry-over breaks.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test, expect } from './fixtures';
import { waitDone } from './batch-helpers';
import { generateBatchSet } from '../src/core/testing/batch-set';

test('many bodies: the chains view holds only the lines in view, scrolls to the last body, opens a failed link there', async ({ page }) => {
  test.setTimeout(240_000);
  const set = generateBatchSet({ reports: 280, years: 7, seed: 11, breakEvery: 9 });
  const bodies = new Set(set.files.map((f) => f.agency)).size;
  const dir = mkdtempSync(join(tmpdir(), 'gouji-chains-'));
  for (const f of set.files) {
    mkdirSync(dirname(join(dir, 'r', f.name)), { recursive: true });
    writeFileSync(join(dir, 'r', f.name), f.bytes);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await page.getByTestId('folder-input').setInputFiles(join(dir, 'r'));
  await waitDone(page, 200_000);
  await page.getByRole('tab', { name: '年度链' }).click();
  const table = page.getByTestId('chains-table');
  await expect(table).toHaveAttribute('aria-rowcount', String(bodies + 1));
  const lines = table.locator('tbody tr[aria-rowindex]');
  await expect(lines.first()).toBeVisible();
  // virtualised: far fewer lines in the page than bodies
  expect(await lines.count()).toBeLessThan(bodies / 2);

  const x2025 = async () => (await table.locator('thead th', { hasText: '2025' }).boundingBox())!.x;
  const before = await x2025();
  const scroller = page.getByTestId('chains-scroll');
  await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
  const last = table.locator(`tbody tr[aria-rowindex="${bodies + 1}"]`);
  await expect(last).toBeVisible();
  expect(await x2025()).toBe(before); // the columns did not move with the lines in view
  expect(await lines.count()).toBeLessThan(bodies / 2);

  // a failed link among the last lines opens the comparison of both reports
  const failed = table.locator('tbody tr[aria-rowindex]').locator('.bg-link-fail').last();
  await expect(failed).toBeVisible();
  await failed.click();
  const cmp = page.getByTestId('link-compare');
  await expect(cmp).toContainText('carryOver.total');
  await expect(cmp.locator('tr.bg-check-fail mark')).toHaveCount(2);
});
