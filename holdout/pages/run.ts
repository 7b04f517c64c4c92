// The real-report measurement set (SOURCES.md): inspect each excerpt in <dir>/texts with the
// core's public entry point and score it against truth.json: agency, year, format, the annotated
// table cells (a table returned null while the truth has cells counts every such cell wrong), the
// failing checks that involve annotated cells, and garble flags per 10,000 characters.
//   npx tsx holdout/pages/run.ts [--dir /work/realpages] [--split dev|heldout|all] [--debug]
// The held-out split prints totals only; --debug (per-report diffs) is refused for it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspectText } from '../../src/core/inspect';
import type { ReportDocument } from '../../src/core/types';
import { loadPagesTruth, truthCells, type PageTableKey, type PageTruth, type TruthCell } from './truth';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

export interface PageScore {
  truth: PageTruth;
  error: string | null;
  agency: boolean | null; // null: not scored (unsure)
  year: boolean | null; // null: not scored (the excerpt never says)
  format: boolean;
  got: { agency: string | null; year: number | null; format: string | null };
  cells: number;
  cellsRight: number;
  wrong: { cell: TruthCell; got: number | null | undefined }[];
  /** annotated tables the core returned null */
  nullTables: PageTableKey[];
  /** failing checks whose cells are all annotated: the core misread one of them (false) or read them all right (the report's own) */
  falseFails: string[];
  ownFails: string[];
  /** failing checks with a cell not annotated (not judged) */
  unjudgedFails: number;
  /** failing checks not on a table's cells (e.g. meta.templateYear, applications.blank), listed, not judged */
  otherFails: string[];
  garbles: Record<string, number>;
  garbleTexts: string[];
  chars: number;
}

const sameValue = (a: number | null, b: number | null | undefined) => (a === null ? b === null || b === undefined : typeof b === 'number' && Math.abs(a - b) < 1e-6);
const TABLES: string[] = ['proactive', 'applications', 'reviewLitigation'];
const fold = (s: string | null) => (s ?? '').replace(/\s+/g, '');

export async function scorePage(t: PageTruth, text: string): Promise<PageScore> {
  // a report whose inspection throws is wrong on everything its truth scores, and only on that
  const base = { truth: t, agency: t.agencyUnsure ? null : false, year: t.year === null ? null : false, format: false, got: { agency: null, year: null, format: null }, cells: 0, cellsRight: 0, wrong: [], nullTables: [], falseFails: [], ownFails: [], unjudgedFails: 0, otherFails: [], garbles: {}, garbleTexts: [], chars: text.replace(/\s/g, '').length };
  let doc: ReportDocument;
  try {
    doc = await inspectText(text, { name: `${t.id}.txt`, bytes: 0, encoding: 'utf-8', kind: 'text' });
  } catch (e) {
    const cells = truthCells(t);
    return { ...base, error: String(e), cells: cells.length, wrong: cells.map((cell) => ({ cell, got: undefined })) };
  }
  const got = fold(doc.meta.agency);
  const agency = t.agencyUnsure ? null : t.agency === null ? doc.meta.agency === null : got === t.agency || t.agencyAlternatives.includes(got);
  const cells = truthCells(t);
  const wrong: PageScore['wrong'] = [];
  const nullTables = new Set<PageTableKey>();
  const read = (c: { table: PageTableKey; row: string; col: string }) => doc.tables[c.table]?.rows[c.row]?.[c.col];
  for (const cell of cells) {
    const table = doc.tables[cell.table];
    if (!table) nullTables.add(cell.table);
    const v = table ? read(cell) : undefined;
    if (!table || !sameValue(cell.value, v)) wrong.push({ cell, got: v });
  }
  const annotated = new Map(cells.map((c) => [`${c.table}.${c.row}.${c.col}`, c]));
  const falseFails: string[] = [];
  const ownFails: string[] = [];
  const otherFails: string[] = [];
  let unjudgedFails = 0;
  for (const ch of doc.checks) {
    if (ch.status !== 'fail') continue;
    const table = ch.id.split('.')[0] as PageTableKey;
    // a check on no cells (meta.*, a whole table left empty) is listed, not judged
    if (!TABLES.includes(table) || ch.cells.length === 0) {
      otherFails.push(ch.id);
      continue;
    }
    const cs = ch.cells.map(([row, col]) => annotated.get(`${table}.${row}.${col}`));
    if (cs.some((c) => !c)) {
      // a misread annotated cell makes the failure false even when other cells are not annotated
      if (cs.some((c) => c && !sameValue(c.value, read(c)))) falseFails.push(ch.id);
      else unjudgedFails++;
      continue;
    }
    if (cs.every((c) => c && sameValue(c.value, read(c)))) ownFails.push(ch.id);
    else falseFails.push(ch.id);
  }
  const garbles: Record<string, number> = {};
  for (const g of doc.garbles) garbles[g.kind] = (garbles[g.kind] ?? 0) + 1;
  return {
    ...base,
    error: null,
    agency,
    year: t.year === null ? null : doc.meta.year === t.year,
    format: doc.meta.format === t.format,
    got: { agency: doc.meta.agency, year: doc.meta.year, format: doc.meta.format },
    cells: cells.length,
    cellsRight: cells.length - wrong.length,
    wrong,
    nullTables: [...nullTables],
    falseFails,
    ownFails,
    unjudgedFails,
    otherFails,
    garbles,
    garbleTexts: doc.garbles.map((g) => `${g.kind}:${JSON.stringify(g.text)}`),
  };
}

