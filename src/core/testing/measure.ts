// Run the structure pass on generated reports and compare with their truth: cell accuracy per
// layout and whether the failing checks are exactly the planted ones. Pure (no Node APIs);
// `npx tsx src/core/testing/measure-run.ts` prints the figures.
import * as fc from 'fast-check';
import { decodeInput } from '../decode';
import { makeContext } from '../context';
import { findSections } from '../sections';
import { extractTables } from '../tables';
import { detectMeta } from '../meta';
import { runChecks } from '../checks';
import type { Check, Meta, TableKey, Tables } from '../types';
import type { TableFormat } from '../checks/keys';
import { arbTruth } from './truth';
import { renderReport, type RenderOptions, type Rendered, type ScriptChoice } from './render';
import type { Layout } from './layouts';

export interface StructureResult {
  text: string;
  tables: Tables;
  meta: Meta;
  checks: Check[];
}

/** decode → context → sections → tables → meta → checks (no garble detection) */
export async function inspectStructure(name: string, bytes: Uint8Array): Promise<StructureResult> {
  const decoded = await decodeInput(bytes, name);
  if (!decoded.ok) throw new Error(decoded.reason);
  const ctx = makeContext(decoded.value.text);
  const sections = findSections(ctx);
  const extraction = extractTables(ctx, sections);
  const meta = detectMeta(ctx, sections, extraction.format);
  const checks = runChecks(ctx, extraction.tables, meta, sections);
  return { text: ctx.text, tables: extraction.tables, meta, checks };
}

export interface Comparison {
  cells: number;
  correct: number;
  mismatches: string[];
  failingWant: string[];
  failingGot: string[];
  metaProblems: string[];
}

const TABLES: TableKey[] = ['proactive', 'applications', 'reviewLitigation'];

export function compareWithTruth(got: StructureResult, r: Rendered): Comparison {
  const out: Comparison = { cells: 0, correct: 0, mismatches: [], failingWant: r.truth.failing, failingGot: [], metaProblems: [] };
  for (const key of TABLES) {
    const want = r.truth[key];
    const table = got.tables[key];
    for (const [row, cols] of Object.entries(want)) {
      const amb = r.ambiguous.has(`${key}.${row}`);
      const gotRow = table?.rows[row];
      const rowBlank = !gotRow || Object.values(gotRow).every((v) => v === null);
      for (const [col, w] of Object.entries(cols)) {
        out.cells++;
        const g = gotRow?.[col];
        const ok = (g !== undefined && (g === w || (g !== null && w !== null && Math.abs(g - w) < 1e-6))) || (amb && rowBlank);
        if (ok) out.correct++;
        else out.mismatches.push(`${key}.${row}.${col}: got ${JSON.stringify(g)}, want ${JSON.stringify(w)}`);
      }
    }
    if (table) {
      for (const c of table.cells) {
        if (c.span && got.text.slice(c.span[0], c.span[1]) !== c.raw) out.mismatches.push(`${key}.${c.row}.${c.col}: span does not hold raw`);
      }
    }
  }
  // A planted mismatch next to a blank addend on the short side reads as uncertain (a blank is not a
  // 0): either way the rule is flagged, so both count as found; which one is the unit tests' business.
  out.failingGot = got.checks.filter((c) => c.status === 'fail' || c.status === 'uncertain').map((c) => c.id).sort();
  const m = got.meta;
  if (m.format !== r.truth.format) out.metaProblems.push(`format ${m.format}`);
  if (m.year !== r.truth.year) out.metaProblems.push(`year ${m.year}`);
  if (m.agency !== r.truth.agency.name) out.metaProblems.push(`agency ${m.agency}`);
  if (m.script !== r.expectedScript) out.metaProblems.push(`script ${m.script}`);
  return out;
}

export function arbOptions(layout: Layout): fc.Arbitrary<RenderOptions> {
  return fc.record({
    layout: fc.constant(layout),
    script: fc.constantFrom<ScriptChoice>('simplified', 'tw', 'twp'),
    thousands: fc.boolean(),
    fullWidth: fc.boolean(),
    jian: fc.boolean(),
    noise: fc.boolean(),
    ideographicComma: fc.boolean(),
    anotherWording: fc.boolean(),
  });
}

/** generated reports for one layout and format (glued copies carry no planted table errors) */
export function arbRendered(layout: Layout, format: TableFormat, script?: ScriptChoice): fc.Arbitrary<Rendered> {
  let truths = arbTruth(format);
  if (layout === 'glued') truths = truths.filter((t) => t.failing.every((id) => id.startsWith('prose.')));
  const opts = script ? arbOptions(layout).map((o) => ({ ...o, script })) : arbOptions(layout);
  return fc.tuple(truths, opts).map(([t, o]) => renderReport(t, o));
}

export interface LayoutFigure {
  layout: Layout;
  reports: number;
  cells: number;
  correct: number;
  accuracy: number;
  /** reports whose failing checks are exactly the planted ones */
  checksExact: number;
  /** reports whose meta (agency, year, format, script) is right */
  metaExact: number;
  example?: string;
}

/** cell accuracy over `n` generated reports per format (so 2n reports) for one layout */
export async function measureLayout(layout: Layout, n: number, seed = 42): Promise<LayoutFigure> {
  const fig: LayoutFigure = { layout, reports: 0, cells: 0, correct: 0, accuracy: 0, checksExact: 0, metaExact: 0 };
  for (const format of ['2019', '2021'] as const) {
    for (const r of fc.sample(arbRendered(layout, format), { seed, numRuns: n })) {
      let cmp: Comparison;
      try {
        cmp = compareWithTruth(await inspectStructure(r.name, r.bytes), r);
      } catch (e) {
        fig.reports++;
        fig.example ??= `threw: ${String(e)}`;
        continue;
      }
      fig.reports++;
      fig.cells += cmp.cells;
      fig.correct += cmp.correct;
      if (JSON.stringify(cmp.failingGot) === JSON.stringify(cmp.failingWant)) fig.checksExact++;
      if (cmp.metaProblems.length === 0) fig.metaExact++;
      if (!fig.example && cmp.mismatches.length) fig.example = cmp.mismatches.slice(0, 3).join('; ');
    }
  }
  fig.accuracy = fig.cells ? fig.correct / fig.cells : 0;
  return fig;
}
