// The real-report truth is well-formed: valid row/column keys per template, one entry per URL,
// each report in the split its URL's hash gives (so dev and held-out stay disjoint).
import { describe, expect, it } from 'vitest';
import { loadPagesTruth, splitOf, truthCells, truthProblems, type PagesTruthFile } from './truth';

describe('holdout/pages truth.json', () => {
  const file = loadPagesTruth();

  it('has valid keys, values and fields', () => {
    expect(truthProblems(file)).toEqual([]);
  });

  it('puts every report in the split its URL hash gives, dev and held-out disjoint', async () => {
    for (const t of file.reports) expect(t.split, t.id).toBe(await splitOf(t.url));
    const dev = new Set(file.reports.filter((t) => t.split === 'dev').map((t) => t.url));
    expect(file.reports.filter((t) => t.split === 'heldout').some((t) => dev.has(t.url))).toBe(false);
    expect(dev.size).toBeGreaterThan(0);
    expect(file.reports.length - dev.size).toBeGreaterThan(0);
  });

  it('annotates table 二 cells for every templated report', () => {
    for (const t of file.reports) if (t.format !== 'pre-2019') expect(truthCells(t).some((c) => c.table === 'proactive'), t.id).toBe(true);
  });

  it('finds the problems it is meant to find', () => {
    const bad: PagesTruthFile = {
      schema: 'gouji.pages-truth/1',
      about: '',
      reports: [
        { ...file.reports[0], tables: { proactive: { made: [1], otherServices: [1, 2, 3] } }, format: '2021' },
        { ...file.reports[0], layout: 'nonsense' },
      ],
    };
    const p = truthProblems(bad);
    expect(p.some((s) => s.includes('proactive.made is not a row'))).toBe(true);
    expect(p.some((s) => s.includes('otherServices is not a row of template 2021'))).toBe(true);
    expect(p.some((s) => s.includes('id twice'))).toBe(true);
    expect(p.some((s) => s.includes('layout nonsense'))).toBe(true);
  });
});
