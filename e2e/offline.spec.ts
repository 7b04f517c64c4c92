// Offline after the first visit: the service worker precaches the whole build, so with the
// network gone the page reloads, a PDF and a Word report are read (worker, pdf.js, mammoth and
// the lexicon come from the cache), the charts open and the export downloads.
import { readFileSync } from 'node:fs';
import { test, expect, waitForIdle } from './fixtures';

test('after one visit the app works with the network off', async ({ page, context }) => {
  test.slow();
  await page.goto('/');
  // the service worker is active once its install (the precache of every file) has finished
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state), { timeout: 30_000 })
    .toBe('activated');

  // no network: the browser is offline and any request that still reaches it fails
  await context.setOffline(true);
  const network: string[] = [];
  await context.route('**/*', (route) => {
    network.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  await page.reload();
  await expect(page.getByRole('button', { name: '打开文件…' })).toBeVisible();
  expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  await page.getByTestId('file-input').setInputFiles({
    name: 'huaian-2024.pdf',
    mimeType: 'application/pdf',
    buffer: readFileSync('fixtures/samples/huaian-gov-2024.pdf'),
  });
  await waitForIdle(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByTestId('source-scroll')).toContainText('淮安市');

  await page.getByTestId('file-input').setInputFiles({
    name: 'small-table.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: readFileSync('fixtures/decode/small-table.docx'),
  });
  await waitForIdle(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByTestId('source-scroll')).toContainText('属于国家秘密');

  await page.getByRole('tab', { name: '图表' }).click();
  await expect(page.getByRole('tabpanel')).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 JSON' }).click()]);
  expect(download.suggestedFilename()).toBe('small-table.gouji.json');
  expect(JSON.parse(readFileSync(await download.path(), 'utf8')).source.name).toBe('small-table.docx');

  expect(network, 'requests that missed the cache').toEqual([]);
});
