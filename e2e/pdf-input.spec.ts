// A PDF chosen with the picker: pdf.js loads lazily inside the worker, from this origin only.
import { readFileSync } from 'node:fs';
import { test, expect, waitForIdle } from './fixtures';

test('a PDF report is read in the browser without leaving the origin', async ({ page }) => {
  test.slow();
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.js')) scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('/');
  const firstLoad = [...scripts];
  expect(firstLoad.some((s) => /pdf/.test(s)), `pdf.js on the first page: ${firstLoad.join(' ')}`).toBe(false);
  await page.getByTestId('file-input').setInputFiles({
    name: 'huaian-2024.pdf',
    mimeType: 'application/pdf',
    buffer: readFileSync('fixtures/samples/huaian-gov-2024.pdf'),
  });
  await waitForIdle(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByTestId('source-scroll')).toContainText('淮安市');
  // the worker fetched pdf.js's chunks after the input (requests from workers are seen too)
  expect(scripts.slice(firstLoad.length).some((s) => /pdf/.test(s)), scripts.join(' ')).toBe(true);
  await page.getByRole('tab', { name: '概况' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('pdf');
});
