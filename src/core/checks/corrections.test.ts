import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectBytes, isErrorDocument } from '../inspect';
import type { ReportDocument } from '../types';
import { applyCorrections, recheck } from './corrections';

const SAMPLES = join(__dirname, '..', '..', '..', 'fixtures', 'samples');

async function sample(name: string): Promise<ReportDocument> {
  const d = await inspectBytes(new Uint8Array(readFileSync(join(SAMPLES, name))), name);
  if (isErrorDocument(d)) throw new Error(d.error);
  return d;
}

describe('ambiguous cells and corrections (Pingtan 2020)', () => {
  it('marks the cells of glued rows that split several ways, with the other readings', async () => {
    const doc = await sample('pingtan-2020-flattened.txt');
    const cell = doc.tables.proactive!.cells.find((c) => c.row === 'licensing' && c.col === 'previousCount')!;
    expect(cell).toMatchObject({ value: 396, status: 'ambiguous' });
    // the other most plausible readings, those the golden accepts (396/4/42278, 3964/4/2278, 39/6/442278)
    expect(cell.alternatives).toEqual([3964, 39]);
    // a row with one reading only is not marked
    expect(doc.tables.applications!.cells.some((c) => c.status === 'ambiguous')).toBe(false);
  }, 60_000);

  it('re-runs the checks on a corrected figure, keeping what was printed and what was read', async () => {
    const doc = await sample('pingtan-2020-flattened.txt');
    expect(doc.checks.find((c) => c.id === 'applications.resultsTotal.naturalPerson')?.status).toBe('fail');
    const printed = doc.tables.applications!.cells.find((c) => c.row === 'resultsTotal' && c.col === 'naturalPerson')!;
    const tables = applyCorrections(doc.tables, [{ table: 'applications', row: 'resultsTotal', col: 'naturalPerson', value: 26, at: '2026-12-07T01:00:00.000Z' }]);
    const cell = tables.applications!.cells.find((c) => c.row === 'resultsTotal' && c.col === 'naturalPerson')!;
    expect(cell).toMatchObject({ value: 26, status: 'corrected', corrected: { from: printed.value, at: '2026-12-07T01:00:00.000Z' }, raw: printed.raw, span: printed.span });
    expect(tables.applications!.rows.resultsTotal.naturalPerson).toBe(26);
    expect(doc.tables.applications!.rows.resultsTotal.naturalPerson).toBe(printed.value); // the inspected tables are untouched
    expect(tables.proactive).toBe(doc.tables.proactive);
    const checks = recheck(doc, tables);
    expect(checks.map((c) => c.id)).toEqual(doc.checks.map((c) => c.id));
    expect(checks.find((c) => c.id === 'applications.resultsTotal.naturalPerson')?.status).toBe('pass');
    // the balance of that column now counts the corrected (七)总计
    expect(checks.find((c) => c.id === 'applications.balance.naturalPerson')?.actual).not.toBe(doc.checks.find((c) => c.id === 'applications.balance.naturalPerson')?.actual);
    // unchanged tables give unchanged checks
    expect(recheck(doc, doc.tables)).toEqual(doc.checks);
  }, 60_000);
});
