// The exports' documents carry the verdicts a person gave the text, read from the one review
// record per text that the inspector and the workspace share.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ReportDocument, Review } from '../core/types';
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

  it('gives the failure of a member that has no document', async () => {
    await putResult({ key: 'b', path: 'b.txt', failed: 'crashed' }, { key: 'b', order: 1, row: {} });
    expect(await loadExportDoc('b')).toEqual({ schema: 'gouji.report/1', error: 'crashed' });
    expect(await loadExportDoc('missing')).toBeNull();
  });
});
