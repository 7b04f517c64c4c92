import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import schema from './report.schema.json';
import { inspectBytes } from '../inspect';
import type { ReportDocument, Span } from '../types';
import { reportJsonText, toReportJson } from './report-json';
import { say } from '../diagnostics';

const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
const samplesDir = new URL('../../../fixtures/samples/', import.meta.url);
const samples = readdirSync(samplesDir).filter((n) => !n.endsWith('.md'));

/** Every span in an exported report, with what it must index into. */
function spansOf(doc: Record<string, unknown>): Span[] {
  const out: Span[] = [];
  const walk = (v: unknown, key: string) => {
    if (Array.isArray(v)) {
      const isSpan = v.length === 2 && v.every((x) => typeof x === 'number') && /span|of/i.test(key);
      if (isSpan) out.push(v as Span);
      else for (const x of v) walk(x, key);
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) if (k !== 'text' && k !== 'cleanedText') walk(x, k);
    }
  };
  walk(doc, '');
  return out;
}

function fullDoc(): ReportDocument {
  return {
    schema: 'gouji.report/1',
    source: { name: 'a.txt', bytes: 20, encoding: 'utf-8', kind: 'text' },
    text: '申请 7 件，办结 8 件',
    meta: { agency: '青石县公安局', year: 2021, format: '2021', script: 'simplified', agencySpan: null, yearSpan: null },
    tables: {
      proactive: null,
      applications: {
        span: [0, 12],
        rows: { newReceived: { total: 7, naturalPerson: null } },
        cells: [
          { row: 'newReceived', col: 'total', value: 7, raw: '7', span: [3, 4] },
          { row: 'newReceived', col: 'naturalPerson', value: null, raw: '', span: null },
        ],
      },
      reviewLitigation: null,
    },
    checks: [{ id: 'applications.balance.total', status: 'fail', expected: 8, actual: 7, cells: [['newReceived', 'total']], ...say('check.balance.differs', { col: 'total', expected: 8, actual: 7 }) }],
    garbles: [{ kind: 'injected', span: [0, 1], text: '申', suggestion: '' }],
    duplicates: [{ span: [0, 2], of: [3, 5] }],
    cleanedText: '请 7 件，办结 8 件',
    sections: [],
    warnings: [],
  };
}

// whole reports (a PDF among them) on a shared machine: a generous timeout, never a speed test
describe('the report schema', { timeout: 60_000 }, () => {
  it.each(samples)('validates the pipeline output for %s', async (name) => {
    const bytes = new Uint8Array(readFileSync(new URL(name, samplesDir)));
    const doc = await inspectBytes(bytes, name);
    const json = JSON.parse(reportJsonText(doc)) as Record<string, unknown>;
    const ok = validate(json);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    if ('error' in json) return;
    const len = (json.text as string).length;
    for (const [s, e] of spansOf(json)) {
      expect(s).toBeLessThanOrEqual(e);
      expect(e).toBeLessThanOrEqual(len);
    }
  });

  it('accepts a full document and the error document', () => {
    expect(validate(toReportJson(fullDoc()))).toBe(true);
    expect(validate({ schema: 'gouji.report/1', error: '文件为空', source: { name: 'x' } })).toBe(true);
  });

  it('rejects documents that break the contract', () => {
    const bad = (edit: (d: Record<string, any>) => void) => {
      const d = JSON.parse(JSON.stringify(toReportJson(fullDoc())));
      edit(d);
      return validate(d);
    };
    expect(bad(() => {})).toBe(true);
    expect(bad((d) => delete d.cleanedText)).toBe(false);
    expect(bad((d) => delete d.text)).toBe(false);
    // --no-text documents say they left the texts out
    expect(bad((d) => { delete d.text; delete d.cleanedText; d.textOmitted = true; })).toBe(true);
    expect(bad((d) => { delete d.text; d.textOmitted = false; })).toBe(false);
    expect(bad((d) => delete d.meta.agency)).toBe(false);
    expect(bad((d) => (d.meta.year = '2021'))).toBe(false);
    expect(bad((d) => (d.meta.format = '2020'))).toBe(false);
    expect(bad((d) => (d.source.encoding = 'latin1'))).toBe(false);
    expect(bad((d) => delete d.tables.proactive)).toBe(false);
    expect(bad((d) => (d.tables.applications.cells[0].span = [3]))).toBe(false);
    expect(bad((d) => (d.tables.applications.cells[0].value = '7'))).toBe(false);
    expect(bad((d) => (d.tables.applications.rows.newReceived.total = '7'))).toBe(false);
    expect(bad((d) => (d.checks[0].status = 'error'))).toBe(false);
    expect(bad((d) => Object.assign(d.checks[0], { status: 'uncertain', blankCells: [['newReceived', 'naturalPerson']] }))).toBe(true);
    expect(bad((d) => Object.assign(d.checks[0], { status: 'uncertain', blankCells: [['newReceived']] }))).toBe(false);
    expect(bad((d) => Object.assign(d.tables.applications.cells[0], { status: 'ambiguous', alternatives: [70, 7] }))).toBe(true);
    expect(bad((d) => Object.assign(d.tables.applications.cells[0], { status: 'guessed' }))).toBe(false);
    expect(bad((d) => Object.assign(d.tables.applications.cells[0], { status: 'corrected', corrected: { from: 396, at: '2026-12-07T01:00:00Z' } }))).toBe(true);
    expect(bad((d) => (d.checks[0].review = { state: 'confirmed', note: '已核实', at: '2026-12-07T01:00:00Z' }))).toBe(true);
    expect(bad((d) => (d.garbles[0].review = { state: 'maybe', note: '', at: '' }))).toBe(false);
    expect(bad((d) => (d.garbles[0].kind = 'noise'))).toBe(false);
    expect(bad((d) => delete d.duplicates[0].of)).toBe(false);
    expect(validate({ schema: 'gouji.report/1' })).toBe(false);
    expect(validate({ schema: 'gouji.report/2', error: 'x' })).toBe(false);
  });
});

