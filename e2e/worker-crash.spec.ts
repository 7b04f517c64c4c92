// A worker that dies: the page says so (Chinese first) and the next input starts a new worker.
import { readFileSync } from 'node:fs';
import { test, expect, waitForIdle, dropFile } from './fixtures';

test.use({ expectedConsoleErrors: [/simulated worker crash/] });

test('a crashing worker gives a message and the next input works', async ({ page }) => {
  let crash = true;
  // The first worker script served starts, then throws on its job; later requests get the real
  // one. (A script that fails before it is ready never started: the page runs the job itself,
  // see main-thread.spec.ts.)
  await page.route(/parse\.worker-[^/]*\.js$/, async (route) => {
    if (!crash) return route.continue();
    crash = false;
    await route.fulfill({ contentType: 'text/javascript', body: `self.onmessage = () => { throw new Error('simulated worker crash'); };
self.postMessage({ type: 'ready', jobId: -1 });` });
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
