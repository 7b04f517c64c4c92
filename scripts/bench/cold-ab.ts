// The COLD first pass (what one dropped file, or a fresh worker thread, sees) of two checkouts,
// each in a fresh process, alternately: A, B, A, B … so both see the same drifting load. Per
// process: the structure pass over the bench mix (decode → checks, as `npm run bench --
// structure`'s cold column), or the whole inspection (inspectBytes: garbles, the lexicon and the
// repair tables too). Each run gives the JavaScript thread's CPU (/proc/thread-self), the whole
// process's (V8's compiler and GC threads too) and the wall time; the medians are printed.
//   npx tsx scripts/bench/cold-ab.ts <checkout A> <checkout B> [rounds, default 5] [structure|inspect|both]
// e.g. git worktree add /tmp/base main --detach (node_modules copied in), then
//   npx tsx scripts/bench/cold-ab.ts /tmp/base . 5
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleCheckout, STRUCTURE_EXPORTS } from './bundle-checkout';
import { corpus } from './structure';

const bundle = (checkout: string, out: string) => bundleCheckout(checkout, out, [...STRUCTURE_EXPORTS, ['inspectBytes', 'inspect']]);

/** the child: one cold pass, its CPU and wall time as one JSON line */
const CHILD = `
import { readFileSync } from 'node:fs';
const threadCpu = () => { const s = readFileSync('/proc/thread-self/stat', 'utf8'); const f = s.slice(s.lastIndexOf(')') + 2).split(' '); return (Number(f[11]) + Number(f[12])) / 100; };
const procCpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
const [bundlePath, inputsPath, mode] = process.argv.slice(2);
const names = JSON.parse(readFileSync(inputsPath, 'utf8'));
const inputs = names.map((n) => ({ name: n.name, bytes: new Uint8Array(readFileSync(n.path)) }));
const L = await import(bundlePath);
const t0 = threadCpu(), p0 = procCpu(), w0 = performance.now();
for (const input of inputs) {
  if (mode === 'inspect') { await L.inspectBytes(input.bytes, input.name); continue; }
  const decoded = await L.decodeInput(input.bytes, input.name);
  if (!decoded.ok) continue;
  const ctx = L.makeContext(decoded.value.text);
  const sections = L.findSections(ctx);
  const ex = L.extractTables(ctx, sections);
  const meta = L.detectMeta(ctx, sections, ex.format);
  L.runChecks(ctx, ex.tables, meta, sections);
}
const wall = performance.now() - w0;
console.log(JSON.stringify({ thread: threadCpu() - t0, process: procCpu() - p0, wall: wall / 1000 }));
`;

interface Run {
  thread: number;
  process: number;
  wall: number;
}

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];

const [a, b, roundsArg, modeArg] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: npx tsx scripts/bench/cold-ab.ts <checkout A> <checkout B> [rounds] [structure|inspect|both]');
  process.exit(2);
}
const rounds = Number(roundsArg ?? 5);
const modes = modeArg === 'structure' || modeArg === 'inspect' ? [modeArg] : ['structure', 'inspect'];
const dir = mkdtempSync(join(tmpdir(), 'cold-ab-'));
try {
  const inputs = corpus(1_200_000);
  const mb = inputs.reduce((x, i) => x + i.bytes.length, 0) / 1e6;
  const list = inputs.map((input, i) => {
    const path = join(dir, `in-${i}`);
    writeFileSync(path, input.bytes);
    return { name: input.name, path };
  });
  writeFileSync(join(dir, 'inputs.json'), JSON.stringify(list));
  writeFileSync(join(dir, 'child.mjs'), CHILD);
  const checkouts = [a, b];
  for (const [i, c] of checkouts.entries()) await bundle(c, join(dir, `core-${i}.mjs`));
  console.log(`cold first pass, fresh process each, ${inputs.length} inputs, ${mb.toFixed(2)} MB; load ${loadavg()[0].toFixed(1)} at start`);
  for (const mode of modes) {
    const runs: Run[][] = checkouts.map(() => []);
    for (let r = 0; r < rounds; r++) {
      for (const i of r % 2 ? [1, 0] : [0, 1]) {
        const p = spawnSync(process.execPath, [join(dir, 'child.mjs'), join(dir, `core-${i}.mjs`), join(dir, 'inputs.json'), mode], { encoding: 'utf8' });
        if (p.status !== 0) throw new Error(p.stderr);
        runs[i].push(JSON.parse(p.stdout.trim().split('\n').at(-1)!) as Run);
      }
    }
    for (const [i, c] of checkouts.entries()) {
      const t = median(runs[i].map((x) => x.thread));
      const pr = median(runs[i].map((x) => x.process));
      const w = median(runs[i].map((x) => x.wall));
      console.log(`  ${mode.padEnd(9)} ${c}: JS thread ${(t * 1000).toFixed(0)} ms CPU = ${(mb / t).toFixed(1)} MB/s; process ${(pr * 1000).toFixed(0)} ms CPU (V8 helpers ${((pr - t) * 1000).toFixed(0)}); wall ${(w * 1000).toFixed(0)} ms = ${(mb / w).toFixed(1)} MB/s (medians of ${rounds})`);
    }
  }
  console.log(`load ${loadavg()[0].toFixed(1)} at end`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
