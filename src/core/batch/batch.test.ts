import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inspectBytes } from '../inspect';
import { generateBatchSet } from '../testing/batch-set';
import { layoutOf, makeTable, type Rows } from '../testing/build-table';
import type { Format, ReportDocument } from '../types';
import {
  agencyKey, batchDocument, batchItem, buildChains, ChainBook, indicators, jsonLine, longCsv, summaryCsv, summarize,
  INDICATORS, type ChainCheck, type ChainInput,
} from './index';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const sample = (name: string) => new Uint8Array(readFileSync(`${root}fixtures/samples/${name}`));

function input(file: string, agency: string | null, year: number | null, format: Format, app: Rows | null, pro: Rows | null = null): ChainInput {
  const f = format === '2019' || format === '2021' ? format : '2021';
  return {
    file, agency, year, format,
    tables: {
      applications: app ? makeTable(layoutOf('applications', f), app) : null,
      proactive: pro ? makeTable(layoutOf('proactive', f), pro) : null,
    },
  };
}

const byId = (checks: ChainCheck[], id: string) => checks.filter((c) => c.id === id);

const app = (rows: Rows) => makeTable(layoutOf('applications', '2021'), rows);
const rl = (rows: Rows) => makeTable(layoutOf('reviewLitigation', '2021'), rows);

describe('indicators', () => {
  it('computes each formula from the total column', () => {
    const ind = indicators({
      applications: app({
        newReceived: { total: 20 }, granted: { total: 6 }, partiallyGranted: { total: 2 }, resultsTotal: { total: 16 },
        deniedStateSecret: { total: 1 }, deniedProhibitedByLaw: { total: 0 }, deniedSecurityStability: { total: 0 },
        deniedThirdPartyRights: { total: 1 }, deniedInternalAffairs: { total: 0 }, deniedProcessInfo: { total: 0 },
        deniedEnforcementFiles: { total: 0 }, deniedQueryMatters: { total: 2 },
      }),
      reviewLitigation: rl({
        review: { corrected: 1, pending: 1, total: 5 },
        litigationDirect: { corrected: 1, pending: 0, total: 2 },
        litigationAfterReview: { corrected: 0, pending: 1, total: 3 },
      }),
    });
    expect(ind).toEqual({ disclosureRate: 0.5, denialRate: 0.25, reviewCorrectionRate: 0.25, litigationCorrectionRate: 0.25, disputeRate: 0.5 });
  });

  it('is empty when a cell is blank or the denominator is zero', () => {
    const ind = indicators({
      applications: app({ granted: { total: 1 }, partiallyGranted: { total: null }, resultsTotal: { total: 4 }, newReceived: { total: 0 } }),
      reviewLitigation: rl({
        review: { corrected: 0, pending: 2, total: 2 },
        litigationDirect: { corrected: 0, pending: 0, total: 1 },
        litigationAfterReview: { corrected: 0, pending: 0, total: 1 },
      }),
    });
    expect(ind.disclosureRate).toBeNull(); // 部分公开 blank
    expect(ind.reviewCorrectionRate).toBeNull(); // total − pending = 0
    expect(ind.disputeRate).toBeNull(); // 新收 0
    expect(ind.litigationCorrectionRate).toBe(0);
    expect(indicators({ applications: null, reviewLitigation: null })).toEqual(Object.fromEntries(INDICATORS.map((d) => [d.key, null])));
  });
});

