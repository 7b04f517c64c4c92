// Test support for the store's IndexedDB tests: a fresh database per test, the flattened
// Pingtan sample inspected by the core, and a wait for a state the store reaches asynchronously.
// oxlint-disable-next-line import/no-unassigned-import -- installs indexedDB as a global for the test
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { deleteDB } from 'idb';
import { inspectBytes, isErrorDocument } from '../../../core/inspect';
import type { ReportDocument } from '../../../core/types';
import { closeGoujiDb, DB_NAME } from '../../storage';

/** each test of the calling file starts with no Gouji database */
export function freshDbPerTest(): void {
  afterEach(async () => {
    await closeGoujiDb();
    await deleteDB(DB_NAME);
  });
}

export async function pingtan(): Promise<ReportDocument> {
  const file = join(__dirname, '..', '..', '..', '..', 'fixtures', 'samples', 'pingtan-2020-flattened.txt');
  const d = await inspectBytes(new Uint8Array(readFileSync(file)), 'pingtan-2020-flattened.txt');
  if (isErrorDocument(d)) throw new Error(d.error);
  return d;
}

/** waits (10 ms steps, at most `tries`) until `ok` holds; the test's own expect says if it never did */
export async function until(ok: () => boolean, tries = 300): Promise<void> {
  for (let i = 0; i < tries && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
}
