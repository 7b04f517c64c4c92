// Review shared between the single inspector and the batch workspace (issue 11, item 4): a
// verdict given to a finding in one place is there when the same report is opened in the other,
// in both languages, and the workspace's JSON Lines export (built in a worker from IndexedDB)
// carries it. Screenshots to /tmp/shots/review-shared for a person to look at.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { test, expect, dropFile, openSample, storedVerdicts } from './fixtures';

const SHOTS = '/tmp/shots/review-shared';
mkdirSync(SHOTS, { recursive: true });

const sample = (f: string) => readFileSync(`public/samples/${f}`);
const NOTE = '已与原件核对';

async function dropMany(page: Page, files: { name: string; buffer: Buffer }[]): Promise<void> {
  const dt = await page.evaluateHandle(
    (fs) => {
      const transfer = new DataTransfer();
      for (const f of fs) transfer.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name, { type: 'text/plain' }));
      return transfer;
    },
    files.map((f) => ({ name: f.name, b64: f.buffer.toString('base64') })),
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: dt });
  await page.dispatchEvent('body', 'drop', { dataTransfer: dt });
}

/** a workspace of two reports, one of them the Pingtan 2020 report; open that one */
async function openInWorkspace(page: Page, openLabel: RegExp): Promise<void> {
  await page.goto('/');
  await dropMany(page, [
    { name: 'pingtan-2020.txt', buffer: sample('pingtan-2020-flattened.txt') },
    { name: 'ziyang-2020.txt', buffer: sample('ziyang-county-police-2020.txt') },
  ]);
  await expect(page.getByTestId('batch-workspace')).toBeVisible();
  await expect(page.getByTestId('batch-progress')).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  await page.getByRole('button', { name: openLabel }).click();
  await expect(page.getByTestId('source-scroll')).toBeVisible();
}

test('a finding reviewed in the single inspector shows its review in the workspace, and the reverse', async ({ page }) => {
  test.setTimeout(120_000);
  await openSample(page, 'pingtan-2020-flattened.txt');
  await page.getByRole('tab', { name: '问题' }).click();
  const first = page.locator('.il-items > li').first();
  const subject = await first.locator('.il-subject').first().textContent();
  await first.getByRole('button', { name: '确认' }).click();
  await first.getByLabel('备注').fill(NOTE);
  await first.getByLabel('备注').press('Enter');
  await expect(first.locator('.il-review-state')).toHaveText('已确认');
  await expect.poll(() => storedVerdicts(page)).toEqual([`confirmed:${NOTE}`]);

  // the same file in a workspace: the same finding carries the same verdict and note
  await openInWorkspace(page, /打开 pingtan-2020\.txt/);
  await page.getByRole('tab', { name: '问题' }).click();
  const same = page.locator('.il-items > li').first();
  await expect(same.locator('.il-subject').first()).toHaveText(subject!);
  await expect(same.locator('.il-review-state')).toHaveText('已确认');
  await expect(same.getByLabel('备注')).toHaveValue(NOTE);
  await page.screenshot({ path: `${SHOTS}/workspace-sees-review-zh.png` });

  // dismiss another finding here; the single inspector sees it
  const second = page.locator('.il-items > li').nth(1);
  await second.getByRole('button', { name: '驳回' }).click();
  await expect(second.locator('.il-review-state')).toHaveText('已驳回');
  await expect.poll(() => storedVerdicts(page)).toEqual([`confirmed:${NOTE}`, 'dismissed:']);

  // the workspace's JSON Lines carries both verdicts
  await page.getByTestId('batch-back').click();
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /JSON Lines/ }).click()]);
  const lines = readFileSync((await dl.path())!, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const pingtan = lines.find((d) => d.source?.name === 'pingtan-2020.txt');
  const reviewed = [...pingtan.checks, ...pingtan.garbles].filter((x: { review?: unknown }) => x.review);
  expect(reviewed.map((x: { review: { state: string } }) => x.review.state).sort()).toEqual(['confirmed', 'dismissed']);
  expect(reviewed.find((x: { review: { state: string } }) => x.review.state === 'confirmed').review.note).toBe(NOTE);

  // back in the single inspector: both verdicts
  await openSample(page, 'pingtan-2020-flattened.txt');
  await page.getByRole('tab', { name: '问题' }).click();
  await expect(page.locator('.il-review-confirmed')).toHaveCount(1);
  await expect(page.locator('.il-review-dismissed')).toHaveCount(1);
});

test.describe('axe-checked', () => {
  test.use({ bypassCSP: true });

  test('in English: the review made in the inspector reads in the workspace, axe-clean', async ({ page }) => {
    test.setTimeout(120_000);
    await openSample(page, 'pingtan-2020-flattened.txt');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('tab', { name: 'Issues' }).click();
    const first = page.locator('.il-items > li').first();
    await first.getByRole('button', { name: 'Confirm' }).click();
    await first.getByLabel('Note').fill('checked against the original');
    await first.getByLabel('Note').press('Enter');
    await expect.poll(() => storedVerdicts(page)).toEqual(['confirmed:checked against the original']);

    await openInWorkspace(page, /Open pingtan-2020\.txt/);
    await page.getByRole('tab', { name: 'Issues' }).click();
    const same = page.locator('.il-items > li').first();
    await expect(same.locator('.il-review-state')).toHaveText('confirmed');
    await expect(same.getByLabel('Note')).toHaveValue('checked against the original');
    await page.screenshot({ path: `${SHOTS}/workspace-sees-review-en.png` });
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });
});

// keep the single-file drop helper in use for a one-file workspace-less check
test('one report dropped alone keeps its review across a reload (the shared key)', async ({ page }) => {
  await page.goto('/');
  await dropFile(page, 'ziyang-2020.txt', sample('ziyang-county-police-2020.txt'));
  await expect(page.getByTestId('status')).not.toHaveClass(/status-busy/, { timeout: 30_000 });
  await page.getByRole('tab', { name: '问题' }).click();
  const first = page.locator('.il-items > li').first();
  await first.getByRole('button', { name: '驳回' }).click();
  await expect.poll(() => storedVerdicts(page)).toEqual(['dismissed:']);
  await page.reload();
  await expect(page.getByTestId('status')).not.toHaveClass(/status-busy/, { timeout: 30_000 });
  await page.getByRole('tab', { name: '问题' }).click();
  await expect(page.locator('.il-review-dismissed')).toHaveCount(1);
});
