// The extractor on every sample report, against the hand-read goldens (fixtures/golden):
// every cell, and every span pointing at its raw text. Also the per-sample facts of the brief.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeContext } from '../context';
import { decodeInput } from '../decode';
import { compareCells, type Golden } from '../testing/golden';
import type { ReportDocument } from '../types';
import { extractTables, type Extraction } from './index';

const ROOT = join(__dirname, '..', '..', '..', 'fixtures');
const goldens: Golden[] = readdirSync(join(ROOT, 'golden'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(ROOT, 'golden', f), 'utf8')) as Golden);

/** The contract reads amounts in 万元: convert the golden's ambiguous readings printed in 元. */
function inWan(g: Golden): Golden {
  const ambiguous = g.ambiguous.map((a) => {
    const yuanCols = g.yuanAmounts.filter(([t, r]) => t === a.table && r === a.row).map(([, , c]) => c);
    if (!yuanCols.length || !g.tables[a.table]) return a;
    const cols = Object.keys(g.tables[a.table]![a.row] ?? {});
    const idx = yuanCols.map((c) => cols.indexOf(c));
    return { ...a, readings: a.readings.map((r) => r.map((v, i) => (idx.includes(i) && v !== null ? v / 10000 : v))) };
  });
  return { ...g, ambiguous };
}

async function textOf(file: string): Promise<string> {
  const bytes = new Uint8Array(readFileSync(join(ROOT, 'samples', file)));
  const d = await decodeInput(bytes, file);
  if (!d.ok) throw new Error(d.reason);
  return d.value.text;
}

async function run(file: string): Promise<{ x: Extraction; text: string }> {
  const text = await textOf(file);
  return { x: extractTables(makeContext(text), []), text };
}

describe('samples against their goldens', () => {
  for (const g of goldens) {
    if (g.file.endsWith('.pdf')) continue;
    it(`${g.file}: every cell`, async () => {
      const { x } = await run(g.file);
      const diffs = compareCells({ tables: x.tables } as ReportDocument, inWan(g));
      expect(diffs).toEqual([]);
      if (g.meta.format !== 'pre-2019') expect(x.format).toBe(g.meta.format);
    });
    it(`${g.file}: spans point at the raw text`, async () => {
      const { x, text } = await run(g.file);
      for (const t of Object.values(x.tables)) {
        if (!t) continue;
        for (const c of t.cells) {
          if (c.span) expect(text.slice(c.span[0], c.span[1])).toBe(c.raw);
          else expect(c.raw).toBe('');
        }
      }
    });
  }
});

describe('sample facts', () => {
  it('Hainan 2020 (traditional, one cell a line, tables printed twice)', async () => {
    const { x } = await run('hainan-provincial-police-2020-traditional.txt');
    const t = x.tables;
    expect(t.applications!.rows.newReceived!.total).toBe(7);
    expect(t.applications!.rows.granted!.total).toBe(7);
    expect(t.proactive!.rows.normativeDocuments).toEqual({ made: 2, published: 2, total: 36 });
    expect(t.proactive!.rows.otherServices!.decisions).toBe(12673);
    expect(t.proactive!.rows.procurement!.amount).toBe(91488.25);
    expect(t.applications!.notes?.some((n) => n.kind === 'duplicate-table')).toBe(true);
    expect(t.reviewLitigation!.notes?.some((n) => n.kind === 'duplicate-table')).toBe(true);
    expect(x.warnings.some((w) => w.message.includes('两次'))).toBe(true);
  });
  it('Ziyang 2020: only 总计 filled, NBSP blanks are null, 94.52万元', async () => {
    const { x } = await run('ziyang-county-police-2020.txt');
    const a = x.tables.applications!;
    expect(a.rows.newReceived).toEqual({ naturalPerson: null, commercial: null, research: null, publicInterest: null, legal: null, otherOrg: null, total: 0 });
    expect(x.tables.proactive!.rows.procurement!.amount).toBe(94.52);
    expect(x.tables.proactive!.cells.find((c) => c.row === 'procurement' && c.col === 'amount')!.raw).toBe('94.52万元');
  });
  it('Haidong 2019: 减 17', async () => {
    const { x } = await run('haidong-city-police-2019.txt');
    expect(x.tables.proactive!.rows.penalties!.change).toBe(-17);
    expect(x.tables.proactive!.cells.find((c) => c.row === 'penalties' && c.col === 'change')!.raw).toBe('减 17');
  });
  it('Bachu 2023: format 2021', async () => {
    const { x } = await run('bachu-county-police-2023.txt');
    expect(x.format).toBe('2021');
    expect(x.tables.proactive!.rows.licensing!.decisions).toBe(49801);
  });
  it('Pingtan 2020: glued rows split; the real mismatch is kept', async () => {
    const { x } = await run('pingtan-2020-flattened.txt');
    expect(x.tables.applications!.rows.resultsTotal!.total).toBe(21);
    expect(x.tables.applications!.rows.newReceived).toEqual({ naturalPerson: 20, commercial: 0, research: 0, publicInterest: 0, legal: 0, otherOrg: 1, total: 21 });
    const notes = x.tables.proactive!.notes ?? [];
    expect(notes.some((n) => n.kind === 'ambiguous-split' && n.row === 'normativeDocuments')).toBe(true);
    expect(x.tables.proactive!.rows.normativeDocuments).toEqual({ made: 77, published: 77, total: 166 });
  });
  it('Huai\'an 2024 PDF text', async () => {
    const { x } = await run('huaian-gov-2024-pdftext.txt');
    expect(x.tables.applications!.rows.newReceived!.naturalPerson).toBe(3001);
    expect(x.tables.reviewLitigation!.rows.review!.total).toBe(351);
  });
  it('Guangdong 2017 (prose, before the template): no tables', async () => {
    const { x } = await run('guangdong-provincial-police-2017-traditional.txt');
    expect(x.tables).toEqual({ proactive: null, applications: null, reviewLitigation: null });
    expect(x.format).toBe('unknown');
  });
});
