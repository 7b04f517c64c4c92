// Peak memory per input byte: the command line (`node dist-cli/inspect.js --jobs 1 --out DIR`,
// the build of `npm ci`) inspecting one text of 5, 10 and 20 MB (the samples pasted one after
// another, numbers shifted in each copy), under /usr/bin/time for the process's max RSS. Also a
// tiny input, for what Node and the loaded code hold whatever the input (subtracted in the
// second figure). Target: ≤ 15 bytes per input byte at 20 MB.
// `npm run bench -- memory` runs only this part.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

function peak(file: string, out: string): { rssMb: number; seconds: number; status: number | null } {
  const report = join(tmpdir(), `gouji-bench-mem-${process.pid}.txt`);
  const r = spawnSync('/usr/bin/time', ['-o', report, '-f', '%e %M', process.execPath, 'dist-cli/inspect.js', '--jobs', '1', '--out', out, file], { cwd: root, encoding: 'utf8' });
  const [e, m] = readFileSync(report, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
  rmSync(report, { force: true });
  return { rssMb: m / 1024, seconds: e, status: r.status };
}

/** the samples' text pasted until `bytes` UTF-8 bytes, each copy's numbers shifted */
export function pasted(bytes: number): string {
  const dir = join(root, 'fixtures', 'samples');
  const samples = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  const parts: string[] = [];
  let size = 0;
  for (let seed = 1; size < bytes; seed++) {
    const s = samples[seed % samples.length]!.replace(/\d+/g, (d) => String(Number(d) + seed));
    parts.push(s);
    size += Buffer.byteLength(s) + 1;
  }
  return parts.join('\n');
}

export function benchMemory(): void {
  console.log(`\n── peak memory of the command line on one input (load average ${loadavg()[0].toFixed(1)} at start)`);
  if (!existsSync(join(root, 'dist-cli', 'inspect.js')) || process.env.GOUJI_BENCH_REBUILD !== '0') {
    const b = spawnSync(process.execPath, ['scripts/build-cli.mjs', '--quiet'], { cwd: root, encoding: 'utf8' });
    if (b.status !== 0) throw new Error(b.stderr);
  }
  const work = mkdtempSync(join(tmpdir(), 'gouji-bench-mem-'));
  try {
    const tiny = join(work, 'tiny.txt');
    writeFileSync(tiny, '2020年政府信息公开工作年度报告\n一、总体情况\n');
    const base = peak(tiny, join(work, 'out-tiny'));
    console.log(`  tiny input: peak RSS ${base.rssMb.toFixed(0)} MB (Node, the code, the lexicon)`);
    console.log('| input MB | wall s | peak RSS MB | bytes per input byte | above the tiny input, per input byte |');
    console.log('|---|---|---|---|---|');
    for (const mb of [5, 10, 20]) {
      const file = join(work, `paste-${mb}.txt`);
      const text = pasted(mb * 1e6);
      writeFileSync(file, text);
      const bytes = Buffer.byteLength(text);
      const r = peak(file, join(work, `out-${mb}`));
      if (r.status !== 0) console.log(`  (exit ${r.status})`);
      const per = (r.rssMb * 1024 * 1024) / bytes;
      const above = ((r.rssMb - base.rssMb) * 1024 * 1024) / bytes;
      console.log(`| ${(bytes / 1e6).toFixed(1)} | ${r.seconds.toFixed(1)} | ${r.rssMb.toFixed(0)} | ${per.toFixed(1)} | ${above.toFixed(1)} |`);
      rmSync(join(work, `out-${mb}`), { recursive: true, force: true });
    }
    console.log('  target: ≤ 15 bytes per input byte at 20 MB');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('memory.ts')) benchMemory();
