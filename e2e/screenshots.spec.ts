// Screenshots of every view for a person to look at (PW_SHOTS=dir; default /tmp/shots), at a
// laptop size and a large screen. PW_DOC_SHOT=path also writes the README's picture (tables and
// source with a mismatched total selected, 1280×800).
import { mkdirSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { test, expect, waitForIdle, dropFile } from './fixtures';
import type { Page } from '@playwright/test';

const dir = process.env.PW_SHOTS ?? '/tmp/shots';
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1680, height: 1050 },
];

async function openSample(page: Page, label: RegExp) {
  await page.getByRole('button', { name: /示例报告|Samples/ }).first().click();
  await page.locator('.menu-list').getByRole('button', { name: label }).click();
  await waitForIdle(page);
}

for (const size of SIZES) {
  test(`every view at ${size.width}×${size.height}`, async ({ page }) => {
    test.setTimeout(60_000);
    mkdirSync(dir, { recursive: true });
    const shot = (name: string) => page.screenshot({ path: `${dir}/${name}-${size.width}.png` });
    await page.setViewportSize(size);
    await page.goto('/');
    await shot('welcome');

    // tables: the mismatched (七)总计 of Pingtan 2020 selected, shown in the source
    await openSample(page, /平潭综合实验区 2020/);
    await page.getByRole('tab', { name: '表格' }).click();
    const total = page.locator('[data-table="applications"] [data-cell="resultsTotal:total"]');
    await total.click();
    await expect(page.getByTestId('source-scroll').locator('mark.hl-selection').first()).toBeVisible();
    await page.mouse.move(0, size.height - 1); // no hover outline in the picture
    await shot('tables-pingtan2020-selected');
    if (process.env.PW_DOC_SHOT && size.width === 1280) await page.screenshot({ path: process.env.PW_DOC_SHOT });
    await page.getByRole('tab', { name: '图表' }).click();
    await expect(page.getByRole('img').first()).toBeVisible();
    await shot('charts-pingtan2020');

    // issues and overview on Hainan (traditional, injected characters, tables printed twice)
    await openSample(page, /海南省公安厅 2020/);
    await page.getByRole('tab', { name: '问题' }).click();
    await page.locator('body').press('j');
    await shot('issues-hainan');
    await page.getByRole('tab', { name: '概况' }).click();
    await shot('overview-hainan');
    await page.getByRole('tab', { name: '表格' }).click();
    await page.locator('[data-table="applications"] .tp-notes').scrollIntoViewIfNeeded();
    await shot('tables-notes-hainan');

    // English
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('tab', { name: 'Issues' }).click();
    await shot('en-issues-hainan');
    await page.getByRole('tab', { name: 'Tables' }).click();
    await shot('en-tables-hainan');
    await page.getByRole('button', { name: '中文' }).click();

    // a failed input after a good one: the error and the previous report, marked
    await dropFile(page, 'noise.bin', readFileSync('e2e/fixtures/binary.bin'), 'application/octet-stream');
    await waitForIdle(page);
    await expect(page.getByTestId('stale-banner')).toBeVisible();
    await shot('error-after-report');
  });
}
