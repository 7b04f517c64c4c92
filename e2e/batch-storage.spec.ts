// The workspace near and past the browser's storage quota. Past it with a real quota: Chromium's
// own (Storage.overrideQuotaForOrigin), so IndexedDB's writes are refused as they would be on a
// full disk. Near it: Chromium's estimate() reports a quota of its own choosing (not the
// override), so the page is given an estimate at 85 % to show what it says then.
import { test, expect } from './fixtures';
import { SET, dropFiles, gridRows, waitDone } from './batch-helpers';

test('past a real quota: every result stays on the page, the refusal is said in words, the exports still work', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  // room for about one report past what the page itself keeps (its offline copy)
  const used = await page.evaluate(async () => {
    await navigator.serviceWorker?.ready;
    return (await navigator.storage.estimate()).usage ?? 0;
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseURL!).origin, quotaSize: used + 100 * 1024 });
  await dropFiles(page, SET);
  await waitDone(page);
  await expect(gridRows(page)).toHaveCount(7);
  const alerts = page.getByRole('alert');
  await expect(alerts.filter({ hasText: '结果无法保存到本机（存储空间已满）' })).toBeVisible();
  const [d] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="summaryCsv"]').click()]);
  expect(d.suggestedFilename()).toBe('gouji-summary.csv');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(alerts.filter({ hasText: 'Results cannot be saved on this device (storage is full)' })).toBeVisible();
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseURL!).origin });
});

test('near the quota: the usage against the limit, and a warning before it is reached', async ({ page }) => {
  await page.addInitScript(() => {
    const MB = 1024 * 1024;
    navigator.storage.estimate = async () => ({ usage: 85 * MB, quota: 100 * MB });
  });
  await page.goto('/');
  await dropFiles(page, SET.slice(0, 2));
  await waitDone(page);
  await expect(page.getByTestId('storage-usage')).toContainText('本机已存储 85.0 MB（上限 100.0 MB）');
  await expect(page.getByRole('alert').filter({ hasText: '存储空间即将用完（已用 85%）' })).toBeVisible();
});

test('a new workspace asks the browser for persistent storage, and says when it is granted', async ({ page }) => {
  // the browser's answer is its own (headless Chromium may refuse): the page is given one that grants
  await page.addInitScript(() => {
    const sm = navigator.storage as StorageManager & { asked?: number };
    let granted = false;
    sm.asked = 0;
    sm.persisted = async () => granted;
    sm.persist = async () => {
      sm.asked! += 1;
      granted = true;
      return true;
    };
  });
  await page.goto('/');
  await expect(page.getByTestId('batch-workspace')).toHaveCount(0);
  expect(await page.evaluate(() => (navigator.storage as StorageManager & { asked?: number }).asked)).toBe(0);
  await dropFiles(page, SET.slice(0, 3));
  await waitDone(page);
  expect(await page.evaluate(() => (navigator.storage as StorageManager & { asked?: number }).asked)).toBe(1);
  await expect(page.getByTestId('storage-usage')).toContainText('已获准持久保存');
});
