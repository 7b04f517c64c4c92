// Bytes allocated per stage of the structure pass, per warm pass of the bench mix, and the
// functions that allocate most: the garbage collector takes ~5–15% of each stage's CPU (the
// tables stage allocates ~20 bytes per input byte), so allocation is a cost of its own. V8's
// sampling heap profiler, keeping the samples of objects collected since (young and old): what
// was allocated, not what is still alive. Each stage runs alone over inputs already carried
// through the stages before it (so its own allocations only).
//   npx tsx scripts/bench/structure-alloc.ts [stage …] [--top N] [--paste MB]
// e.g. npx tsx scripts/bench/structure-alloc.ts tables --top 20
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { decodeInput } from '../../src/core/decode';
import { makeContext, type TextContext } from '../../src/core/context';
import { findSections } from '../../src/core/sections';
import { extractTables, type Extraction } from '../../src/core/tables';
import { detectMeta } from '../../src/core/meta';
import { runChecks } from '../../src/core/checks';
import type { Meta, Section } from '../../src/core/types';
import { corpus, STAGES, type Stage } from './structure';
import { pasted } from './memory';

interface Carried {
  name: string;
  bytes: Uint8Array;
  text: string;
  ctx: TextContext;
  sections: Section[];
  ex: Extraction;
  meta: Meta;
}

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: Node[];
}

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 12;
const pasteAt = args.indexOf('--paste');
const paste = pasteAt >= 0 ? Number(args.splice(pasteAt, 2)[1]) : 0;
const stages = (args.length ? args : [...STAGES]) as Stage[];
const PASSES = paste ? 1 : 3;

// --paste MB: one input of that size (the memory bench's, memory.ts) instead of the bench mix
const inputs = paste ? [{ name: 'paste.txt', bytes: new Uint8Array(Buffer.from(pasted(paste * 1e6))) }] : corpus(1_200_000);
const mb = inputs.reduce((a, i) => a + i.bytes.length, 0) / 1e6;
const carried: Carried[] = [];
for (const input of inputs) {
  const d = await decodeInput(input.bytes, input.name);
  if (!d.ok) continue;
  const ctx = makeContext(d.value.text);
  const sections = findSections(ctx);
  const ex = extractTables(ctx, sections);
  carried.push({ ...input, text: d.value.text, ctx, sections, ex, meta: detectMeta(ctx, sections, ex.format) });
}

async function pass(stage: Stage): Promise<void> {
  for (const c of carried) {
    if (stage === 'decode') await decodeInput(c.bytes, c.name);
    else if (stage === 'context') makeContext(c.text);
    else if (stage === 'sections') findSections(c.ctx);
    else if (stage === 'tables') extractTables(c.ctx, c.sections);
    else if (stage === 'meta') detectMeta(c.ctx, c.sections, c.ex.format);
    else runChecks(c.ctx, c.ex.tables, c.meta, c.sections);
  }
}

const session = new Session();
session.connect();
console.log(`structure pass allocations, ${carried.length} reports, ${mb.toFixed(2)} MB, load ${loadavg()[0].toFixed(1)}; per warm pass (${PASSES} sampled after 3):`);
for (const stage of stages) {
  for (let i = 0; i < (paste ? 1 : 3); i++) await pass(stage);
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 2048,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  } as { samplingInterval: number });
  for (let i = 0; i < PASSES; i++) await pass(stage);
  const { profile } = (await session.post('HeapProfiler.stopSampling')) as unknown as { profile: { head: Node; samples: { size: number; nodeId: number }[] } };
  const byId = new Map<number, Node>();
  const index = (n: Node) => {
    byId.set(n.id, n);
    for (const c of n.children ?? []) index(c);
  };
  index(profile.head);
  const where = new Map<string, number>();
  let total = 0;
  for (const s of profile.samples) {
    const f = byId.get(s.nodeId)?.callFrame ?? { functionName: "(unknown)", url: "", lineNumber: 0 };
    const file = f.url.replace(/^.*\/(src|node_modules)\//, '$1/');
    const key = `${f.functionName || "(anonymous)"} ${file}${process.env.GOUJI_ALLOC_LINES ? `:${f.lineNumber + 1}` : ""}`;
    where.set(key, (where.get(key) ?? 0) + s.size);
    total += s.size;
  }
  const perPass = total / PASSES;
  console.log(`  ${stage}: ${(perPass / 1e6).toFixed(1)} MB = ${(perPass / (mb * 1e6)).toFixed(1)} bytes per input byte`);
  for (const [k, v] of [...where].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`    ${(v / PASSES / 1e6).toFixed(2).padStart(6)} MB  ${k}`);
}
session.disconnect();