describe('chains', () => {
  it('groups by the folded agency name and checks carry-over per column', () => {
    const chains = buildChains([
      input('b.txt', '某县公安局', 2022, '2021', { carriedOver: { total: 3, naturalPerson: 3 } }),
      input('a.txt', '某縣公安局', 2021, '2021', { carriedForward: { total: 3, naturalPerson: 2 } }),
      input('c.txt', '别的局', 2021, '2021', {}),
      input('d.txt', null, 2021, '2021', {}),
    ]);
    expect(chains.map((c) => [c.agency, c.years])).toEqual(expect.arrayContaining([['某縣公安局', [2021, 2022]], ['别的局', [2021]]]));
    expect(chains).toHaveLength(2);
    const chain = chains.find((c) => c.years.length === 2)!;
    const total = byId(chain.checks, 'carryOver.total')[0];
    expect(total).toMatchObject({ from: 2021, to: 2022, status: 'pass', expected: 3, actual: 3 });
    const np = byId(chain.checks, 'carryOver.naturalPerson')[0];
    expect(np).toMatchObject({ status: 'fail', expected: 2, actual: 3 });
    // the cells involved, in both reports, with their spans
    expect(np.cells.map((c) => [c.side, c.file, c.row, c.value])).toEqual([['from', 'a.txt', 'carriedForward', 2], ['to', 'b.txt', 'carriedOver', 3]]);
    expect(np.cells.every((c) => Array.isArray(c.span))).toBe(true);
    expect(byId(chain.checks, 'carryOver.research')[0].status).toBe('skipped');
  });

  it('treats a blank as unknown, not 0: uncertain when a blank could close the gap', () => {
    const [chain] = buildChains([
      input('a', 'X局', 2021, '2021', { carriedForward: { total: 4, commercial: 0, legal: 2 } }),
      input('b', 'X局', 2022, '2021', { carriedOver: { total: null, commercial: 0, legal: 0 } }),
    ]);
    expect(byId(chain.checks, 'carryOver.total')[0]).toMatchObject({ status: 'uncertain', expected: 4, actual: 0 });
    expect(byId(chain.checks, 'carryOver.total')[0].blankCells?.map((c) => c.row)).toEqual(['carriedOver']);
    expect(byId(chain.checks, 'carryOver.legal')[0].status).toBe('fail');
    expect(byId(chain.checks, 'carryOver.commercial')[0].status).toBe('pass');
  });

  it('checks 现行有效 (2021 both sides) and 项目数量 (2019 both sides)', () => {
    const [c21] = buildChains([
      input('a', 'Y', 2021, '2021', {}, { regulations: { inForce: 10 }, normativeDocuments: { inForce: 5 } }),
      input('b', 'Y', 2022, '2021', {}, { regulations: { issued: 2, repealed: 1, inForce: 11 }, normativeDocuments: { issued: 1, repealed: 0, inForce: 7 } }),
    ]);
    expect(byId(c21.checks, 'inForce.regulations')[0]).toMatchObject({ status: 'pass', expected: 11, actual: 11 });
    expect(byId(c21.checks, 'inForce.normativeDocuments')[0]).toMatchObject({ status: 'fail', expected: 6, actual: 7 });
    expect(byId(c21.checks, 'itemCount.licensing')).toHaveLength(0);

    const [c19] = buildChains([
      input('a', 'Z', 2019, '2019', {}, { licensing: { previousCount: 10, change: -2 }, fees: { previousCount: 3, change: null }, penalties: { previousCount: 4, change: 1 } }),
      input('b', 'Z', 2020, '2019', {}, { licensing: { previousCount: 8 }, fees: { previousCount: 5 }, penalties: { previousCount: 6 } }),
    ]);
    expect(byId(c19.checks, 'itemCount.licensing')[0]).toMatchObject({ status: 'pass', expected: 8, actual: 8 });
    // a blank 增/减 may be any figure, either sign
    expect(byId(c19.checks, 'itemCount.fees')[0].status).toBe('uncertain');
    expect(byId(c19.checks, 'itemCount.penalties')[0]).toMatchObject({ status: 'fail', expected: 5, actual: 6 });
    expect(byId(c19.checks, 'inForce.regulations')).toHaveLength(0);
  });

  it('reports missing years and two reports claiming one year', () => {
    const [chain] = buildChains([
      input('a', 'W', 2019, '2019', {}),
      input('b', 'W', 2022, '2021', {}),
      input('c', 'W', 2022, '2021', {}),
      input('d', 'W', 2023, '2021', { carriedOver: { total: 1 } }),
    ]);
    expect(chain.years).toEqual([2019, 2022, 2023]);
    expect(byId(chain.checks, 'chain.missingYear').map((c) => c.year)).toEqual([2020, 2021]);
    expect(byId(chain.checks, 'chain.duplicateYear')).toMatchObject([{ year: 2022, files: ['b', 'c'], status: 'fail' }]);
    // the first report of 2022 stands for the year in the link to 2023
    expect(byId(chain.checks, 'carryOver.total')[0].cells[0].file).toBe('b');
  });

  it('a ChainBook fed the reports in any order gives what buildChains gives, judging each link once', () => {
    const inputs = [
      input('a', 'W', 2019, '2019', {}, { licensing: { previousCount: 10, change: -2 } }),
      input('b', 'W', 2020, '2019', { carriedOver: { total: 2 } }, { licensing: { previousCount: 9 } }),
      input('c', 'W', 2021, '2021', { carriedOver: { total: 1 }, carriedForward: { total: 4 } }),
      input('d', 'W', 2022, '2021', { carriedOver: { total: 4 } }),
      input('e', 'W', 2022, '2021', { carriedOver: { total: 5 } }), // the year claimed twice: d stands for it
      input('f', 'W', 2023, '2021', { carriedOver: { total: 1 } }),
      input('g', 'W', 2025, '2021', {}),
      input('h', '某縣公安局', 2021, '2021', { carriedForward: { total: 3 } }),
      input('i', '某县公安局', 2022, '2021', { carriedOver: { total: 2 } }),
      input('j', null, 2022, '2021', {}),
    ];
    const whole = buildChains(inputs);
    // arrival orders: as listed, reversed, and interleaved (as two workers would send them)
    for (const order of [inputs, [...inputs].reverse(), inputs.filter((_, i) => i % 2).concat(inputs.filter((_, i) => i % 2 === 0))]) {
      const book = new ChainBook();
      for (const r of order) book.add(r);
      expect(book.chains(inputs)).toEqual(whole);
      // every link of the result was judged while the reports arrived
      for (const c of whole) {
        for (const k of c.checks.filter((x) => !x.id.startsWith('chain.'))) {
          const [from, to] = [k.cells.find((x) => x.side === 'from')!.file, k.cells.find((x) => x.side === 'to')!.file];
          expect(book.memo.has(inputs.find((r) => r.file === from)!, inputs.find((r) => r.file === to)!)).toBe(true);
        }
      }
    }
    const w = whole.find((c) => c.years.includes(2025))!;
    expect(byId(w.checks, 'carryOver.total').map((c) => [c.from, c.to])).toEqual([[2019, 2020], [2020, 2021], [2021, 2022], [2022, 2023]]);
    expect(byId(w.checks, 'chain.missingYear').map((c) => c.year)).toEqual([2024]);
  });

  it('folds script and width in agency names', () => {
    expect(agencyKey('海南省公安廳')).toBe(agencyKey('海南省公安厅'));
    expect(agencyKey('ＡＢ 局')).toBe(agencyKey('AB局'));
  });
});

