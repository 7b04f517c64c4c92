// the test support comes first: it installs indexedDB before the store and storage load
import { freshDbPerTest, pingtan, until } from './testing/idb-report';
import { describe, expect, it } from 'vitest';
import { batchRow } from '../../worker/batch-row';
import { listRows } from '../storage';
import type { BatchRow } from '../../worker/batch-row';
import { useGouji } from './store';

freshDbPerTest();

const entry = () => useGouji.getState().batch.entries[0]!;

describe("a workspace member corrected in the inspector", () => {
  it('its grid row (and the stored row the exports read) counts as corrected, and as read again once undone', async () => {
    const doc = await pingtan();
    const asRead = batchRow(doc, 'p/pingtan-2020.txt', 12);
    useGouji.setState({
      mode: 'batch-report',
      batch: { ...useGouji.getState().batch, openKey: '000000', entries: [{ key: '000000', order: 0, ...asRead }] },
    });
    useGouji.setState({ doc });
    expect(entry().row.checks.fail).toBeGreaterThan(0);

    await useGouji.getState().correctCell('applications', 'resultsTotal', 'naturalPerson', 26);
    const fixed = useGouji.getState().doc!;
    await until(() => entry().corrected === 1);
    expect(entry().row).toEqual(batchRow(fixed, 'p/pingtan-2020.txt', 12).row);
    expect(entry().row.checks).not.toEqual(asRead.row.checks);
    expect(asRead.fails).toContain('applications.resultsTotal.naturalPerson');
    expect(entry().fails).not.toContain('applications.resultsTotal.naturalPerson');
    // the row's write lands (fire and forget)
    let stored: Awaited<ReturnType<typeof listRows<BatchRow>>> = [];
    for (let i = 0; i < 300 && stored[0]?.row.corrected !== 1; i++) {
      stored = await listRows<BatchRow>();
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(stored[0]!.row.row.checks).toEqual(entry().row.checks);

    await useGouji.getState().revertCell('applications', 'resultsTotal', 'naturalPerson');
    await until(() => entry().corrected === 0);
    expect(entry().row).toEqual(asRead.row);
    expect(entry().fails).toEqual(asRead.fails);

    // corrected, then straight back to the grid before the checks have run again: the row still follows
    const corrected = useGouji.getState().correctCell('applications', 'resultsTotal', 'naturalPerson', 26);
    useGouji.getState().backToBatch();
    await corrected;
    await until(() => entry().corrected === 1);
    expect(entry().row.checks).toEqual(batchRow(fixed, 'p/pingtan-2020.txt', 12).row.checks);
  }, 60_000);
});
