// A worker that dies: the page says so (Chinese first) and the next input starts a new worker.
import { readFileSync } from 'node:fs';
import { test, expect, waitForIdle, dropFile } from './fixtures';

test.use({ expectedConsoleErrors: [/simulated worker crash/] });

test('a crashing worker gives a message and the next input works', async ({ page }) => {
  let crash = true;
  // The first worker script served throws while loading; later requests get the real one.
  await page.route(/parse\.worker-[^/]*\.js$/, async (route) => {
    if (!crash) return route.continue();
    crash = false;
    await route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("simulated worker crash");' });
  });
  await page.goto('/');
  await dropFile(page, 'ziyang.txt', readFileSync('public/samples/ziyang-county-police-2020.txt'));
  await waitForIdle(page);
  await expect(page.getByRole('alert')).toContainText('解析程序意外停止');
  await dropFile(page, 'ziyang.txt', readFileSync('public/samples/ziyang-county-police-2020.txt'));
  await waitForIdle(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByTestId('source-scroll')).toContainText('紫阳县公安局');
});
