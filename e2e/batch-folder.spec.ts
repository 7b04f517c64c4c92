// A folder in: dropped, or chosen with the folder button.
// Dropping a FOLDER. Playwright cannot drag a real folder from the desktop, so the drop event is
// dispatched in the page with a DataTransfer whose one item answers webkitGetAsEntry() with a
// real directory entry of Chromium's own (a sandboxed file system, webkitRequestFileSystem): the
// same DirectoryEntry / DirectoryReader / FileEntry objects a folder dropped from the desktop
// gives, with readEntries answering in batches of 100. What is not real: the drag gesture and the
// item object around the entry (an item of a dropped folder cannot be built by a page).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { SET, SHOTS, gridRows, waitDone } from './batch-helpers';

type Tree = { path: string; b64: string }[];

/** Write `tree` into the page's sandboxed file system under /`root`, then drop that folder. */
async function dropFolder(page: Page, root: string, tree: Tree): Promise<void> {
  await page.evaluate(
    async ({ root: folderName, tree: files }) => {
      type Entry = { getDirectory: Function; getFile: Function; createWriter: Function; removeRecursively: Function; file: Function };
      // oxlint-disable-next-line unicorn/consistent-function-scoping -- runs in the page, where nothing outside it is
      const call = <T,>(f: (ok: (v: T) => void, err: (e: unknown) => void) => void) => new Promise<T>((ok, err) => f(ok, err));
      const w = window as unknown as { webkitRequestFileSystem: Function; TEMPORARY: number };
      const fs = await call<{ root: Entry }>((ok, err) => w.webkitRequestFileSystem(w.TEMPORARY, 64 << 20, ok, err));
      // a fresh folder each time
      const old = await call<Entry>((ok, err) => fs.root.getDirectory(folderName, { create: true }, ok, err));
      await call<void>((ok, err) => old.removeRecursively(ok, err));
      const dir = async (path: string[]): Promise<Entry> => {
        let d = fs.root;
        for (const part of path) d = await call<Entry>((ok, err) => d.getDirectory(part, { create: true }, ok, err));
        return d;
      };
      for (const { path, b64 } of files) {
        const parts = `${folderName}/${path}`.split('/');
        const d = await dir(parts.slice(0, -1));
        const fe = await call<Entry>((ok, err) => d.getFile(parts.at(-1), { create: true }, ok, err));
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        await call<void>((ok, err) =>
          fe.createWriter((wr: EventTarget & { write: (b: Blob) => void }) => {
            wr.addEventListener('writeend', () => ok());
            wr.addEventListener('error', err);
            wr.write(new Blob([bytes]));
          }, err),
        );
      }
      const entry = await dir([folderName]);
      // what Chromium puts in a folder drop: one file item (the folder, as a File of no bytes) whose entry is the directory
      const dt = new DataTransfer();
      dt.items.add(new File([], folderName));
      const item = { kind: 'file', type: '', webkitGetAsEntry: () => entry, getAsFile: () => dt.files[0] ?? null };
      Object.defineProperty(dt, 'items', { value: [item] });
      const fire = (type: string) => document.body.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
      fire('dragenter');
      fire('dragover');
      fire('drop');
    },
    { root, tree },
  );
}

const base64 = (b: Buffer) => b.toString('base64');

