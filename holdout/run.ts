// The held-out measurement: generate, inspect with the core's public entry point, print totals.
//   npx tsx holdout/run.ts [--n 400] [--seed S] [--debug] [--no-real] [--no-generated]
// Seeds from HELD_OUT_BASE on are held out: totals only, --debug refuses them (holdout/README.md).
import { performance } from 'node:perf_hooks';
import { generate } from './generate';
import { scoreReport, type ReportScore } from './score';
import { HELD_OUT_BASE, isHeldOut } from './split';
import { inspectBytes } from '../src/core/inspect';
import { runReal } from './real/run-real';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

const pct = (a: number, b: number) => (b === 0 ? '   —  ' : `${((100 * a) / b).toFixed(2).padStart(6)}`);

interface Acc {
  n: number;
  errors: number;
  cellsRight: number;
  cells: number;
  format: number;
  year: number;
  agency: number;
  tp: number;
  fp: number;
  fn: number;
  nullTables: number;
  phantomTables: number;
}
const acc = (): Acc => ({ n: 0, errors: 0, cellsRight: 0, cells: 0, format: 0, year: 0, agency: 0, tp: 0, fp: 0, fn: 0, nullTables: 0, phantomTables: 0 });

function add(a: Acc, s: ReportScore): void {
  a.n++;
  if (s.error) a.errors++;
  a.cellsRight += s.cells.right;
  a.cells += s.cells.total;
  a.format += s.format ? 1 : 0;
  a.year += s.year ? 1 : 0;
  a.agency += s.agency ? 1 : 0;
  a.tp += s.checks.tp;
  a.fp += s.checks.fp;
  a.fn += s.checks.fn;
  a.nullTables += s.nullTables.length;
  a.phantomTables += s.phantomTables.length;
}

function table(title: string, groups: Map<string, Acc>): void {
  console.log(`\n${title}`);
  console.log('  group                  n   cells%  format%  year%  agency%  chkP%   chkR%  nullTbl  errors');
  for (const [k, a] of [...groups.entries()].sort()) {
    console.log(
      `  ${k.padEnd(20)} ${String(a.n).padStart(4)}  ${pct(a.cellsRight, a.cells)}  ${pct(a.format, a.n)}  ${pct(a.year, a.n)}  ${pct(a.agency, a.n)}  ${pct(a.tp, a.tp + a.fp)}  ${pct(a.tp, a.tp + a.fn)}  ${String(a.nullTables).padStart(6)}  ${String(a.errors).padStart(6)}`,
    );
  }
}

function bump(m: Map<string, Acc>, k: string, s: ReportScore): void {
  if (!m.has(k)) m.set(k, acc());
  add(m.get(k)!, s);
}

