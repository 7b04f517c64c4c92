// oxlint-disable-next-line import/no-unassigned-import -- installs indexedDB and IDBKeyRange as globals for the test
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteDB } from 'idb';
import type { ReportDocument } from '../../core/types';
import {
  DB_NAME, closeGoujiDb, openGoujiDb, replaceWorkspace, loadWorkspace, putResult, listRows, getReport, getInput,
  clearWorkspace, putReview, getReview, listReviews, workspaceReviewKey, getSession, putSession, readUsage, quotaWarning,
  requestPersistence, isQuotaError, nextReadSize, reportReviewKey, getReportReview, putReportReview, textFingerprint, type WorkspaceRecord,
} from './index';

afterEach(async () => {
  await closeGoujiDb();
  await deleteDB(DB_NAME);
});

const ws = (over: Partial<WorkspaceRecord> = {}): WorkspaceRecord => ({
  id: 'w1', createdAt: 1, updatedAt: 1, members: [{ key: 'a', path: 'd/a.txt' }, { key: 'b', path: 'b.txt' }], total: 2, unreadable: [{ path: 'x.exe', reason: 'binary' }], state: 'running', ...over,
});
const doc = { schema: 'gouji.report/1', text: 'abc' } as unknown as ReportDocument;

describe('storage', () => {
  it('creates the versioned stores', async () => {
    const db = await openGoujiDb();
    expect([...db.objectStoreNames].sort()).toEqual(['inputs', 'reports', 'reviews', 'rows', 'session', 'workspace']);
    expect(db.version).toBe(1);
  });

  it('keeps a workspace, its inputs and results written one by one, rows in input order', async () => {
    const bytes = new Uint8Array([1, 2, 3]).buffer;
    await replaceWorkspace(ws(), [{ key: 'a', order: 0, path: 'd/a.txt', bytes }, { key: 'b', order: 1, path: 'b.txt', bytes }]);
    await putResult({ key: 'b', path: 'b.txt', failed: 'crashed' }, { key: 'b', order: 1, row: { file: 'b.txt' } });
    await putResult({ key: 'a', path: 'd/a.txt', doc, ms: 3 }, { key: 'a', order: 0, row: { file: 'd/a.txt' } });
    expect((await loadWorkspace())?.unreadable).toEqual([{ path: 'x.exe', reason: 'binary' }]);
    expect((await listRows<{ file: string }>()).map((r) => r.row.file)).toEqual(['d/a.txt', 'b.txt']);
    expect((await getReport('a'))?.doc?.text).toBe('abc');
    expect(new Uint8Array((await getInput('a'))!.bytes)).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('reads many rows in slices without losing or repeating one, in input order', async () => {
    await replaceWorkspace(ws(), []);
    const n = 437;
    // keys in one order, input order reversed: the result follows `order`
    for (let i = 0; i < n; i++) await putResult({ key: String(i).padStart(6, '0'), path: `f${i}` }, { key: String(i).padStart(6, '0'), order: n - 1 - i, row: i });
    const rows = await listRows<number>();
    expect(rows.map((r) => r.row)).toEqual(Array.from({ length: n }, (_, i) => n - 1 - i));
  });

  it('sizes the next slice from the last one\'s time', () => {
    expect(nextReadSize(50, 10)).toBe(100); // fast: doubled at most
    expect(nextReadSize(100, 40)).toBe(50); // slow: scaled down toward 20 ms
    expect(nextReadSize(50, 10_000)).toBe(10); // never below 10
    expect(nextReadSize(800, 1)).toBe(1000); // never above 1,000
    expect(nextReadSize(50, 0)).toBe(100);
  });

  it('a new workspace replaces the old one; clearing drops workspace reviews but keeps others', async () => {
    await replaceWorkspace(ws(), [{ key: 'a', order: 0, path: 'a', bytes: new ArrayBuffer(1) }]);
    await putResult({ key: 'a', path: 'a', doc }, { key: 'a', order: 0, row: 1 });
    await putReview(workspaceReviewKey('a'), { ok: true });
    await putReview('single:x.txt', { ok: false });
    await replaceWorkspace(ws({ id: 'w2' }), []);
    expect((await loadWorkspace())?.id).toBe('w2');
    expect(await listRows()).toEqual([]);
    expect(await getReview(workspaceReviewKey('a'))).toBeNull();
    expect(await getReview<{ ok: boolean }>('single:x.txt')).toEqual({ ok: false });
    expect((await listReviews('single:')).length).toBe(1);
    await clearWorkspace();
    expect(await loadWorkspace()).toBeNull();
  });

  it('reviews of a report are keyed by its text, survive clearing the workspace, and old single-report records move', async () => {
    expect(reportReviewKey('abc')).toBe(`report:${textFingerprint('abc')}`);
    expect(textFingerprint('abc')).not.toBe(textFingerprint('abd'));
    await putReportReview('report text', { reviews: { k: 1 } });
    await replaceWorkspace(ws(), []);
    await clearWorkspace();
    expect(await getReportReview('report text')).toEqual({ reviews: { k: 1 } });
    // a record written by the single inspector before: read once, then stored under the shared key
    await putReview(`single:${textFingerprint('old text')}`, { reviews: { k: 2 } });
    expect(await getReportReview('old text')).toEqual({ reviews: { k: 2 } });
    expect(await getReview(`single:${textFingerprint('old text')}`)).toBeNull();
    expect(await getReview(reportReviewKey('old text'))).toEqual({ reviews: { k: 2 } });
  });

  it('session values survive a reopen', async () => {
    await putSession('single', { name: 'r.txt', input: { kind: 'text', text: 'hi' }, doc, savedAt: 5 });
    await putSession('view', { mode: 'batch' });
    await closeGoujiDb();
    expect((await getSession('single'))?.name).toBe('r.txt');
    expect(await getSession('view')).toEqual({ mode: 'batch' });
  });

  it('usage, persistence and the quota warning', async () => {
    const sm = { estimate: async () => ({ usage: 85, quota: 100 }), persist: async () => true, persisted: async () => false };
    expect(await readUsage(sm)).toEqual({ usage: 85, quota: 100, ratio: 0.85, persisted: false });
    expect(quotaWarning(await readUsage(sm))).toBe(true);
    expect(quotaWarning({ usage: 10, quota: 100, ratio: 0.1, persisted: true })).toBe(false);
    expect(await requestPersistence(sm)).toBe(true);
    expect(await requestPersistence(null)).toBe(false);
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });
});