describe('a real chain: Pingtan 2020 → 2021', { timeout: 60_000 }, () => {
  it('summarises both reports and checks the carry-over between them', async () => {
    const docs = await Promise.all(
      ['pingtan-2020-flattened.txt', 'pingtan-2021-flattened.txt'].map(async (f) => ({ f, doc: (await inspectBytes(sample(f), f)) as ReportDocument })),
    );
    const items = docs.map(({ f, doc }) => batchItem(doc, f, f.replace('.txt', '.json')));
    const rows = items.map((i) => i.row);
    expect(rows[0]).toMatchObject({ year: 2020, format: '2019', tables: 3, error: null });
    expect(rows[1]).toMatchObject({ year: 2021, format: '2021', tables: 3, error: null });
    const chains = buildChains(items.map((i) => i.chain));
    expect(chains).toHaveLength(1);
    expect(chains[0].years).toEqual([2020, 2021]);
    const carry = byId(chains[0].checks, 'carryOver.total')[0];
    expect(carry.status).not.toBe('skipped');
    // expected/actual are exactly the two printed cells
    const app20 = docs[0].doc.tables.applications!;
    const app21 = docs[1].doc.tables.applications!;
    expect(carry.expected).toBe(app20.rows.carriedForward.total ?? 0);
    expect(carry.actual).toBe(app21.rows.carriedOver.total ?? 0);
    // the chain input carries the figures and their spans, not the tables' cells; the spans
    // are those of the printed cells, as found from the whole tables (rows stored before)
    expect(items[1].chain.tables.applications).not.toHaveProperty('cells');
    const whole = buildChains(docs.map(({ f, doc }) => ({ ...batchItem(doc, f).chain, tables: { applications: doc.tables.applications, proactive: doc.tables.proactive } })));
    expect(whole[0].checks).toEqual(chains[0].checks);
    expect(carry.cells.map((c) => c.span)).toEqual([
      app20.cells.find((c) => c.row === 'carriedForward' && c.col === 'total')!.span,
      app21.cells.find((c) => c.row === 'carriedOver' && c.col === 'total')!.span,
    ]);

    const batch = batchDocument(rows, chains);
    expect(batch.schema).toBe('gouji.batch/1');
    expect(batch.reports[1]).toMatchObject({ file: 'pingtan-2021-flattened.txt', json: 'pingtan-2021-flattened.json', checks: { fail: expect.any(Number) } });

    const csv = summaryCsv(rows);
    expect(csv.startsWith('\uFEFFfile,json,agency,year,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);

    const long = longCsv(docs.map(({ f, doc }) => ({ doc, report: f })));
    const lines = long.split('\r\n').slice(1, -1);
    let cellCount = 0;
    for (const { doc } of docs) for (const t of [doc.tables.proactive, doc.tables.applications, doc.tables.reviewLitigation]) if (t) for (const r of Object.values(t.rows)) cellCount += Object.keys(r).length;
    expect(lines).toHaveLength(cellCount);
    // one cell's line: value, raw, status, span; an ambiguous cell lists its other readings
    const app = docs[1].doc.tables.applications!;
    const c = app.cells.find((x) => x.span && x.value !== null)!;
    const copy = { ...docs[1].doc, tables: { ...docs[1].doc.tables, applications: { ...app, cells: app.cells.map((x) => (x === c ? { ...x, status: 'ambiguous' as const, alternatives: [70, null] } : x)) } } };
    const line1 = longCsv([{ doc: copy, report: 'r' }]).split('\r\n').find((l) => l.startsWith(`r,applications,${c.row},${c.col},`));
    expect(line1).toBe(`r,applications,${c.row},${c.col},${c.value},${c.raw},ambiguous,70/,${c.span![0]},${c.span![1]}`);
    const line = jsonLine(docs[0].doc, { text: false });
    expect(line.endsWith('\n') && !line.slice(0, -1).includes('\n')).toBe(true);
    const parsed = JSON.parse(line);
    expect(parsed.text).toBeUndefined();
    expect(parsed.cleanedText).toBeUndefined();
    expect(parsed.meta.year).toBe(2020);
    expect(JSON.parse(jsonLine(docs[0].doc)).text).toBe(docs[0].doc.text);
  });

  it('gives an error row for an unreadable input', async () => {
    const doc = await inspectBytes(new Uint8Array(0), 'empty.txt');
    const row = summarize(doc, 'x/empty.txt');
    expect(row.error).toEqual(expect.any(String));
    expect(row).toMatchObject({ agency: null, tables: 0, checks: { fail: 0, uncertain: 0 } });
    expect(longCsv([{ doc, report: 'x' }])).toBe('\uFEFFreport,table,row,column,value,raw,status,alternatives,span_start,span_end\r\n');
  });
});

describe('chain inputs carry only what the year rules read', { timeout: 120_000 }, () => {
  it('give the same chains as the whole tables, on generated bodies over years with planted breaks', async () => {
    const set = generateBatchSet({ reports: 42, years: 7, breakEvery: 4, seed: 5 });
    const docs = await Promise.all(set.files.map(async (f) => ({ f: f.name, doc: await inspectBytes(f.bytes, f.name) })));
    const items = docs.map(({ f, doc }) => batchItem(doc, f));
    const whole = docs.map(({ f, doc }) => ({
      ...batchItem(doc, f).chain,
      tables: 'tables' in doc ? { applications: doc.tables.applications, proactive: doc.tables.proactive } : { applications: null, proactive: null },
    }));
    const chains = buildChains(items.map((i) => i.chain));
    expect(chains.flatMap((c) => c.checks).filter((k) => k.status === 'fail').length).toBeGreaterThan(0);
    expect(chains).toEqual(buildChains(whole));
    // and much less of each table: the rows the rules read, nothing else
    const carried = items.find((i) => i.chain.tables.applications)!.chain.tables.applications!;
    expect(Object.keys(carried.rows).sort()).toEqual(['carriedForward', 'carriedOver']);
  });
});