interface Acc {
  n: number;
  errors: number;
  agency: number;
  agencyScored: number;
  year: number;
  yearScored: number;
  format: number;
  cells: number;
  cellsRight: number;
  tablesAnnotated: number;
  nullTables: number;
  falseFails: number;
  ownFails: number;
  unjudgedFails: number;
  otherFails: number;
  garbles: Record<string, number>;
  chars: number;
}
const acc = (): Acc => ({ otherFails: 0, n: 0, errors: 0, agency: 0, agencyScored: 0, year: 0, yearScored: 0, format: 0, cells: 0, cellsRight: 0, tablesAnnotated: 0, nullTables: 0, falseFails: 0, ownFails: 0, unjudgedFails: 0, garbles: {}, chars: 0 });

function add(a: Acc, s: PageScore): void {
  a.n++;
  if (s.error) a.errors++;
  if (s.agency !== null) {
    a.agencyScored++;
    if (s.agency) a.agency++;
  }
  if (s.year !== null) {
    a.yearScored++;
    if (s.year) a.year++;
  }
  a.format += s.format ? 1 : 0;
  a.cells += s.cells;
  a.cellsRight += s.cellsRight;
  a.tablesAnnotated += Object.keys(s.truth.tables).length;
  a.nullTables += s.nullTables.length;
  a.falseFails += s.falseFails.length;
  a.ownFails += s.ownFails.length;
  a.unjudgedFails += s.unjudgedFails;
  a.otherFails += s.otherFails.length;
  for (const [k, n] of Object.entries(s.garbles)) a.garbles[k] = (a.garbles[k] ?? 0) + n;
  a.chars += s.chars;
}

const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(2)}%`);
const per10k = (n: number, chars: number) => ((1e4 * n) / Math.max(1, chars)).toFixed(2);

function line(name: string, a: Acc): string {
  const flags = Object.values(a.garbles).reduce((x, y) => x + y, 0);
  const kinds = Object.entries(a.garbles)
    .map(([k, n]) => `${k} ${per10k(n, a.chars)}`)
    .join(', ');
  return (
    `${name.padEnd(22)} n ${String(a.n).padStart(3)} · cells ${pct(a.cellsRight, a.cells)} (${a.cellsRight}/${a.cells}) · null tables ${a.nullTables}/${a.tablesAnnotated}` +
    ` · agency ${pct(a.agency, a.agencyScored)} (${a.agency}/${a.agencyScored}) · year ${pct(a.year, a.yearScored)} · format ${pct(a.format, a.n)}` +
    ` · failing checks: false ${a.falseFails}, the report's own ${a.ownFails}, not judged ${a.unjudgedFails}, not on cells ${a.otherFails}` +
    ` · garbles ${per10k(flags, a.chars)}/10k${kinds ? ` (${kinds})` : ''}${a.errors ? ` · ERRORS ${a.errors}` : ''}`
  );
}

