import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { batchDocument, batchJsonText, buildChains, jsonLine, longCsvHeader, longCsvLines, summaryCsv, type BatchDocument } from '../core/batch';
import { inspectBytes } from '../core/inspect';
import { batchRow } from './batch-row';
import { batchJsonPieces, buildExport } from './export-builder';

describe('batch JSON in pieces', () => {
  it('joins to exactly batchJsonText', () => {
    const doc = {
      schema: 'gouji.batch/1',
      reports: [{ file: 'a', n: [1, 2], o: { x: null } }, { file: 'b', n: [], o: {} }],
      chains: [],
      indicators: [{ key: 'k', zh: '率', en: 'rate' }],
    } as unknown as BatchDocument;
    expect([...batchJsonPieces(doc)].join('')).toBe(batchJsonText(doc));
    JSON.parse([...batchJsonPieces(doc)].join(''));
  });
});

// TextDecoder drops the BOM the CSVs start with: compare without it
const bomless = (s: string) => s.replace(/^\uFEFF/, '');

describe('buildExport', () => {
  it('gives the same text as the core, for every kind', async () => {
    const names = ['ziyang-county-police-2020.txt', 'haidong-city-police-2019.txt', 'bachu-county-police-2023.txt'];
    const docs = await Promise.all(names.map((n) => inspectBytes(new Uint8Array(readFileSync(`fixtures/samples/${n}`)), n)));
    const entries = docs.map((d, i) => ({ key: String(i), ...batchRow(d, `dir/${names[i]}`, 1) }));
    const load = async (k: string) => docs[Number(k)]!;
    const text = async (kind: Parameters<typeof buildExport>[0]) => new TextDecoder().decode(await (await buildExport(kind, entries, load)).arrayBuffer());
    expect(await text('summaryCsv')).toBe(bomless(summaryCsv(entries.map((e) => e.row))));
    expect(await text('longCsv')).toBe(bomless(longCsvHeader() + entries.map((e, i) => longCsvLines(docs[i]!, e.path)).join('')));
    expect(await text('jsonl')).toBe(docs.map((d) => jsonLine(d)).join(''));
    expect(await text('batchJson')).toBe(batchJsonText(batchDocument(entries.map((e) => e.row), buildChains(entries.map((e) => e.chain)))));
  });
});
