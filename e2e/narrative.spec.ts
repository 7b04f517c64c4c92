// Narrative checks and the prose table (issue 11, item 5) in the real browser: a fee said to be
// none beside table 二's fees, a review count in the prose against table 四 (both read as
// warnings, with their words in zh and en), and a pre-2019 report's figures in a table of their
// own that finds each figure in the source. Axe-clean in both languages; screenshots to
// /tmp/shots/narrative for a person to look at.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { test, expect, dropFile, openSample } from './fixtures';

const SHOTS = '/tmp/shots/narrative';
mkdirSync(SHOTS, { recursive: true });

const tab = (page: Page, name: string | RegExp) => page.getByRole('tab', { name });

/** the Huai'an 2024 report with two planted contradictions in its prose (its tables untouched) */
function planted(): string {
  const text = readFileSync('public/samples/huaian-gov-2024-pdftext.txt', 'utf8');
  const out = text.replace('政府信息公开行政复议 351', '政府信息公开行政复议 350').replace(/2024 年，市政府严格落实《政府信息公开信息处理费管理\n办法》，全年收取政府信息公开信息处理费 3940 元。/, '本年度本机关未收取任何费用。');
  expect(out).not.toBe(text);
  return out;
}

async function axeClean(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.use({ bypassCSP: true });

test('prose against tables: a review count and a "no fee at all" read as warnings with their spans, in zh and en', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await dropFile(page, 'huaian-planted.txt', planted());
  await expect(page.getByTestId('status')).not.toHaveClass(/status-busy/, { timeout: 30_000 });
  await tab(page, '问题').click();
  const review = page.locator('[data-issue="c:prose.review"]');
  const fees = page.locator('[data-issue="c:narrative.feesTable"]');
  await expect(review).toContainText('正文所述行政复议数（350）与表格（351）不符');
  await expect(fees).toContainText('未收取任何费用');
  await expect(fees).toContainText('行政事业性收费');
  // a warning, not a 勾稽 failure
  await expect(page.getByRole('region', { name: /^警告/ }).locator('[data-issue="c:prose.review"]')).toHaveCount(1);
  // selecting it lands on the prose figure in the source
  await review.click();
  await expect(page.getByTestId('selection-info')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/prose-warnings-zh-1280.png` });
  await axeClean(page);

  await page.getByRole('button', { name: 'English' }).click();
  await tab(page, 'Issues').click();
  await expect(review).toBeVisible();
  await expect(fees).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/prose-warnings-en-1280.png` });
  await axeClean(page);
});

for (const width of [390, 1280]) {
  test(`a pre-2019 report: the figures its prose states, in a table of their own, zh and en, ${width} px`, async ({ page }) => {
    await openSample(page, 'guangdong-provincial-police-2017-traditional.txt', { width, height: 800 });
    if (width < 900) await page.getByRole('button', { name: /表格与问题/ }).click();
    await tab(page, '表格').click();
    const table = page.locator('[data-table="prose"]');
    await expect(table.getByRole('heading', { name: '正文所述数字' })).toBeVisible();
    await expect(table.locator('tr[data-row="received"]')).toContainText('收到申请');
    await expect(table.locator('tr[data-row="received"]')).toContainText('258 件');
    await expect(table.locator('tr[data-row="review"]')).toContainText('11 件');
    await expect(table.locator('tr[data-row="litigation"]')).toContainText('4 件');
    await expect(table.locator('tr[data-row="fees"]')).toContainText('未收取（0 元）');
    await expect(table.locator('tr[data-row="fees"]')).toContainText('不收取任何費用');
    // no sideways page scroll
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.screenshot({ path: `${SHOTS}/prose-table-zh-${width}.png` });
    await axeClean(page);

    await page.getByRole('button', { name: 'English' }).click();
    if (width < 900) await page.getByRole('button', { name: /Tables and issues/ }).click().catch(() => {});
    await tab(page, 'Tables').click();
    await expect(table.getByRole('heading', { name: 'Figures stated in the text' })).toBeVisible();
    await expect(table.locator('tr[data-row="denied"]')).toContainText('Requests refused');
    await expect(table.locator('tr[data-row="denied"]')).toContainText('36');
    await expect(table.locator('tr[data-row="fees"]')).toContainText('none charged (0 yuan)');
    await page.screenshot({ path: `${SHOTS}/prose-table-en-${width}.png` });
    await axeClean(page);

    if (width >= 900) {
      // the source of a figure: selecting it shows where it stands
      await table.locator('tr[data-row="review"]').getByRole('button').click();
      const text = readFileSync('public/samples/guangdong-provincial-police-2017-traditional.txt', 'utf8');
      const at = text.indexOf('行政複議申請11宗') + '行政複議申請'.length;
      await expect(page.getByTestId('selection-info')).toContainText(String(at));
      await page.screenshot({ path: `${SHOTS}/prose-table-selected-${width}.png` });
    }
  });
}