test('drop a folder: sub-folders recursed, a folder of over 100 entries read to its end, unreadable members listed', async ({ page }) => {
  test.setTimeout(120_000);
  const tree: Tree = [
    { path: '2020/pingtan.txt', b64: base64(SET[0]!.buffer) },
    { path: '2020/county/police/ziyang.txt', b64: base64(SET[2]!.buffer) },
    { path: 'haidong.txt', b64: base64(SET[3]!.buffer) },
    { path: 'scans/photo.png', b64: base64(SET[5]!.buffer) },
    { path: '.DS_Store', b64: base64(Buffer.from([0, 0, 0, 1])) },
    // readEntries gives 100 at a time: a walk that stops after the first batch misses some of
    // these (the AppleDouble files a folder copied from a Mac carries: listed, not inspected)
    ...Array.from({ length: 130 }, (_, i) => ({ path: `notes/._n${String(i).padStart(3, '0')}.txt`, b64: base64(Buffer.from([0, 5, 22, 7])) })),
  ];
  await page.goto('/');
  await dropFolder(page, 'reports', tree);
  await expect(page.getByTestId('batch-workspace')).toBeVisible();
  await waitDone(page);
  // the three reports and the picture (the core says what it is, from its bytes)
  await expect(page.getByTestId('batch-count')).toHaveText('4 / 4 份报告');
  await expect(gridRows(page)).toHaveCount(4);
  const grid = page.getByTestId('batch-grid');
  await expect(grid).toContainText('reports/2020/pingtan.txt');
  await expect(grid).toContainText('reports/2020/county/police/ziyang.txt');
  await expect(grid).toContainText('reports/haidong.txt');
  // 130 AppleDouble files + .DS_Store (system files) + the picture, each with its reason
  await page.getByRole('tab', { name: '无法读取（132）' }).click();
  const list = page.locator('.bg-unreadable');
  await expect(list).toContainText('reports/scans/photo.png');
  await expect(list).toContainText('图片');
  await expect(list).toContainText('reports/notes/._n000.txt');
  await expect(list).toContainText('reports/notes/._n129.txt');
  await expect(list).toContainText('系统文件');
});

test('drop a folder holding one report: the workspace, not the single-report inspector', async ({ page }) => {
  await page.goto('/');
  await dropFolder(page, 'one', [{ path: 'sub/ziyang.txt', b64: base64(SET[2]!.buffer) }]);
  await waitDone(page);
  await expect(gridRows(page)).toHaveCount(1);
  await expect(page.getByTestId('batch-grid')).toContainText('one/sub/ziyang.txt');
});

/**
 * The folder button where the browser has showDirectoryPicker (Chromium does): the picker's
 * dialog cannot be driven from Playwright, so the page's showDirectoryPicker answers with a real
 * directory handle of Chromium's own (the origin-private file system, the same
 * FileSystemDirectoryHandle type, read the same asynchronous way) holding the folder.
 */
async function stubDirectoryPicker(page: Page, root: string, tree: Tree): Promise<void> {
  await page.evaluate(
    async ({ root: folderName, tree: files }) => {
      const opfs = await navigator.storage.getDirectory();
      await opfs.removeEntry(folderName, { recursive: true }).catch(() => {});
      const top = await opfs.getDirectoryHandle(folderName, { create: true });
      for (const { path, b64 } of files) {
        const parts = path.split('/');
        let d = top;
        for (const part of parts.slice(0, -1)) d = await d.getDirectoryHandle(part, { create: true });
        const w = await (await d.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await w.write(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
        await w.close();
      }
      (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () => top;
    },
    { root, tree },
  );
}

test('the folder button: the browser directory picker, sub-folders recursed, unreadable members listed', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await stubDirectoryPicker(page, 'picked', [
    { path: '2020/pingtan.txt', b64: base64(SET[0]!.buffer) },
    { path: 'a/b/c/ziyang.txt', b64: base64(SET[2]!.buffer) },
    { path: 'photo.png', b64: base64(SET[5]!.buffer) },
  ]);
  await page.getByRole('button', { name: '打开文件夹…' }).click();
  await waitDone(page);
  await expect(page.getByTestId('batch-count')).toHaveText('3 / 3 份报告');
  const grid = page.getByTestId('batch-grid');
  await expect(grid).toContainText('picked/2020/pingtan.txt');
  await expect(grid).toContainText('picked/a/b/c/ziyang.txt');
  await page.getByRole('tab', { name: '无法读取（1）' }).click();
  await expect(page.locator('.bg-unreadable')).toContainText('picked/photo.png');
});

test('the folder button: closing the directory picker changes nothing; where there is none, the folder input opens', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => {
    (window as unknown as { showDirectoryPicker: () => Promise<never> }).showDirectoryPicker = () => Promise.reject(new DOMException('closed', 'AbortError'));
  });
  const chooser = page.waitForEvent('filechooser', { timeout: 2_000 }).then(() => 'input', () => 'none');
  await page.getByRole('button', { name: '打开文件夹…' }).click();
  expect(await chooser).toBe('none');
  await expect(page.getByTestId('batch-workspace')).toHaveCount(0);
  // a browser without the picker (Firefox, Safari): the folder input's own chooser
  await page.evaluate(() => {
    (window as unknown as { showDirectoryPicker?: unknown }).showDirectoryPicker = undefined;
  });
  const [fc] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '打开文件夹…' }).click()]);
  expect(await fc.element().getAttribute('data-testid')).toBe('folder-input');
  const dir = mkdtempSync(join(tmpdir(), 'gouji-chooser-'));
  mkdirSync(join(dir, 'chosen', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'chosen', 'sub', 'haidong.txt'), SET[3]!.buffer);
  await fc.setFiles(join(dir, 'chosen'));
  await waitDone(page);
  await expect(page.getByTestId('batch-grid')).toContainText('chosen/sub/haidong.txt');
});

