// A missing year and a year claimed twice (issue 10 item 4) in the real browser: a folder of
// real Pingtan reports with 2022 left out and the 2021 report in twice (another sub-folder,
// another name). The chains view says both, above the table and in the cells, in Chinese and
// in English; batch.json carries both findings.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { sample, waitDone, SHOTS } from './batch-helpers';

test('a gap year and a duplicate year: listed above the chains, marked in their cells, in zh and en, and in batch.json', async ({ page }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'gouji-findings-'));
  const files: [string, Buffer][] = [
    ['r/2020/pingtan-2020.txt', sample('pingtan-2020-flattened.txt')],
    ['r/2021/pingtan-2021.txt', sample('pingtan-2021-flattened.txt')],
    ['r/again/pingtan-2021-copy.txt', sample('pingtan-2021-flattened.txt')],
    ['r/2023/pingtan-2023.txt', readFileSync('e2e/fixtures/pingtan/pingtan-2023.txt')],
  ];
  for (const [name, bytes] of files) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  await page.goto('/');
  await page.getByTestId('folder-input').setInputFiles(join(dir, 'r'));
  await waitDone(page);
  await page.getByRole('tab', { name: '年度链' }).click();

  const findings = page.getByTestId('chain-findings');
  await expect(findings.locator('summary')).toHaveText('缺少的年度 1 处，同一年度多份报告 1 处');
  const missing = findings.locator('li[data-finding="chain.missingYear"]');
  await expect(missing).toHaveAttribute('data-year', '2022');
  await expect(missing).toContainText('平潭综合实验区');
  await expect(missing).toContainText('缺 2022 年的报告，2021 年到 2023 年之间无法逐年核对');
  const dup = findings.locator('li[data-finding="chain.duplicateYear"]');
  await expect(dup).toHaveAttribute('data-year', '2021');
  await expect(dup).toContainText('2021 年有 2 份报告');
  await expect(dup).toContainText('pingtan-2021.txt');
  await expect(dup).toContainText('pingtan-2021-copy.txt');

  // in the cells: 2022 marked missing, 2021 lists both reports (the one the links read marked)
  const table = page.getByTestId('chains-table');
  const line = table.locator('tbody tr', { hasText: '平潭综合实验区' });
  const cell = async (year: number) => {
    const col = await table.locator('thead th').allTextContents();
    return line.locator('td').nth(col.indexOf(String(year)) - 1);
  };
  await expect(await cell(2022)).toHaveClass(/bg-chain-missing/);
  await expect(await cell(2022)).toContainText('缺 2022 年');
  const c2021 = await cell(2021);
  await expect(c2021).toContainText('2021 年有 2 份报告');
  await expect(c2021.locator('[data-chain-file]')).toHaveCount(2);
  await expect(c2021.locator('[data-chain-file]').first()).toContainText('（用于衔接核对）');
  // the links on either side of the gap: 2020→2021 checked, none across the gap
  await expect(page.getByTestId('link-2020-2021')).toBeVisible();
  await expect(page.getByTestId('link-2021-2023')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/batch-chain-findings-zh.png` });
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  // a finding takes the table to its body's line
  await missing.getByRole('button', { name: '平潭综合实验区' }).click();
  await expect(line).toBeVisible();

  // English, complete
  await page.getByRole('button', { name: 'English' }).click();
  await expect(findings.locator('summary')).toHaveText('Missing years: 1; years with more than one report: 1');
  await expect(missing).toContainText('no report for 2022, so the years from 2021 to 2023 cannot be checked link by link');
  await expect(dup).toContainText('2 reports for 2021 (pingtan-2021.txt, pingtan-2021-copy.txt); the links between years read the first, pingtan-2021.txt');
  await expect(await cell(2022)).toContainText('2022 missing');
  await expect(c2021.locator('[data-chain-file]').first()).toContainText('(read by the links)');
  await page.screenshot({ path: `${SHOTS}/batch-chain-findings-en.png` });

  // and in batch.json, as checks of the chain
  const [d] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="batchJson"]').click()]);
  const batch = JSON.parse(readFileSync(await d.path(), 'utf8')) as { chains: { agency: string; checks: { id: string; year?: number; files?: string[] }[] }[] };
  const chain = batch.chains.find((c) => c.agency === '平潭综合实验区')!;
  expect(chain.checks.find((c) => c.id === 'chain.missingYear')?.year).toBe(2022);
  expect(chain.checks.find((c) => c.id === 'chain.duplicateYear')?.files?.map((f) => f.split('/').pop()).sort()).toEqual(['pingtan-2021-copy.txt', 'pingtan-2021.txt']);
});