async function runGenerated(n: number, seed: number, debug: boolean): Promise<void> {
  if (debug && (isHeldOut(seed) || isHeldOut(seed + n - 1))) {
    console.error(`--debug shows single reports, which is allowed only below seed ${HELD_OUT_BASE} (the held-out seeds are totals only).`);
    process.exit(2);
  }
  const byLayout = new Map<string, Acc>();
  const byScript = new Map<string, Acc>();
  const byEncoding = new Map<string, Acc>();
  const byFormat = new Map<string, Acc>();
  const all = new Map<string, Acc>();
  const byDamage = new Map<string, Acc>();
  const garble = new Map<string, { planted: number; found: number; unlocated: number }>();
  const g = (k: string, found: boolean, located: boolean) => {
    const x = garble.get(k) ?? { planted: 0, found: 0, unlocated: 0 };
    x.planted++;
    if (found) x.found++;
    if (!located) x.unlocated++;
    garble.set(k, x);
  };
  const ff = new Map<string, { flags: number; chars: number; clean: number }>();
  let otherFails = 0;
  const textDiffers = new Map<string, [number, number]>();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const gen = generate(seed + i);
    let s: ReportScore;
    try {
      const doc = await inspectBytes(gen.bytes, gen.name);
      s = scoreReport(gen, doc);
    } catch (e) {
      s = scoreReport(gen, null, e);
    }
    const t = gen.truth;
    bump(byLayout, t.layout, s);
    bump(byScript, t.script, s);
    bump(byEncoding, t.encoding, s);
    bump(byFormat, t.format, s);
    bump(all, 'all', s);
    const has = (pos: string) => t.plants.some((p) => p.position === pos);
    bump(byDamage, has('title') ? 'title damaged' : 'title clean', s);
    bump(byDamage, has('date') ? 'date damaged' : 'date clean', s);
    bump(byDamage, `agency in ${t.agencyWhere}`, s);
    if (t.duplicated.some((d) => d.startsWith('after'))) bump(byDamage, 'copy after signature', s);
    if (t.mismatches.length) bump(byDamage, 'mismatch planted', s);
    const blanks = Object.values(t.tables).some((v) => v && Object.values(v).some((r) => Object.values(r).some((x) => x === null)));
    if (t.format !== 'pre-2019') bump(byDamage, blanks ? 'blank cells' : 'no blank cell', s);
    otherFails += s.checks.otherFails;
    if (t.kind === 'text' && s.docText !== null) {
      const x = textDiffers.get(t.encoding) ?? [0, 0];
      x[1]++;
      if (s.docText !== gen.text) x[0]++;
      textDiffers.set(t.encoding, x);
    }
    for (const p of s.plants) {
      const pl = p.plant;
      if (pl.kind === 'injected') {
        g(`injected · length ${pl.length}`, p.found, p.located);
        g(`injected · in ${pl.position}`, p.found, p.located);
        g(`injected · beside ${pl.beside}`, p.found, p.located);
        g(`injected · tier ${pl.tier}`, p.found, p.located);
        g(`injected · ${t.script}`, p.found, p.located);
        g('injected · all', p.found, p.located);
      } else g(`${pl.kind} · in ${pl.position}`, p.found, p.located);
    }
    const f = ff.get(t.script) ?? { flags: 0, chars: 0, clean: 0 };
    f.flags += s.falseFlags.count;
    f.chars += s.falseFlags.chars;
    f.clean += s.falseFlags.cleanChars;
    ff.set(t.script, f);
    if (debug) {
      const bad = s.error || s.wrongCells.length || !s.format || !s.year || !s.agency || s.checks.fp || s.checks.fn;
      if (bad) {
        console.log(`seed ${seed + i} ${t.layout}/${t.script}/${t.encoding} ${s.error ?? ''} cells ${s.cells.right}/${s.cells.total} null ${s.nullTables.join(',')}`);
        if (!s.format || !s.year || !s.agency) console.log(`  meta got ${JSON.stringify(s.got)} want ${t.format} ${t.year} ${t.agency}`);
        for (const w of s.wrongCells.slice(0, 8)) console.log(`  ${w}`);
        if (s.checks.fp || s.checks.fn) console.log(`  checks false ${s.checks.falseFail.slice(0, 4).join(' ')} missed ${s.checks.missedFail.join(' ')}`);
      }
      const missed = s.plants.filter((p) => !p.found).map((p) => `${p.plant.kind}/${p.plant.position}:${JSON.stringify(p.plant.text)}`);
      if (missed.length) console.log(`  seed ${seed + i} garbles missed ${missed.join(' ')}`);
      if (s.falseFlags.texts.length) console.log(`  seed ${seed + i} false flags ${s.falseFlags.texts.join(' ')}`);
    }
  }
  const secs = (performance.now() - t0) / 1000;
  console.log(`# held-out generator: ${n} reports, seeds ${seed}–${seed + n - 1} (${isHeldOut(seed) ? 'HELD-OUT split: totals only' : 'debug split'})`);
  console.log(`# ${secs.toFixed(1)} s in all (a busy shared machine: not a benchmark)`);
  table('by layout', byLayout);
  table('by script', byScript);
  table('by encoding', byEncoding);
  table('by format', byFormat);
  table('by damage (a report counts in each group it belongs to)', byDamage);
  table('total', all);
  const a = all.get('all')!;
  console.log(`  tables returned for pre-2019 prose (none printed): ${a.phantomTables}; failing checks outside the contract ids: ${otherFails}`);
  console.log('\ndecoded text differs from the file\'s text (plain-text reports; a BOM dropped is not a difference):');
  console.log(`  ${[...textDiffers.entries()].sort().map(([k, [d, n]]) => `${k} ${d}/${n}`).join(' · ')}`);
  console.log('\ngarbles (a plant is found when every character of it lies inside a reported garble)');
  console.log('  what                              planted   found%  unlocated  found% of located');
  for (const [k, x] of [...garble.entries()].sort()) {
    console.log(`  ${k.padEnd(32)} ${String(x.planted).padStart(7)}  ${pct(x.found, x.planted)}  ${String(x.unlocated).padStart(8)}  ${pct(x.found, x.planted - x.unlocated)}`);
  }
  console.log('\nfalse flags (garbles touching no planted span)');
  for (const [k, f] of [...ff.entries()].sort()) {
    console.log(`  ${k.padEnd(12)} ${f.flags} flags, ${f.chars} characters over ${f.clean} clean characters: ${((1e4 * f.flags) / Math.max(1, f.clean)).toFixed(2)} flags and ${((1e4 * f.chars) / Math.max(1, f.clean)).toFixed(2)} characters per 10k`);
  }
}

const n = Number(arg('n') ?? 400);
const seed = Number(arg('seed') ?? HELD_OUT_BASE);
if (!flag('no-generated')) await runGenerated(n, seed, flag('debug'));
if (!flag('no-real')) await runReal();
