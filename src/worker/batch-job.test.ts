import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { batchItem } from '../core/batch';
import { inspectBytes } from '../core/inspect';
import { handleBatchRequest, type BatchStore } from './batch-job';
import type { PoolRequest } from './pool-protocol';
import { applyCorrections, recheck } from '../core/checks/corrections';
import type { ReportDocument } from '../core/types';

function fakeStore(fail?: string) {
  const inputs: { key: string; bytes: ArrayBuffer }[] = [];
  const results: Parameters<BatchStore['putResult']>[] = [];
  const store: BatchStore = {
    putInput: async (i) => {
      if (fail) throw new DOMException(fail, 'QuotaExceededError');
      inputs.push({ key: i.key, bytes: i.bytes.slice(0) });
    },
    putResult: async (...a) => {
      if (fail) throw new DOMException(fail, 'QuotaExceededError');
      results.push(a);
    },
  };
  return { store, inputs, results };
}

const req = (bytes: Uint8Array, keepInput = true): PoolRequest => ({
  type: 'inspect-batch', jobId: 7, name: 'r.txt', bytes: bytes.slice().buffer, store: { key: '000003', order: 3, path: 'dir/r.txt', keepInput },
});

describe('a batch member in the pool worker', () => {
  const sample = readFileSync('fixtures/samples/ziyang-county-police-2020.txt');

  it('keeps the input and the whole document, answers with the row the page would have made', async () => {
    const { store, inputs, results } = fakeStore();
    const posted: unknown[] = [];
    await handleBatchRequest(req(sample), (r) => posted.push(r), store);
    expect(inputs.map((i) => [i.key, i.bytes.byteLength])).toEqual([['000003', sample.length]]);
    expect(results).toHaveLength(1);
    const [report, row] = results[0]!;
    expect(report.doc?.schema).toBe('gouji.report/1');
    const expected = batchItem(await inspectBytes(new Uint8Array(sample), 'r.txt'), 'dir/r.txt');
    expect(row.row.row).toEqual(expected.row);
    expect(row.row.chain).toEqual(expected.chain);
    expect(row.row.fails).toEqual(report.doc!.checks.filter((c) => c.status === 'fail').map((c) => c.id));
    expect(posted).toEqual([{ type: 'batch-row', jobId: 7, kind: 'result', row: row.row, storageError: null }]);
  });

  it('a resumed member keeps no input again; an unreadable one is stored as an error document', async () => {
    const { store, inputs, results } = fakeStore();
    const posted: { kind?: string }[] = [];
    await handleBatchRequest(req(new Uint8Array([0, 1, 2, 0, 0, 0xff, 0xfe, 0, 3]), false), (r) => posted.push(r as { kind?: string }), store);
    expect(inputs).toEqual([]);
    expect(results[0]![0].errorDoc?.error).toBeTruthy();
    expect(posted[0]!.kind).toBe('error-document');
  });

  it('reads a File it is given (the page does not read it)', async () => {
    const { store, inputs } = fakeStore();
    const posted: { kind?: string }[] = [];
    await handleBatchRequest({ ...req(sample), bytes: new Blob([new Uint8Array(sample)]) }, (r) => posted.push(r as { kind?: string }), store);
    expect(inputs[0]!.bytes.byteLength).toBe(sample.length);
    expect(posted[0]!.kind).toBe('result');
  });

  it('a refused write still answers with the row, and says why', async () => {
    const { store } = fakeStore('full');
    const posted: { storageError?: string | null; row?: unknown }[] = [];
    await handleBatchRequest(req(sample), (r) => posted.push(r as never), store);
    expect(posted[0]!.storageError).toBe('quota');
    expect(posted[0]!.row).toBeTruthy();
  });

  it('a text a person corrected before: the row counts as corrected, the document is kept as read', async () => {
    const read = (await inspectBytes(new Uint8Array(sample), 'r.txt')) as ReportDocument;
    const cell = read.tables.applications!.cells.find((c) => c.value !== null && c.row === 'resultsTotal')!;
    const fix = { table: 'applications' as const, row: cell.row, col: cell.col, value: (cell.value ?? 0) + 1000, at: '2026-12-07T00:00:00Z' };
    const { store, results } = fakeStore();
    store.corrections = async (text) => (text === read.text ? [fix] : []);
    await handleBatchRequest(req(sample), () => {}, store);
    const [report, row] = results[0]!;
    const tables = applyCorrections(read.tables, [fix]);
    const expected = batchItem({ ...read, tables, checks: recheck(read, tables) }, 'dir/r.txt');
    expect(row.row.row).toEqual(expected.row);
    expect(row.row.row.checks).not.toEqual(batchItem(read, 'dir/r.txt').row.checks);
    expect(row.row.corrected).toBe(1);
    expect(report.doc!.tables).toEqual(read.tables);
  });
});
