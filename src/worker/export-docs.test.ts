// The exports' documents carry the verdicts a person gave the text, read from the one review
// record per text that the inspector and the workspace share.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReportDocument, Review } from '../core/types';
import { inspectBytes, isErrorDocument } from '../core/inspect';
import { jsonLine, longCsvLines } from '../core/batch';
import { checkKeys } from '../core/review/findings';
import { openGoujiDb } from './idb/db';
import { putResult } from './idb/workspace';
import { reportReviewKey } from './idb/reviews';
import { loadExportDoc } from './export-docs';

const doc = {
  schema: 'gouji.report/1',
  text: '某局2023年度政府信息公开工作年度报告',
  tables: { proactive: null, applications: null, reviewLitigation: null },
  checks: [{ id: 'meta.templateYear', status: 'fail', expected: 2021, actual: 2019, cells: [], spans: [[0, 2]], message: '', severity: 'warning' }],
  garbles: [],
  duplicates: [],
} as unknown as ReportDocument;

describe('loadExportDoc', () => {
  it('gives a stored document with the verdicts stored for its text, and without them when none', async () => {
    await putResult({ key: 'a', path: 'a.txt', doc }, { key: 'a', order: 0, row: {} });
    expect(await loadExportDoc('a')).toEqual(doc);

    const verdict: Review = { state: 'confirmed', note: '已核对', at: '2026-12-07T00:00:00Z' };
    const key = checkKeys(doc).get('meta.templateYear')!;
    await (await openGoujiDb()).put('reviews', { key: reportReviewKey(doc.text), updatedAt: 0, review: { corrections: [], reviews: { [key]: verdict } } });
    const out = (await loadExportDoc('a')) as ReportDocument;
    expect(out.checks[0].review).toEqual(verdict);
    expect(doc.checks[0].review).toBeUndefined();
  });

  it('gives a corrected figure as the single report does: status corrected, what was read, the checks run again', async () => {
    const name = 'pingtan-2020-flattened.txt';
    const read = await inspectBytes(new Uint8Array(readFileSync(join(__dirname, '..', '..', 'fixtures', 'samples', name))), name);
    if (isErrorDocument(read)) throw new Error(read.error);
    const printed = read.tables.applications!.cells.find((c) => c.row === 'resultsTotal' && c.col === 'naturalPerson')!;
    expect(read.checks.find((c) => c.id === 'applications.resultsTotal.naturalPerson')?.status).toBe('fail');
    await putResult({ key: 'c', path: name, doc: read }, { key: 'c', order: 2, row: {} });
    const at = '2026-12-07T01:00:00.000Z';
    const verdict: Review = { state: 'confirmed', note: '原文如此', at };
    const reviewed = checkKeys(read).get('applications.resultsTotal.naturalPerson')!;
    await (await openGoujiDb()).put('reviews', {
      key: reportReviewKey(read.text), updatedAt: 0,
      review: { corrections: [{ table: 'applications', row: 'resultsTotal', col: 'naturalPerson', value: 26, at }], reviews: { [reviewed]: verdict } },
    });
    const out = (await loadExportDoc('c')) as ReportDocument;
    const cell = out.tables.applications!.cells.find((c) => c.row === 'resultsTotal' && c.col === 'naturalPerson')!;
    expect(cell).toMatchObject({ value: 26, status: 'corrected', corrected: { from: printed.value, at }, raw: printed.raw, span: printed.span });
    expect(out.checks.find((c) => c.id === 'applications.resultsTotal.naturalPerson')).toMatchObject({ status: 'pass', review: verdict });
    // in the files themselves
    expect(JSON.parse(jsonLine(out)).tables.applications.cells.find((c: { row: string; col: string }) => c.row === 'resultsTotal' && c.col === 'naturalPerson')).toMatchObject({ value: 26, status: 'corrected', corrected: { from: printed.value } });
    expect(longCsvLines(out, name)).toContain(`applications,resultsTotal,naturalPerson,26,${printed.raw},corrected,`);
  }, 60_000);

  it('gives the failure of a member that has no document', async () => {
    await putResult({ key: 'b', path: 'b.txt', failed: 'crashed' }, { key: 'b', order: 1, row: {} });
    expect(await loadExportDoc('b')).toEqual({ schema: 'gouji.report/1', error: 'crashed' });
    expect(await loadExportDoc('missing')).toBeNull();
  });
});