function debugLine(s: PageScore): string {
  const t = s.truth;
  const out = [`#${t.id} [${t.layout}, ${t.script}, ${t.format}] ${t.url}`];
  if (s.error) out.push(`  ERROR ${s.error}`);
  if (s.agency === false) out.push(`  agency: got ${JSON.stringify(s.got.agency)}, truth ${JSON.stringify(t.agency)}${t.agencyAlternatives.length ? ` (or ${t.agencyAlternatives.join(' / ')})` : ''}`);
  if (s.year === false) out.push(`  year: got ${s.got.year}, truth ${t.year}`);
  if (!s.format) out.push(`  format: got ${s.got.format}, truth ${t.format}`);
  if (s.nullTables.length) out.push(`  null tables: ${s.nullTables.join(', ')}`);
  const wrong = s.wrong.filter((w) => !s.nullTables.includes(w.cell.table));
  if (wrong.length) out.push(`  cells wrong ${wrong.length}/${s.cells}: ${wrong.map((w) => `${w.cell.table}.${w.cell.row}.${w.cell.col} got ${w.got === undefined ? 'missing' : String(w.got)} truth ${String(w.cell.value)}`).join('; ')}`);
  if (s.falseFails.length) out.push(`  false failing checks: ${s.falseFails.join(' ')}`);
  if (s.ownFails.length) out.push(`  the report's own failing checks: ${s.ownFails.join(' ')}`);
  if (s.otherFails.length) out.push(`  failing checks not on table cells: ${s.otherFails.join(' ')}`);
  if (s.garbleTexts.length) out.push(`  garbles: ${s.garbleTexts.join(' ')}`);
  if (out.length === 1) out.push('  all right');
  return out.join('\n');
}

export async function runPages(dir: string, split: 'dev' | 'heldout' | 'all', debug: boolean): Promise<void> {
  const truth = loadPagesTruth().reports.filter((t) => split === 'all' || t.split === split);
  const splits = new Map<string, Acc>();
  const byLayout = new Map<string, Acc>();
  const byFormat = new Map<string, Acc>();
  const bump = (m: Map<string, Acc>, k: string, s: PageScore) => {
    if (!m.has(k)) m.set(k, acc());
    add(m.get(k)!, s);
  };
  let missing = 0;
  for (const t of truth) {
    const path = join(dir, 'texts', `${t.id}.txt`);
    if (!existsSync(path)) {
      missing++;
      continue;
    }
    const s = await scorePage(t, readFileSync(path, 'utf8'));
    bump(splits, t.split, s);
    bump(byLayout, `${t.split} ${t.layout}`, s);
    bump(byFormat, `${t.split} ${t.format}`, s);
    if (debug && t.split === 'dev') console.log(debugLine(s));
  }
  console.log(`\nreal report pages (holdout/pages/SOURCES.md), texts from ${dir}/texts${missing ? `; ${missing} texts MISSING` : ''}`);
  for (const [k, a] of [...splits].sort()) console.log(line(k, a));
  console.log('per layout:');
  for (const [k, a] of [...byLayout].sort()) console.log('  ' + line(k, a));
  console.log('per template:');
  for (const [k, a] of [...byFormat].sort()) console.log('  ' + line(k, a));
}

if (process.argv[1] && /pages[\\/]run\.ts$/.test(process.argv[1])) {
  const split = (arg('split') ?? 'all') as 'dev' | 'heldout' | 'all';
  if (!['dev', 'heldout', 'all'].includes(split)) throw new Error(`--split dev|heldout|all, not ${split}`);
  const debug = flag('debug');
  if (debug && split !== 'dev') {
    console.error('--debug prints per-report diffs for the dev split only: use --split dev --debug');
    process.exit(2);
  }
  await runPages(arg('dir') ?? '/work/realpages', split, debug);
}