describe('toReportJson', () => {
  it('puts the contract keys first, in the contract order, and keeps extras', () => {
    const json = toReportJson(fullDoc());
    expect(Object.keys(json)).toEqual([
      'schema', 'source', 'text', 'meta', 'tables', 'checks', 'garbles', 'duplicates', 'cleanedText', 'sections', 'warnings',
    ]);
    expect(Object.keys(json.meta as object)).toEqual(['agency', 'year', 'format', 'script', 'agencySpan', 'yearSpan']);
    const cell = (json.tables as any).applications.cells[0];
    expect(Object.keys(cell)).toEqual(['row', 'col', 'value', 'raw', 'span']);
    expect(Object.keys((json.checks as any)[0])).toEqual(['id', 'status', 'expected', 'actual', 'cells', 'message', 'code', 'params']);
  });

  it('gives the error document its two keys first', () => {
    const json = toReportJson({ error: '无法读取', schema: 'gouji.report/1', source: { name: 'x' } });
    expect(Object.keys(json)).toEqual(['schema', 'error', 'source']);
  });

  it('survives a round trip through JSON unchanged', () => {
    const text = reportJsonText(fullDoc());
    expect(reportJsonText(JSON.parse(text))).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

// ── the same JSON as the plain construction (every object through `plainOrdered`) ─────────

function plainOrdered(obj: object, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const o = obj as Record<string, unknown>;
  for (const k of keys) out[k] = o[k] === undefined ? null : o[k];
  for (const [k, v] of Object.entries(o)) if (!(k in out) && v !== undefined) out[k] = v;
  return out;
}

function plainJson(doc: ReportDocument): Record<string, unknown> {
  const out = plainOrdered(doc, ['schema', 'source', 'text', 'meta', 'tables', 'checks', 'garbles', 'duplicates', 'cleanedText']);
  out.source = plainOrdered(doc.source, ['name', 'bytes', 'encoding', 'kind']);
  out.meta = plainOrdered(doc.meta, ['agency', 'year', 'format', 'script']);
  const table = (t: ReportDocument['tables']['proactive']) => {
    if (!t) return null;
    const o = plainOrdered(t, ['span', 'rows', 'cells']);
    o.cells = t.cells.map((c) => plainOrdered(c, ['row', 'col', 'value', 'raw', 'span']));
    return o;
  };
  out.tables = { proactive: table(doc.tables.proactive), applications: table(doc.tables.applications), reviewLitigation: table(doc.tables.reviewLitigation) };
  out.checks = doc.checks.map((c) => plainOrdered(c, ['id', 'status', 'expected', 'actual', 'cells', 'message']));
  out.garbles = doc.garbles.map((g) => plainOrdered(g, ['kind', 'span', 'text', 'suggestion']));
  out.duplicates = doc.duplicates.map((d) => plainOrdered(d, ['span', 'of']));
  return out;
}

describe('the export form, built with literal shapes, equals the plain key-by-key copy', { timeout: 120_000 }, () => {
  it('on every sample and on documents with extra, missing and undefined keys, byte for byte', async () => {
    const docs: ReportDocument[] = [];
    for (const name of samples) {
      const doc = await inspectBytes(new Uint8Array(readFileSync(new URL(name, samplesDir))), name);
      if (!('error' in doc)) docs.push(doc as ReportDocument);
    }
    expect(docs.length).toBeGreaterThan(5);
    // keys out of order, a missing contract key (null), an undefined extra (left out), extras kept in their order
    const odd = fullDoc();
    const cell = odd.tables.applications!.cells[0] as unknown as Record<string, unknown>;
    odd.tables.applications!.cells[0] = { note: 'x', span: cell.span, raw: cell.raw, value: cell.value, col: cell.col, row: cell.row, gone: undefined, alt: [1] } as never;
    delete (odd.tables.applications!.cells[1] as unknown as Record<string, unknown>).raw;
    (odd.checks[0] as unknown as Record<string, unknown>).extra = { a: 1 };
    delete (odd.garbles[0] as unknown as Record<string, unknown>).suggestion;
    docs.push(fullDoc(), odd);
    for (const doc of docs) expect(JSON.stringify(toReportJson(doc), null, 2)).toBe(JSON.stringify(plainJson(doc), null, 2));
  });
});
