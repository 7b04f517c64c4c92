// writeJsonFile writes exactly JSON.stringify(value, null, 2) + '\n'.
import * as fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeJsonFile } from './json-out';

const dir = mkdtempSync(join(tmpdir(), 'gouji-json-out-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeJsonFile', () => {
  it('writes the bytes JSON.stringify(value, null, 2) + newline gives, for any object', () => {
    const file = join(dir, 'any.json');
    const value = fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.string({ unit: 'grapheme' }), fc.array(fc.option(fc.string(), { nil: undefined })));
    fc.assert(
      fc.property(fc.dictionary(fc.string(), value), (obj) => {
        writeJsonFile(file, obj);
        expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(obj, null, 2) + '\n');
      }),
      { numRuns: 300 },
    );
  });

  it('writes long strings a piece at a time with the same bytes (surrogate pairs, lone halves, escapes)', () => {
    const file = join(dir, 'pieces.json');
    const unit = fc.constantFrom('政', '\n', '"', '\\', '\u0001', '\ud83d', '\ude00', '😀', 'a', '\u2028');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), fc.integer({ min: 1, max: 7 }), fc.string(), (units, piece, other) => {
        const obj = { text: units.join(''), other, n: 1 };
        writeJsonFile(file, obj, piece);
        expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(obj, null, 2) + '\n');
      }),
      { numRuns: 500 },
    );
  });

  it('walks nested arrays and objects member by member with the same bytes (undefined, functions, toJSON, long strings inside)', () => {
    const file = join(dir, 'nested.json');
    const odd = fc.constantFrom<unknown>(undefined, () => 1, Symbol('s'), new Date(0), { toJSON: () => undefined }, { toJSON: () => ({ a: [1, 'x'] }) }, Object.create(null), NaN, -0, Infinity);
    const { tree } = fc.letrec<{ tree: unknown; node: unknown }>((tie) => ({
      tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.jsonValue({ maxDepth: 1 }), odd, fc.string({ maxLength: 12 }), tie('node')),
      node: fc.oneof(fc.array(tie('tree'), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 3 }), tie('tree'), { maxKeys: 4 })),
    }));
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 3 }), tree, { maxKeys: 5 }), fc.integer({ min: 1, max: 9 }), (obj, piece) => {
        writeJsonFile(file, obj, piece);
        expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(obj, null, 2) + '\n');
      }),
      { numRuns: 1000 },
    );
  });

  it('writes an empty object, and a text with newlines, quotes and Chinese', () => {
    const file = join(dir, 'some.json');
    for (const obj of [{}, { text: '第一行\n"第二行"\t\\', n: [1, [2, { a: null }]], empty: [], o: {} }]) {
      writeJsonFile(file, obj);
      expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(obj, null, 2) + '\n');
    }
  });
});
