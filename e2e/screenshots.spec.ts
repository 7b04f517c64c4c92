// Screenshots for a person to look at (PW_SHOTS=dir to write them; default /tmp/shots).
import { mkdirSync } from 'node:fs';
import { test, waitForIdle } from './fixtures';

const dir = process.env.PW_SHOTS ?? '/tmp/shots';

test('screenshots at 1280 and 1680', async ({ page }) => {
  mkdirSync(dir, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await page.screenshot({ path: `${dir}/welcome-1280.png` });
  await page.getByRole('button', { name: /示例报告/ }).click();
  await page.screenshot({ path: `${dir}/samples-menu-1280.png` });
  await page.locator('.menu-list').getByRole('button', { name: /海南省公安厅 2020/ }).click();
  await waitForIdle(page);
  await page.screenshot({ path: `${dir}/hainan-tables-1280.png` });
  await page.getByRole('tab', { name: '概况' }).click();
  await page.screenshot({ path: `${dir}/hainan-overview-1280.png` });
  await page.getByRole('searchbox', { name: '搜索原文' }).fill('公開');
  await page.screenshot({ path: `${dir}/hainan-search-1280.png` });
  await page.setViewportSize({ width: 1680, height: 1000 });
  await page.getByRole('button', { name: 'English' }).click();
  await page.screenshot({ path: `${dir}/hainan-en-1680.png` });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('tab', { name: 'Issues' }).click();
  await page.screenshot({ path: `${dir}/hainan-en-issues-1280.png` });
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByTestId('file-input').setInputFiles({ name: 'noise.bin', mimeType: 'application/octet-stream', buffer: Buffer.alloc(0) });
  await waitForIdle(page);
  await page.screenshot({ path: `${dir}/error-1280.png` });
});
