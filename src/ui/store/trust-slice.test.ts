// the test support comes first: it installs indexedDB before the store and storage load
import { freshDbPerTest, pingtan, until } from './testing/idb-report';
import { describe, expect, it } from 'vitest';
import { reportReviewKey } from '../storage';
import { useGouji } from './store';
import { checkKeys, withReviews } from '../../core/review/findings';

freshDbPerTest();

describe('corrections and reviews', () => {
  it('re-runs the checks on a correction, and finds corrections and reviews again for the same text', async () => {
    const doc = await pingtan();
    useGouji.setState({ doc });
    expect(useGouji.getState().inspected).toBe(doc);
    const id = 'applications.resultsTotal.naturalPerson';
    expect(useGouji.getState().doc!.checks.find((c) => c.id === id)?.status).toBe('fail');

    await useGouji.getState().correctCell('applications', 'resultsTotal', 'naturalPerson', 26);
    const fixed = useGouji.getState().doc!;
    expect(fixed.checks.find((c) => c.id === id)?.status).toBe('pass');
    expect(fixed.tables.applications!.cells.find((c) => c.row === 'resultsTotal' && c.col === 'naturalPerson')).toMatchObject({ value: 26, status: 'corrected', corrected: { from: 20 } });
    expect(useGouji.getState().inspected).toBe(doc); // what was read stays

    const key = checkKeys(fixed).get('applications.resultsTotal.total')!;
    const saved = useGouji.getState().setReview(key, { state: 'confirmed', note: '已与原件核对' });
    const exported = withReviews(useGouji.getState().doc!, useGouji.getState().reviews);
    expect(exported.checks.find((c) => c.id === 'applications.resultsTotal.total')?.review).toMatchObject({ state: 'confirmed', note: '已与原件核对' });
    expect(exported.checks.find((c) => c.id === id)?.review).toBeUndefined();
    await saved; // the write has landed: no waiting on the clock
    expect(reportReviewKey(doc.text)).toMatch(/^report:/);

    // the same text inspected again (a reload, another garble mode): both come back
    const again = await pingtan();
    useGouji.setState({ doc: again });
    expect(useGouji.getState().reviews).toEqual({});
    await until(() => useGouji.getState().doc?.checks.find((c) => c.id === id)?.status === 'pass');
    expect(useGouji.getState().inspected).toBe(again);
    expect(useGouji.getState().doc!.checks.find((c) => c.id === id)?.status).toBe('pass');
    expect(useGouji.getState().reviews[key]).toMatchObject({ state: 'confirmed', note: '已与原件核对' });

    await useGouji.getState().revertCell('applications', 'resultsTotal', 'naturalPerson');
    expect(useGouji.getState().doc).toBe(again);
  }, 60_000);
});
