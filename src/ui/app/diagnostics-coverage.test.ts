// Every diagnostic the core emits on every sample (/work/shared/samples when present, and the
// repo's fixtures) carries a code, and that code reads in both languages: Chinese as the core
// wrote it (message / reason / warnings), English with no Chinese left outside what it quotes
// from the report. Also on the same tables with cells blanked, so the uncertain and skipped
// wordings are read too, and on year chains between the samples.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectBytes, isErrorDocument } from '../../core/inspect';
import { makeContext } from '../../core/context';
import { runChecks } from '../../core/checks';
import { buildChains, chainInput, type ChainCheck } from '../../core/batch';
import { zhMessage, type Diagnostic } from '../../core/diagnostics';
import type { Check, ReportDocument, Table, Tables } from '../../core/types';
import { diagnosticMarked, diagnosticText } from '../i18n/diagnostics';
import { quoteParts } from '../i18n/quote';
import { checkText, chainCheckText } from '../report-labels/check-text';
import { noteText } from '../report-labels/note-text';
import { warningTexts } from './warning-text';
import { garbleReason } from '../report-labels/garble-reason';

const ROOT = join(__dirname, '..', '..', '..');
const DIRS = [join(ROOT, 'fixtures', 'samples'), '/work/shared/samples', '/work/shared/samples/real'].filter((d) => existsSync(d));
const HAN = /\p{Script=Han}/u;

/** the text of a marked wording outside its quotes */
const unquoted = (s: string) => quoteParts(s).filter((p) => !p.quoted).map((p) => p.text).join('');

function files(): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const d of DIRS) {
    for (const f of readdirSync(d).sort()) {
      if (!/\.(txt|html?|pdf|docx)$/.test(f) || seen.has(f)) continue;
      seen.add(f);
      out.push(join(d, f));
    }
  }
  return out;
}

/** the tables with every cell of `blank` made blank (a blank is not a 0: the rules go uncertain or skipped) */
function blanked(tables: Tables, blank: (row: string, col: string, i: number) => boolean): Tables {
  const out = { ...tables };
  for (const k of ['proactive', 'applications', 'reviewLitigation'] as const) {
    const t = tables[k];
    if (!t) continue;
    const rows: Table['rows'] = {};
    for (const [r, cols] of Object.entries(t.rows)) rows[r] = { ...cols };
    const cells = t.cells.map((c, i) => {
      if (!blank(c.row, c.col, i)) return c;
      rows[c.row][c.col] = null;
      return { ...c, value: null };
    });
    out[k] = { ...t, rows, cells };
  }
  return out;
}

const seenCodes = new Set<string>();

/** parameters that name one of a fixed set (the wording looks them up), not text brought in */
const ENUMS = new Set(['table', 'kind', 'unit']);

/** the diagnostic with every string parameter that brings text in (and every string in a list) emptied */
function withoutStrings(d: Diagnostic): Diagnostic {
  const params: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(d.params)) {
    params[k] = ENUMS.has(k) ? v : typeof v === 'string' ? '' : Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? '' : x)) : v;
  }
  return { code: d.code, params } as Diagnostic;
}

function expectWorded(d: Diagnostic, zh: string, en: string, where: string): void {
  seenCodes.add(d.code);
  expect(d.code, where).toMatch(/^[a-z]+(\.[A-Za-z0-9]+)+$/);
  expect(diagnosticText(d, 'zh'), `${where} ${d.code}: the zh wording is the core's`).toBe(zhMessage(d));
  expect(zh.length, `${where} ${d.code} zh`).toBeGreaterThan(0);
  expect(en.length, `${where} ${d.code} en`).toBeGreaterThan(0);
  expect(unquoted(en), `${where} ${d.code}: English outside quotes has no Chinese: ${en}`).not.toMatch(HAN);
  // the Chinese wording itself (what the parameters bring in — file names, printed text — left out)
  expect(zhMessage(withoutStrings(d)), `${where} ${d.code}: Chinese has no English reason`).not.toMatch(/\b[a-z]{3,}\b/);
}

function checkAll(doc: ReportDocument, checks: Check[], where: string): void {
  for (const c of checks) {
    expect(c.code, `${where} ${c.id} has a code`).toBeTruthy();
    expect(c.message, `${where} ${c.id}: message is the zh wording of its code`).toBe(zhMessage(c));
    expectWorded(c, checkText(doc, c, 'zh'), checkText(doc, c, 'en'), `${where} ${c.id}`);
  }
}

function chainAll(checks: ChainCheck[], where: string): void {
  for (const c of checks) {
    expect(c.code, `${where} ${c.id} has a code`).toBeTruthy();
    expect(c.message).toBe(zhMessage(c));
    expectWorded(c, chainCheckText(c, 'zh'), chainCheckText(c, 'en'), `${where} ${c.id}`);
  }
}

