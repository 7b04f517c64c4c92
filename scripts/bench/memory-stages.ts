// Where the command line's peak memory goes on one large input: the pipeline of inspectText
// (core/inspect.ts) stage by stage, then the export value and its file (json-out.ts), printing
// after each the process's peak RSS so far (what rose in that stage), its RSS now, and the heap
// still alive after a full collection (what the stage's results hold).
//   node --expose-gc --import tsx scripts/bench/memory-stages.ts [MB]   (default 20)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeContext } from '../../src/core/context';
import { decodeInput } from '../../src/core/decode';
import { findSections } from '../../src/core/sections';
import { extractTables } from '../../src/core/tables';
import { detectGarbles } from '../../src/core/garbles';
import { detectMeta } from '../../src/core/meta';
import { markAmbiguousCells } from '../../src/core/checks/ambiguous-cells';
import { runChecks } from '../../src/core/checks';
import { cleanedText } from '../../src/core/export/cleaned-text';
import { reportJsonValue } from '../../src/core/batch';
import { inspectText } from '../../src/core/inspect';
import { writeJsonFile } from '../../src/cli/json-out';
import { pasted } from './memory';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const mb = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 20);
/** --no-gc: no full collection between stages (as the command line runs), so 'alive' is not after one */
const collect = !process.argv.includes('--no-gc');
const MiB = 1024 * 1024;
let last = process.resourceUsage().maxRSS / 1024;

const f = (n: number) => (n / MiB).toFixed(0);

function step(name: string): void {
  const peak = process.resourceUsage().maxRSS / 1024;
  const before = process.memoryUsage();
  if (collect) gc!();
  const m = process.memoryUsage();
  console.log(
    `| ${name} | ${peak.toFixed(0)} | +${(peak - last).toFixed(0)} | ${f(before.rss)} | ${f(before.heapTotal)} | ${f(before.external)} | ${f(m.heapUsed)} | ${f(m.external)} |`,
  );
  last = peak;
}

const text0 = pasted(mb * 1e6);
const bytes = new Uint8Array(Buffer.from(text0));
console.log(`input ${(bytes.length / 1e6).toFixed(1)} MB, ${text0.length} UTF-16 units`);
console.log('| after | peak RSS MiB | peak rose | RSS now | heap committed | external | heap used after gc | external after gc |');
console.log('|---|---|---|---|---|---|---|---|');
step('start (input made)');
const d = await decodeInput(bytes, 'paste.txt');
if (!d.ok) throw new Error('decode failed');
const text = d.value.text;
step('decode');
if (process.argv.includes('--whole')) {
  const doc = await inspectText(text, { name: 'paste.txt', bytes: bytes.length, encoding: 'utf-8', kind: 'text' });
  step('inspectText (whole)');
  void doc;
} else {
  const ctx = makeContext(text);
  step('context (fold)');
  const sections = findSections(ctx);
  step('sections');
  const extraction = extractTables(ctx, sections);
  step('tables');
  const { garbles, duplicates } = await detectGarbles(ctx, sections, { tables: Object.values(extraction.tables).flatMap((t) => (t ? [t.span] : [])) });
  step('garbles');
  const meta = detectMeta(ctx, sections, extraction.format, garbles, undefined);
  step('meta');
  markAmbiguousCells(extraction.tables);
  const checks = runChecks(ctx, extraction.tables, meta, sections);
  step('checks');
  const cleaned = cleanedText(text, garbles, duplicates);
  step('cleanedText');
  const doc = { schema: 'gouji.report/1', source: { name: 'paste.txt', bytes: bytes.length }, text, meta, tables: extraction.tables, checks, garbles, duplicates, cleanedText: cleaned.text, cleanedRemovals: cleaned.removals, sections, warnings: [], warningCodes: [] };
  const value = reportJsonValue(doc as never, { text: true });
  step('export value');
  const dir = mkdtempSync(join(tmpdir(), 'gouji-mem-stages-'));
  writeJsonFile(join(dir, 'r.json'), value);
  step('JSON written');
  rmSync(dir, { recursive: true, force: true });
}
