import { readdirSync, readFileSync } from 'node:fs';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { t2sCharMap } from '../normalize/fold';
import { detectScript } from '../normalize/script';
import { scriptOf } from './script';

const SAMPLES = new URL('../../../fixtures/samples/', import.meta.url);

describe('scriptOf', () => {
  it.each(readdirSync(SAMPLES).filter((f) => /\.(txt|html)$/.test(f)))('agrees with detectScript on %s', (f) => {
    const text = readFileSync(new URL(f, SAMPLES), 'utf8');
    expect(scriptOf(text)).toBe(detectScript(text));
  });
  it('agrees with detectScript on any mix of traditional, simplified and other characters', () => {
    const map = t2sCharMap();
    const trad = [...map.keys()].slice(0, 400).map((c) => String.fromCharCode(c));
    const simp = [...map.values()].slice(0, 400).map((c) => String.fromCharCode(c));
    const unit = fc.oneof(fc.constantFrom(...trad), fc.constantFrom(...simp), fc.string({ unit: 'binary', maxLength: 1 }));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        expect(scriptOf(text)).toBe(detectScript(text));
      }),
      { numRuns: 3000 },
    );
  });
});
