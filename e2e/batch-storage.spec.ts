// The workspace near and past the browser's storage quota, with a real quota: Chromium's own
// (Storage.overrideQuotaForOrigin), so estimate() and IndexedDB's writes both feel it.
import { test, expect } from './fixtures';
import { SET, dropFiles, gridRows, waitDone } from './batch-helpers';

test('a small quota: the warning before it is reached, then the results kept on the page and said so in words', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseURL!).origin, quotaSize: 3 * 1024 * 1024 });
  await dropFiles(page, SET);
  await waitDone(page);
  // every readable report is in the grid even though not all could be kept
  await expect(gridRows(page)).toHaveCount(6);
  await expect(page.getByTestId('storage-usage')).toContainText('上限 3.0 MB');
  const alerts = page.getByRole('alert');
  await expect(alerts.filter({ hasText: '存储空间即将用完' })).toBeVisible();
  await expect(alerts.filter({ hasText: '结果无法保存到本机（存储空间已满）' })).toBeVisible();
  // the exports still work, from the page
  const [d] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="summaryCsv"]').click()]);
  expect(d.suggestedFilename()).toBe('gouji-summary.csv');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(alerts.filter({ hasText: 'Results cannot be saved on this device (storage is full)' })).toBeVisible();
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseURL!).origin });
});
