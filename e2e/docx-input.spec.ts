// A Word report chosen with the picker: mammoth loads lazily inside the worker, and the text it
// extracts (tables as tab-separated rows) is what the source view shows.
import { readFileSync } from 'node:fs';
import { test, expect, waitForIdle } from './fixtures';

test('a Word (.docx) report is read in the browser, mammoth loaded only on use', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.js')) scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('/');
  const firstLoad = [...scripts];
  await page.getByTestId('file-input').setInputFiles({
    name: 'small-table.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: readFileSync('fixtures/decode/small-table.docx'),
  });
  await waitForIdle(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByTestId('source-scroll')).toContainText('某县人民政府2020年政府信息公开工作年度报告');
  await expect(page.getByTestId('source-scroll')).toContainText('属于国家秘密');
  // besides the worker itself, more code arrived after the input: the Word reader is lazy
  const later = scripts.slice(firstLoad.length).filter((s) => !/parse\.worker/.test(s));
  expect(later.length, scripts.join(' ')).toBeGreaterThan(0);
  await page.getByRole('tab', { name: '概况' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('Word');
});
