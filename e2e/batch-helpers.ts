// What the batch specs share: the set of reports (a planted chain failure among real ones, an
// image, a binary file), dropping many files the way a browser does, the grid's rows.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const sample = (f: string) => readFileSync(`public/samples/${f}`);
export const SHOTS = process.env.PW_SHOTS ?? '/tmp/shots';

/** The real Pingtan 2021 report with its 上年结转 row changed: the 2020→2021 carry-over link fails. */
export const plantedPingtan2021 = () =>
  Buffer.from(sample('pingtan-2021-flattened.txt').toString('utf8').replace('二、上年结转政府信息公开申请数量0000000', '二、上年结转政府信息公开申请数量2000002'));

export type F = { name: string; buffer: Buffer; mimeType?: string };
export const SET: F[] = [
  { name: 'pingtan-2020.txt', buffer: sample('pingtan-2020-flattened.txt') },
  { name: 'pingtan-2021.txt', buffer: plantedPingtan2021() },
  { name: 'ziyang-2020.txt', buffer: sample('ziyang-county-police-2020.txt') },
  { name: 'haidong-2019.txt', buffer: sample('haidong-city-police-2019.txt') },
  { name: 'shanghai-2019.html', buffer: sample('shanghai-gov-office-2019.html') },
  { name: 'photo.png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) },
  { name: 'binary.txt', buffer: readFileSync('e2e/fixtures/binary.bin') },
];

/** Drop files the way a browser does: a DataTransfer carried by dragenter and drop. */
export async function dropFiles(page: Page, files: F[]): Promise<void> {
  const dt = await page.evaluateHandle(
    (fs) => {
      const transfer = new DataTransfer();
      for (const f of fs) transfer.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
      return transfer;
    },
    // base64: a JSON array of numbers per byte is slow to send for many files
    files.map((f) => ({ name: f.name, b64: f.buffer.toString('base64'), type: f.mimeType ?? 'text/plain' })),
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: dt });
  await page.dispatchEvent('body', 'drop', { dataTransfer: dt });
}

export const waitDone = (page: Page, timeout = 60_000) =>
  expect(page.getByTestId('batch-progress')).toHaveAttribute('data-state', 'done', { timeout });
export const gridRows = (page: Page) => page.locator('[data-testid="batch-grid"] [role="row"][data-key]');


/**
 * The name of the single report IndexedDB holds for the next reload, or null. The write is
 * asynchronous: tests wait for it with this instead of sleeping. Never creates the database.
 */
export const storedSingleName = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string | null>((resolve) => {
        const open = indexedDB.open('gouji');
        open.addEventListener('upgradeneeded', () => open.transaction?.abort());
        open.addEventListener('error', () => resolve(null));
        open.addEventListener('success', () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('session')) return (db.close(), resolve(null));
          const req = db.transaction('session').objectStore('session').get('single');
          req.addEventListener('success', () => {
            db.close();
            resolve((req.result as { name?: string } | undefined)?.name ?? null);
          });
          req.addEventListener('error', () => (db.close(), resolve(null)));
        });
      }),
  );
