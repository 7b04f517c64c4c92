// Two inspections at once (the batch pool, a worker that starts a new job while another waits on
// its lexicon, the main-thread fallback in idle slices) give what each gives alone: the core
// keeps no scratch buffers at module level that one inspection could leave dirty for the other.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectBytes } from './inspect';

const SAMPLES = join(import.meta.dirname, '..', '..', 'fixtures', 'samples');
const read = (f: string) => new Uint8Array(readFileSync(join(SAMPLES, f)));

describe('interleaved inspections', () => {
  it('equal the same inspections run one after the other', async () => {
    const files = ['pingtan-2020-flattened.txt', 'hainan-provincial-police-2020-traditional.txt', 'shanghai-gov-office-2019.html'];
    const alone: string[] = [];
    for (const f of files) alone.push(JSON.stringify(await inspectBytes(read(f), f)));
    // all started before any finishes: their stages alternate at every await
    const together = await Promise.all(files.map((f) => inspectBytes(read(f), f)));
    expect(together.map((d) => JSON.stringify(d))).toEqual(alone);
  }, 120_000);

  it('no module-level reusable buffer is left in src/core', () => {
    // a `let` bound to a typed array at the top of a module is a scratch buffer shared by every
    // call; per-call (or per-pipeline) scratch is the rule (constant lookup tables are `const`)
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) {
          for (const line of readFileSync(p, 'utf8').split('\n')) {
            if (/^(export )?(let|var) \w+(: [\w |]+)? = new (Big)?(Int|Uint|Float)\w*Array\(/.test(line)) found.push(`${p}: ${line}`);
          }
        }
      }
    };
    walk(import.meta.dirname);
    expect(found).toEqual([]);
  });
});
