// Cancel and limits: a running inspection stops for real (the worker is terminated, the next
// input starts a new one) and the report on screen stays. Out of memory: out-of-memory.spec.ts.
import { readFileSync } from 'node:fs';
import { test, expect, waitForIdle, dropFile } from './fixtures';

const sample = () => readFileSync('public/samples/ziyang-county-police-2020.txt');

test('cancel stops a running inspection and keeps the report on screen', async ({ page }) => {
  const workerScripts: string[] = [];
  page.on('request', (r) => {
    if (/parse\.worker-[^/]*\.js$/.test(r.url())) workerScripts.push(r.url());
  });
  await page.goto('/');
  await dropFile(page, 'ziyang.txt', sample());
  await waitForIdle(page);
  await expect(page.getByTestId('source-scroll')).toContainText('紫阳县公安局');
  // a big input: the same report many times (several seconds of work)
  const big = Buffer.concat(Array.from({ length: 400 }, () => sample()));
  await page.getByTestId('file-input').setInputFiles({ name: 'big.txt', mimeType: 'text/plain', buffer: big });
  const cancel = page.getByTestId('cancel-inspection');
  await expect(cancel).toBeVisible();
  await cancel.click();
  await expect(page.getByTestId('status')).not.toHaveClass(/status-busy/);
  await expect(page.getByTestId('status')).toContainText('ziyang.txt');
  await expect(page.getByTestId('source-scroll')).toContainText('紫阳县公安局');
  const before = workerScripts.length;
  await dropFile(page, 'again.txt', sample());
  await waitForIdle(page);
  await expect(page.getByTestId('status')).toContainText('again.txt');
  // the cancelled worker was terminated: a fresh one was started for this input
  expect(workerScripts.length).toBeGreaterThan(before);
});
