// Fuzzing in the suite (src/core/testing/fuzz.ts): seeded, so a failure reproduces; more cases,
// and new seeds, with `npm run fuzz`. What must hold for every input: the core does not throw,
// the document validates against report.schema.json, every span lies inside the text, each
// garble's text is the text at its span, and cleanedText with the recorded removals (cleanedRemovals)
// put back is the text.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fuzzProblems, restoreText, runFuzz } from './testing/fuzz';
import { encodeLegacy } from './testing/legacy-encoder';

const dir = new URL('../../fixtures/samples/', import.meta.url);
/** the real reports as text (the PDF left out: its mutations only exercise pdf.js's refusals) */
const SAMPLE_TEXTS = readdirSync(dir)
  .filter((n) => /\.(txt|html)$/.test(n))
  .map((name) => ({ name, text: readFileSync(new URL(name, dir), 'utf8') }));

describe('fuzz', () => {
  it('the real reports themselves hold every property', { timeout: 120_000 }, async () => {
    for (const s of SAMPLE_TEXTS) expect(await fuzzProblems({ name: s.name, bytes: new TextEncoder().encode(s.text) }), s.name).toEqual([]);
    const gb = encodeLegacy(SAMPLE_TEXTS[0]!.text, 'gb18030').bytes;
    expect(await fuzzProblems({ name: 'gb.txt', bytes: gb })).toEqual([]);
  });

  it('restoreText puts the removals back and notices a record that does not match', () => {
    const text = '本年收到申请12件锟斤拷，办结10件';
    const r = { kind: 'garble' as const, span: [9, 12] as [number, number], replacement: '' };
    expect(restoreText('本年收到申请12件，办结10件', [r], () => '锟斤拷')).toBe(text);
    expect(restoreText('本年收到申请12件X，办结10件', [{ ...r, replacement: 'Y' }], () => '锟斤拷')).not.toBe(text);
  });

  // a few hundred cases (two arbitraries × 150); generous: a case inspects a whole report
  it('mutated reports and arbitrary bytes: no throw, valid document, spans inside, text restorable', async () => {
    expect(await runFuzz(SAMPLE_TEXTS, 150, 20261207)).toEqual([]);
  }, 600_000);
});
