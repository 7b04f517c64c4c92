// The batch workspace in a real browser: many files, a folder and a zip in; the pool with its
// progress and cancel; the grid (sort, filter, columns, keyboard, open and back); year chains
// with a planted failure; indicators; charts; the exports read back; reload restores it all.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, waitForIdle } from './fixtures';
import { SET, SHOTS, dropFiles, gridRows, sample, storedSingleName, waitDone, type F } from './batch-helpers';

/** Page-side long-task log, from now on. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { longs: number[] };
    w.longs = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) w.longs.push(e.duration);
    }).observe({ type: 'longtask' });
  });
}
const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { longs: number[] }).longs);

test('drop many files: the workspace, unreadable members with reasons, the grid, no long task', async ({ page }, info) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await watchLongTasks(page);
  const t0 = Date.now();
  await dropFiles(page, SET);
  await expect(page.getByTestId('batch-workspace')).toBeVisible();
  await waitDone(page);
  const ms = Date.now() - t0;
  const longs = await longTasks(page);
  const line = `batch of ${SET.length} files: done in ${ms} ms (wall, shared machine); long tasks ${longs.length}, longest ${Math.round(Math.max(0, ...longs))} ms`;
  console.log(`[batch-perf] ${line}`);
  info.annotations.push({ type: 'measured', description: line });

  await expect(page.getByTestId('batch-count')).toHaveText('7 / 7 份报告');
  await expect(gridRows(page)).toHaveCount(7);
  await expect(page.getByTestId('batch-progress')).toContainText('完成：7 份');
  // the core tells both from their bytes, as in the command line: an image, a binary file
  await page.getByRole('tab', { name: /无法读取（2）/ }).click();
  const list = page.locator('.bg-unreadable');
  await expect(list).toContainText('photo.png');
  await expect(list).toContainText('图片');
  await expect(list).toContainText('binary.txt');
});

test('one file alone still opens the single-report inspector', async ({ page }) => {
  await page.goto('/');
  await dropFiles(page, [SET[2]!]);
  await waitForIdle(page);
  await expect(page.getByTestId('source-scroll')).toContainText('紫阳县公安局');
  await expect(page.getByTestId('batch-workspace')).toHaveCount(0);
});

test('a folder (with sub-folders) through the folder picker', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'gouji-folder-'));
  mkdirSync(join(dir, 'reports', '2020'), { recursive: true });
  writeFileSync(join(dir, 'reports', '2020', 'pingtan.txt'), SET[0]!.buffer);
  writeFileSync(join(dir, 'reports', 'ziyang.txt'), SET[2]!.buffer);
  await page.goto('/');
  await page.getByTestId('folder-input').setInputFiles(join(dir, 'reports'));
  await waitDone(page);
  await expect(gridRows(page)).toHaveCount(2);
  await expect(page.getByTestId('batch-grid')).toContainText('reports/2020/pingtan.txt');
});

test('a zip: members read in a worker, sub-folders kept, a GBK-free name, bad members listed', async ({ page }) => {
  const zip = Buffer.from(
    zipSync({
      'batch/平潭2020.txt': new Uint8Array(SET[0]!.buffer),
      'batch/sub/haidong.txt': new Uint8Array(SET[3]!.buffer),
      'batch/notes.doc': new Uint8Array([1, 2, 3]),
      '__MACOSX/._x': new Uint8Array([0]),
    }),
  );
  await page.goto('/');
  await page.getByTestId('file-input').setInputFiles({ name: 'reports.zip', mimeType: 'application/zip', buffer: zip });
  await waitDone(page);
  await expect(gridRows(page)).toHaveCount(3); // notes.doc gets its row, with the core's reason
  await expect(page.getByTestId('batch-grid')).toContainText('reports.zip/batch/平潭2020.txt');
  await page.getByRole('tab', { name: /无法读取/ }).click();
  await expect(page.locator('.bg-unreadable')).toContainText('reports.zip/batch/notes.doc');
  await expect(page.locator('.bg-unreadable')).toContainText('系统文件');
});

test('grid: sort, filter, columns, keyboard; open a report and come back to the same grid', async ({ page }) => {
  test.setTimeout(120_000);
  // enough rows to scroll: the samples again and again under numbered names
  const names = ['ziyang-county-police-2020.txt', 'haidong-city-police-2019.txt', 'bachu-county-police-2023.txt', 'pingtan-2021-flattened.txt'];
  const many: F[] = Array.from({ length: 48 }, (_, i) => ({ name: `r${String(i).padStart(3, '0')}-${names[i % 4]}`, buffer: sample(names[i % 4]!) }));
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto('/');
  await dropFiles(page, many);
  await waitDone(page, 100_000);
  await expect(page.getByTestId('batch-count')).toHaveText('48 / 48 份报告');

  // scrolling reuses the row elements (a row scrolled out becomes the one scrolled in): no row
  // is built or removed, only its text and position change. Both windows away from the ends, so
  // the overscan is whole on both sides and as many rows are shown.
  const grid0 = page.getByTestId('batch-grid');
  const shownKeys = () => grid0.evaluate((el) => [...el.querySelectorAll<HTMLElement>('[role="row"][data-key]')].map((r) => r.dataset.key).join(','));
  await grid0.evaluate((el) => (el.scrollTop = 11 * 32));
  await expect.poll(async () => (await shownKeys()).split(',').includes('000000')).toBe(false);
  const before = await grid0.evaluate((el) => {
    const rows = [...el.querySelectorAll<HTMLElement>('[role="row"][data-key]')];
    rows.forEach((r) => ((r as unknown as { mark: boolean }).mark = true));
    // an element moved among its siblings is a removal and an insertion too
    const w = window as unknown as { rowMoves: number };
    w.rowMoves = 0;
    new MutationObserver((l) => (w.rowMoves += l.filter((m) => m.type === 'childList').length)).observe(el.querySelector('.bg-body')!, { childList: true });
    return rows.map((r) => r.dataset.key).join(',');
  });
  await grid0.evaluate((el) => (el.scrollTop = 14 * 32));
  await expect.poll(shownKeys).not.toBe(before);
  expect((await shownKeys()).split(',')).toHaveLength(before.split(',').length);
  expect(await grid0.evaluate((el) => [...el.querySelectorAll('[role="row"][data-key]')].filter((r) => !(r as unknown as { mark?: boolean }).mark).length)).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { rowMoves: number }).rowMoves)).toBe(0);
  await grid0.evaluate((el) => (el.scrollTop = 0));

  // sort by year, descending first for numbers
  await page.locator('[data-col="year"]').click();
  await expect(page.locator('[role="columnheader"][aria-sort="descending"]')).toHaveCount(1);
  // the first row shown (rows are numbered by aria-rowindex; the elements stay in the order of their slots)
  await expect(gridRows(page).and(page.locator('[aria-rowindex="2"]'))).toContainText('2023');
  // filter: agency
  await page.getByRole('combobox', { name: '机关' }).selectOption('海东市公安局');
  await expect(page.getByTestId('batch-count')).toHaveText('12 / 48 份报告');
  await page.getByRole('button', { name: '清除筛选' }).click();
  await page.getByLabel('搜索文件名或机关').fill('bachu');
  await expect(page.getByTestId('batch-count')).toHaveText('12 / 48 份报告');
  await page.getByLabel('搜索文件名或机关').fill('');
  // columns: hide the 乱码 column
  await page.locator('.bg-columns summary').click();
  await expect(page.locator('[data-col="garbles"]')).toHaveCount(1);
  await page.locator('.bg-columns').getByLabel('乱码').uncheck();
  await expect(page.locator('[data-col="garbles"]')).toHaveCount(0);
  await page.locator('.bg-columns summary').click();
  // a filter that leaves enough rows to scroll, kept across the visit to a report
  await page.getByLabel('搜索文件名或机关').fill('police');
  await expect(page.getByTestId('batch-count')).toHaveText('36 / 48 份报告');

  // keyboard: into the grid, down a page and a few rows, Enter opens
  const grid = page.getByTestId('batch-grid');
  await grid.focus();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const active = await grid.getAttribute('aria-activedescendant');
  const activePath = await page.locator(`#${active} [role="gridcell"]`).first().textContent();
  const scrolled = await grid.evaluate((el) => el.scrollTop);
  expect(scrolled).toBeGreaterThan(0);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('source-scroll')).toBeVisible();
  await expect(page.getByTestId('status')).toContainText(activePath!);
  await page.screenshot({ path: `${SHOTS}/batch-opened-report.png` });

  await page.getByTestId('batch-back').click();
  await expect(grid).toBeVisible();
  await expect(page.locator('[role="columnheader"][aria-sort="descending"]')).toHaveCount(1);
  await expect(page.locator('[data-col="garbles"]')).toHaveCount(0);
  await expect(page.getByLabel('搜索文件名或机关')).toHaveValue('police');
  await expect(page.getByTestId('batch-count')).toHaveText('36 / 48 份报告');
  await expect(grid).toHaveAttribute('aria-activedescendant', active!);
  expect(Math.abs((await grid.evaluate((el) => el.scrollTop)) - scrolled)).toBeLessThan(2);
  await expect(grid).toBeFocused();
});

test('year chains: the planted carry-over failure, both reports at the cells', async ({ page }) => {
  // The real Pingtan reports (2020, 2021: all the samples hold) chain without a failure (every
  // carry-over is 0 = 0), so the 2021 one carries a planted 上年结转 of 2 (see plantedPingtan2021).
  await page.goto('/');
  await dropFiles(page, SET.slice(0, 3));
  await waitDone(page);
  const openLink = async () => {
    await page.getByRole('tab', { name: '年度链' }).click();
    await expect(page.getByTestId('chains-table')).toContainText('平潭综合实验区');
    const link = page.getByTestId('link-2020-2021');
    await expect(link).toContainText('不符');
    await link.click();
    const cmp = page.getByTestId('link-compare');
    await expect(cmp).toContainText('carryOver.total');
    return cmp.locator('tr.bg-check-fail', { hasText: 'carryOver.total' });
  };
  const total = await openLink();
  // both reports' printed figures, the 2021 one is the planted 2
  await expect(total.locator('mark')).toHaveCount(2);
  await expect(total.locator('mark').nth(1)).toHaveText('2');
  await page.screenshot({ path: `${SHOTS}/batch-chains.png`, fullPage: true });

  // this year's side: the 2021 report, at its 二、上年结转 总计 cell (the table cell and the figure in the text)
  await total.getByRole('button', { name: /2021 年报告/ }).click();
  await expect(page.getByTestId('status')).toContainText('pingtan-2021.txt');
  await expect(page.locator('[data-cell="carriedOver:total"][aria-selected="true"]')).toHaveCount(1);
  await expect(page.getByTestId('source-scroll').locator('mark.hl-selection').first()).toHaveText('2');
  await expect(page.getByRole('button', { name: /返回批量工作区/ })).toBeVisible();

  // back, and last year's side: the 2020 report at its 四、结转下年度继续办理 总计 cell
  await page.getByTestId('batch-back').click();
  await (await openLink()).getByRole('button', { name: /2020 年报告/ }).click();
  await expect(page.getByTestId('status')).toContainText('pingtan-2020.txt');
  await expect(page.locator('[data-cell="carriedForward:total"][aria-selected="true"]')).toHaveCount(1);
  await expect(page.getByTestId('source-scroll').locator('mark.hl-selection').first()).toHaveText('0');
});

test('indicators with formulas, batch charts, exports read back', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  await dropFiles(page, SET);
  await waitDone(page);
  await page.getByRole('tab', { name: '指标' }).click();
  await expect(page.getByTestId('indicators-table')).toContainText('实质公开率');
  await expect(page.getByTestId('indicators-table')).toContainText('（七）总计');
  await page.getByRole('tab', { name: '图表' }).click();
  await expect(page.locator('.bc-figure').first()).toBeVisible();
  await expect(page.locator('.bg-charts')).toContainText('各项勾稽规则不符的报告数');
  await page.screenshot({ path: `${SHOTS}/batch-charts.png` });

  const download = async (kind: string) => {
    const [d] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${kind}"]`).click()]);
    return { name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') };
  };
  const summary = await download('summaryCsv');
  expect(summary.name).toBe('gouji-summary.csv');
  expect(summary.text.startsWith('\uFEFFfile,')).toBe(true);
  expect(summary.text.trim().split(/\r?\n/)).toHaveLength(1 + 7);
  const long = await download('longCsv');
  expect(long.text.startsWith('\uFEFFreport,table,row,column')).toBe(true);
  expect(long.text).toContain('pingtan-2021.txt,applications,');
  const jsonl = await download('jsonl');
  const lines = jsonl.text.trim().split('\n').map((l) => JSON.parse(l));
  expect(lines).toHaveLength(7);
  expect(lines.every((l) => l.schema === 'gouji.report/1')).toBe(true);
  const batch = JSON.parse((await download('batchJson')).text);
  expect(batch.schema).toBe('gouji.batch/1');
  expect(batch.reports).toHaveLength(7);
  const chain = batch.chains.find((c: { agency: string }) => c.agency === '平潭综合实验区');
  expect(chain.checks.some((c: { id: string; status: string }) => c.id === 'carryOver.total' && c.status === 'fail')).toBe(true);
});

test('a figure corrected in the inspector, opened from the grid, is in the workspace exports', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await dropFiles(page, SET);
  await waitDone(page);
  // open Pingtan 2020 from the grid; (七)总计 自然人 prints 20, its rows add up to 26
  await gridRows(page).filter({ hasText: 'pingtan-2020.txt' }).getByRole('button').first().click();
  await expect(page.getByTestId('source-scroll')).toBeVisible();
  await page.getByRole('tab', { name: '表格' }).click();
  await page.locator('[data-table="applications"] td[data-cell="resultsTotal:naturalPerson"]').click();
  await page.getByLabel('更正为').fill('26');
  await page.getByRole('button', { name: '更正并重新核对' }).click();
  await expect(page.locator('[data-table="applications"] td[data-cell="resultsTotal:naturalPerson"]')).toHaveClass(/tp-fixed/);
  await page.getByTestId('batch-back').click();
  await expect(page.getByTestId('batch-grid')).toBeVisible();

  const download = async (kind: string) => {
    const [d] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${kind}"]`).click()]);
    return readFileSync(await d.path(), 'utf8');
  };
  const lines = (await download('jsonl')).trim().split('\n').map((l) => JSON.parse(l));
  const doc = lines.find((l) => l.source?.name === 'pingtan-2020.txt');
  const cell = doc.tables.applications.cells.find((c: { row: string; col: string }) => c.row === 'resultsTotal' && c.col === 'naturalPerson');
  expect(cell).toMatchObject({ value: 26, raw: '20', status: 'corrected', corrected: { from: 20 } });
  expect(doc.checks.find((c: { id: string }) => c.id === 'applications.resultsTotal.naturalPerson').status).toBe('pass');
  // the other reports are as read
  const correctedCells = (l: { tables?: Record<string, { cells: { status?: string }[] } | null> }) =>
    Object.values(l.tables ?? {}).flatMap((t) => t?.cells ?? []).filter((c) => c.status === 'corrected').length;
  expect(lines.map(correctedCells)).toEqual(lines.map((l) => (l === doc ? 1 : 0)));
  expect(await download('longCsv')).toContain('pingtan-2020.txt,applications,resultsTotal,naturalPerson,26,20,corrected,');

  // the grid row, the summary CSV and batch.json count the checks as corrected, like the documents
  const fails = doc.checks.filter((c: { status: string }) => c.status === 'fail').length;
  const uncertain = doc.checks.filter((c: { status: string }) => c.status === 'uncertain').length;
  const row = gridRows(page).filter({ hasText: 'pingtan-2020.txt' });
  await expect(row.locator('[data-cell-col="fail"]')).toHaveText(String(fails));
  await expect(row.locator('[data-cell-col="uncertain"]')).toHaveText(String(uncertain));
  await expect(row.getByTestId('row-corrected')).toHaveAttribute('title', /更正 1 格/);
  const summary = (await download('summaryCsv')).replace(/^\uFEFF/, '').trim().split(/\r?\n/).map((l) => l.split(','));
  const at = (name: string) => summary[0]!.indexOf(name);
  const line = summary.find((l) => l[at('file')] === 'pingtan-2020.txt')!;
  expect([line[at('checks_fail')], line[at('checks_uncertain')]]).toEqual([String(fails), String(uncertain)]);
  const batch = JSON.parse(await download('batchJson'));
  expect(batch.reports.find((r: { file: string }) => r.file === 'pingtan-2020.txt').checks).toEqual({ fail: fails, uncertain });

  // and so after a reload
  await page.reload();
  await expect(gridRows(page).filter({ hasText: 'pingtan-2020.txt' }).locator('[data-cell-col="fail"]')).toHaveText(String(fails));
});

test('reload restores the workspace; clear asks first; a single report survives reload too', async ({ page }) => {
  await page.goto('/');
  await dropFiles(page, SET.slice(0, 3));
  await waitDone(page);
  await expect(page.getByTestId('storage-usage')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('batch-workspace')).toBeVisible();
  await expect(gridRows(page)).toHaveCount(3);
  // clear: a dialog first; "keep" keeps
  await page.getByRole('button', { name: '清除工作区' }).click();
  await expect(page.getByRole('dialog')).toContainText('清除批量工作区？');
  await page.getByRole('button', { name: '保留' }).click();
  await expect(gridRows(page)).toHaveCount(3);
  await page.getByRole('button', { name: '清除工作区' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '清除', exact: true }).click();
  await expect(page.getByTestId('batch-workspace')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('batch-workspace')).toHaveCount(0);

  await page.getByTestId('file-input').setInputFiles({ name: 'ziyang.txt', mimeType: 'text/plain', buffer: SET[2]!.buffer });
  await waitForIdle(page);
  await expect(page.getByTestId('source-scroll')).toContainText('紫阳县公安局');
  // the session write is asynchronous: wait until IndexedDB holds it
  await expect.poll(() => storedSingleName(page)).toBe('ziyang.txt');
  await page.reload();
  await expect(page.getByTestId('source-scroll')).toContainText('紫阳县公安局');
});

test('cancel stops every worker; the finished results stay', async ({ page }) => {
  test.setTimeout(90_000);
  const many: F[] = Array.from({ length: 60 }, (_, i) => ({ name: `c${i}.html`, buffer: sample('shanghai-gov-office-2019.html') }));
  await page.goto('/');
  await dropFiles(page, many);
  await expect(page.getByTestId('batch-progress')).toHaveAttribute('data-state', 'running');
  await expect(page.getByTestId('batch-progress')).toContainText(/已完成 [1-9]/, { timeout: 30_000 });
  await page.getByRole('button', { name: '取消' }).click();
  await expect(page.getByTestId('batch-progress')).toHaveAttribute('data-state', 'cancelled');
  const text = await page.getByTestId('batch-progress').textContent();
  const done = Number(/已取消：(\d+)/.exec(text ?? '')![1]);
  expect(done).toBeGreaterThan(0);
  expect(done).toBeLessThan(60);
  // every worker is gone (terminated at once): no row can arrive after this
  await expect.poll(() => page.workers().length).toBe(0);
  await expect(gridRows(page)).toHaveCount(Math.min(done, await gridRows(page).count()));
  await expect(page.getByTestId('batch-count')).toHaveText(`${done} / ${done} 份报告`);
  await expect(page.getByRole('button', { name: `继续检查剩余 ${60 - done} 份` })).toBeVisible();
});

test('axe-clean, English complete, 390 px to 1920 px', async ({ page }) => {
  test.setTimeout(240_000); // five axe passes and three sizes: slow on a loaded machine
  await page.goto('/');
  await dropFiles(page, SET);
  await waitDone(page);
  for (const tab of ['报告表', '年度链', '指标', '图表', /无法读取/]) {
    await page.getByRole('tab', { name: tab }).click();
    const r = await new AxeBuilder({ page }).analyze();
    expect(r.violations.map((v) => `${tab} ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  }
  await page.getByRole('tab', { name: '报告表' }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('tab', { name: 'Reports' })).toBeVisible();
  await expect(page.getByTestId('batch-count')).toHaveText('7 / 7 reports');
  await expect(page.getByTestId('batch-progress')).toContainText('Done: 7 reports');
  // an unreadable input's reason is worded in the page's language (its code), in the grid and the list
  const binary = gridRows(page).filter({ hasText: 'binary.txt' });
  await expect(binary).toHaveCount(1);
  expect(await binary.textContent()).not.toMatch(/[\u4e00-\u9fff]/);
  await page.getByRole('tab', { name: /Unreadable/ }).click();
  await expect(page.locator('.bg-unreadable')).toContainText('binary.txt');
  expect(await page.locator('.bg-unreadable').textContent()).not.toMatch(/[\u4e00-\u9fff]/);
  await page.getByRole('tab', { name: 'Reports' }).click();
  for (const [w, h] of [[360, 740], [390, 844], [1600, 900], [1920, 1080]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await expect(page.getByTestId('batch-grid')).toBeVisible();
    // the workspace fits the window (the grid scrolls inside itself)
    const box = await page.getByTestId('batch-workspace').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(w);
    await page.screenshot({ path: `${SHOTS}/batch-grid-${w}.png` });
  }
  // the narrowest phone: every view fits (its tables scroll inside themselves), the page never scrolls sideways
  await page.setViewportSize({ width: 360, height: 740 });
  for (const tab of ['Reports', 'Year chains', 'Indicators', 'Charts', /Unreadable/]) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.locator('#bg-panel')).toBeVisible();
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth), String(tab)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: `${SHOTS}/batch-360-${String(tab).replace(/\W+/g, '')}.png` });
  }
});
