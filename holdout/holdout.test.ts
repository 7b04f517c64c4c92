// A small held-out batch through the core: only facts that must hold whatever the accuracy.
// The accuracy figures are the runner's output (npx tsx holdout/run.ts), never assertions here.
import { describe, expect, it } from 'vitest';
import { createMultibyteDecoder } from '@exodus/bytes/multi-byte.js';
import { generate } from './generate';
import { scoreReport, structuralProblems } from './score';
import { isHeldOut } from './split';
import { inspectBytes, isErrorDocument } from '../src/core/inspect';
import { inspectReal, realTruths } from './real/run-real';

// seeds of the debug split, so a failure here may be looked at
const SEEDS = Array.from({ length: 20 }, (_, i) => 900_000 + i);

function decodeBack(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'big5') return createMultibyteDecoder('big5', true)(bytes);
  return new TextDecoder(encoding).decode(bytes);
}

describe('held-out generator', () => {
  it('keeps its batch in the debug split', () => {
    expect(SEEDS.some(isHeldOut)).toBe(false);
  });

  it('writes bytes that a browser decodes back to the text, with every planted span slicing to its text', () => {
    for (const seed of SEEDS) {
      const g = generate(seed);
      expect(decodeBack(g.bytes, g.truth.encoding).replace(/^\ufeff/, '')).toBe(g.text);
      for (const p of g.truth.plants) expect(g.text.slice(p.span[0], p.span[1])).toBe(p.text);
      expect(generate(seed).text).toBe(g.text);
    }
  }, 60_000);
});

describe('core on a held-out batch', () => {
  it('inspects every report without an exception, spans inside the text, cells slicing to their raw', async () => {
    for (const seed of SEEDS) {
      const g = generate(seed);
      const doc = await inspectBytes(g.bytes, g.name);
      expect(isErrorDocument(doc), `seed ${seed}`).toBe(false);
      if (isErrorDocument(doc)) continue;
      expect(structuralProblems(doc), `seed ${seed}`).toEqual([]);
      const s = scoreReport(g, doc);
      expect(s.error).toBeNull();
    }
  }, 120_000);
});

describe('core on the held-out real reports', () => {
  it('inspects every one without an exception, spans inside the text, cells slicing to their raw', async () => {
    for (const t of realTruths()) {
      const doc = await inspectReal(t);
      expect(structuralProblems(doc), t.file).toEqual([]);
    }
  }, 120_000);
});