describe('every diagnostic of every sample has a code worded in zh and en', () => {
  const docs: { file: string; doc: ReportDocument }[] = [];
  for (const path of files()) {
    const file = path.slice(path.lastIndexOf('/') + 1);
    it(file, async () => {
      const doc = await inspectBytes(new Uint8Array(readFileSync(path)), file);
      if (isErrorDocument(doc)) {
        expect(doc.code, `${file}: an unreadable input has a code`).toBeTruthy();
        return;
      }
      docs.push({ file, doc });
      checkAll(doc, doc.checks, file);
      // the same tables with blanks: the uncertain and skipped wordings
      const ctx = makeContext(doc.text);
      const variants: [string, Tables][] = [
        ['all blank', blanked(doc.tables, () => true)],
        ['every 3rd blank', blanked(doc.tables, (_r, _c, i) => i % 3 === 0)],
        ['totals blank', blanked(doc.tables, (_r, c) => c === 'total')],
      ];
      for (const [name, tables] of variants) checkAll(doc, runChecks(ctx, tables, doc.meta, doc.sections ?? []), `${file} (${name})`);
      // warnings, notes, garble reasons
      const codes = doc.warningCodes ?? [];
      expect(codes.length, `${file}: every warning has its code`).toBe(doc.warnings?.length ?? 0);
      const zhW = warningTexts(doc, 'zh');
      const enW = warningTexts(doc, 'en');
      codes.forEach((d, i) => expectWorded(d, zhW[i].text, enW[i].text, `${file} warning`));
      for (const k of ['proactive', 'applications', 'reviewLitigation'] as const) {
        for (const n of doc.tables[k]?.notes ?? []) {
          expect(n.code, `${file} note has a code`).toBeTruthy();
          expectWorded(n, noteText(doc, k, n, 'zh').text, noteText(doc, k, n, 'en').text, `${file} ${k} note`);
        }
      }
      for (const g of doc.garbles) {
        if (g.reason === undefined) continue;
        expect(g.code, `${file} garble with a reason has a code`).toBeTruthy();
        if (g.code) expectWorded(g, garbleReason(g, 'zh'), garbleReason(g, 'en'), `${file} garble`);
      }
    }, 60_000);
  }

  it('year chains between the samples (each made the next year of the one before)', () => {
    expect(docs.length).toBeGreaterThan(1);
    // the reports with a template (the links only compare those), a year apart, the last one a year further: a gap
    const tabled = docs.filter(({ doc }) => doc.meta.format === '2019' || doc.meta.format === '2021');
    const inputs = tabled.flatMap(({ file, doc }, i) => {
      const moved = { ...doc, meta: { ...doc.meta, agency: '某市人民政府', year: 2019 + i + (i === tabled.length - 1 ? 1 : 0) } };
      return [chainInput(moved, file), ...(i === 1 ? [chainInput(moved, `${file} (again)`)] : [])];
    });
    const chains = buildChains(inputs);
    expect(chains.length).toBeGreaterThan(0);
    for (const ch of chains) chainAll(ch.checks, ch.agency);
  });

  it('read every kind of check wording', () => {
    // what the samples reach: a code never reached here is tested by its check's own unit test
    for (const family of ['check.rowTotal.', 'check.resultsTotal.', 'check.balance.', 'check.reviewTotal.', 'check.templateYear.', 'check.tableBlank.', 'check.prose.', 'chain.carryOver.']) {
      expect([...seenCodes].some((c) => c.startsWith(family)), family).toBe(true);
    }
    for (const code of ['check.rowTotal.uncertain', 'check.rowTotal.skipped', 'check.prose.differs', 'chain.missingYear', 'chain.duplicateYear']) expect(seenCodes.has(code), code).toBe(true);
    for (const outcome of ['.equal', '.differs', '.uncertain', '.skipped']) expect([...seenCodes].some((c) => c.startsWith('check.') && c.endsWith(outcome)), outcome).toBe(true);
  });

  it('a quoted part is marked, and the marks never reach plain text', () => {
    const d: Diagnostic = { code: 'check.regulationsAuthority.noPower', params: { agency: '某县人民政府', actual: 2 } };
    expect(quoteParts(diagnosticMarked(d, 'en'))).toEqual([
      { text: '某县人民政府', quoted: true },
      { text: ' has no power to make government rules, yet the rules line reads 2', quoted: false },
    ]);
    expect(diagnosticText(d, 'en')).toBe('某县人民政府 has no power to make government rules, yet the rules line reads 2');
  });
});
