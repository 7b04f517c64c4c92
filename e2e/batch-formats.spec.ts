// Issue 10 item 1, "accepted inside: every input the app already reads": one folder holding a
// Word report, a PDF, HTML, and text in GB18030, Big5 and UTF-16 goes through the batch pool
// (the same readers as the single-report inspector, lazily loaded in the workers): every member
// is read, none is listed unreadable.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test, expect } from './fixtures';
import { gridRows, waitDone, SHOTS } from './batch-helpers';

test('a folder of every format the app reads: docx, pdf, html, GB18030, Big5, UTF-16 — each read by the pool', async ({ page }) => {
  test.setTimeout(180_000);
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync('public/samples/ziyang-county-police-2020.txt', 'utf8'), 'utf16le')]);
  const files: [string, Buffer][] = [
    ['f/word/small-table.docx', readFileSync('fixtures/decode/small-table.docx')],
    ['f/pdf/huaian-2024.pdf', readFileSync('fixtures/samples/huaian-gov-2024.pdf')],
    ['f/html/shanghai-2019.html', readFileSync('public/samples/shanghai-gov-office-2019.html')],
    ['f/gb18030/haidong-2019.txt', readFileSync('fixtures/decode/haidong.gb18030.txt')],
    ['f/big5/hainan-2020.txt', readFileSync('fixtures/decode/hainan.big5.txt')],
    ['f/utf16/ziyang-2020.txt', utf16],
  ];
  const dir = mkdtempSync(join(tmpdir(), 'gouji-formats-'));
  for (const [name, bytes] of files) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto('/');
  await page.getByTestId('folder-input').setInputFiles(join(dir, 'f'));
  await waitDone(page, 150_000);
  await expect(page.getByTestId('batch-count')).toHaveText('6 / 6 份报告');
  await expect(gridRows(page)).toHaveCount(6);
  await expect(page.getByRole('tab', { name: '无法读取（0）' })).toBeVisible();
  for (const [name] of files) {
    const row = gridRows(page).filter({ hasText: name.slice(2) });
    await expect(row, name).toHaveCount(1);
    // read: no error, and the year found (a report the app reads says its year)
    await expect(row.locator('[data-cell-col="error"]'), name).toHaveText('—');
    await expect(row.locator('[data-cell-col="year"]'), name).not.toHaveText('—');
  }
  // the real reports' bodies (the small Word fixture names a made-up county government)
  await expect(gridRows(page).filter({ hasText: 'huaian-2024.pdf' }).locator('[data-cell-col="agency"]')).toContainText('淮安');
  await expect(gridRows(page).filter({ hasText: 'hainan-2020.txt' }).locator('[data-cell-col="agency"]')).toContainText('海南');
  await expect(gridRows(page).filter({ hasText: 'haidong-2019.txt' }).locator('[data-cell-col="agency"]')).toContainText('海东');
  await page.screenshot({ path: `${SHOTS}/batch-formats.png` });
});