test('the folder button: a picker refused after the click\'s activation ran out offers the folder input behind a button of its own; refused at once, the input opens', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  // refused with the click's activation still there: the folder input's chooser at once
  await page.evaluate(() => {
    (window as unknown as { showDirectoryPicker: () => Promise<never> }).showDirectoryPicker = () => Promise.reject(new DOMException('blocked', 'SecurityError'));
  });
  const [first] = await Promise.all([page.waitForEvent('filechooser', { timeout: 5_000 }), page.getByRole('button', { name: '打开文件夹…' }).click()]);
  expect(await first.element().getAttribute('data-testid')).toBe('folder-input');
  await expect(page.getByTestId('folder-refused')).toHaveCount(0);

  // refused after the activation expired (Chromium keeps it ~5 s): a click() on the input now
  // would be ignored, so the page offers a button of its own. No clock here: the page is told
  // the activation is spent (navigator.userActivation stubbed) and the picker refuses at once;
  // clicks reaching the folder input are counted instead of waiting for a chooser not to open
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'userActivation', { configurable: true, get: () => ({ isActive: false, hasBeenActive: true }) });
    (window as unknown as { showDirectoryPicker: () => Promise<never> }).showDirectoryPicker = () => Promise.reject(new DOMException('blocked', 'NotAllowedError'));
    const w = window as unknown as { folderInputClicks: number };
    w.folderInputClicks = 0;
    document.querySelector('[data-testid="folder-input"]')!.addEventListener('click', () => w.folderInputClicks++);
  });
  await page.getByRole('button', { name: '打开文件夹…' }).click();
  const refused = page.getByTestId('folder-refused');
  await expect(refused).toBeVisible();
  await expect(refused).toHaveText(/浏览器没有打开文件夹选择框。\s*改用文件夹上传框选择/);
  expect(await page.evaluate(() => (window as unknown as { folderInputClicks: number }).folderInputClicks)).toBe(0);
  await page.screenshot({ path: `${SHOTS}/folder-refused.png` });
  const [fc] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('folder-fallback').click()]);
  expect(await fc.element().getAttribute('data-testid')).toBe('folder-input');
  const dir = mkdtempSync(join(tmpdir(), 'gouji-refused-'));
  mkdirSync(join(dir, 'chosen'), { recursive: true });
  writeFileSync(join(dir, 'chosen', 'ziyang.txt'), SET[2]!.buffer);
  await fc.setFiles(join(dir, 'chosen'));
  await waitDone(page);
  await expect(page.getByTestId('batch-grid')).toContainText('chosen/ziyang.txt');
  await expect(refused).toHaveCount(0);
});
