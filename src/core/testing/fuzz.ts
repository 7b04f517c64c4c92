// Fuzzing the core (issue 14 item 5): arbitrary bytes and mutated real reports go through the
// whole inspection; what must hold for every input is checked by `fuzzProblems`. Used by the
// suite (src/core/fuzz.property.test.ts, a few hundred seeded cases) and by `npm run fuzz`
// (scripts/fuzz.ts, as many as asked). Pure like the core: the callers read the samples.
import * as fc from 'fast-check';
import Ajv from 'ajv';
import schema from '../export/report.schema.json';
import { toReportJson } from '../export/report-json';
import { inspectBytes, isErrorDocument } from '../inspect';
import type { ReportDocument } from '../types';
import { encodeLegacy } from './legacy-encoder';

const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
/** A real report as text (the caller reads them: the core has no file system). */
export interface SampleText {
  name: string;
  text: string;
}

type Mutation =
  | { op: 'delete'; at: number; n: number }
  | { op: 'duplicate'; at: number; n: number }
  | { op: 'swap'; a: number; b: number }
  | { op: 'digits'; at: number; s: string }
  | { op: 'chars'; at: number; s: string }
  | { op: 'truncate'; frac: number };

const arbMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ op: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('digits' as const), at: fc.nat(), s: fc.stringMatching(/^[-0-9,.]{1,8}$/) }),
  fc.record({
    op: fc.constant('chars' as const),
    at: fc.nat(),
    // any UTF-16 (lone surrogates too), table separators, and the characters reports are made of
    s: fc.oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }),
      fc.string({ unit: fc.constantFrom(...'|\t\n\r 　一二三（）总计申请件万元%-—'), minLength: 1, maxLength: 6 }),
    ),
  }),
  fc.record({ op: fc.constant('truncate' as const), frac: fc.double({ min: 0, max: 1, noNaN: true }) }),
);

/** Applies line-level and character-level mutations to a report's text. */
export function mutate(text: string, ms: Mutation[]): string {
  let lines = text.split('\n');
  for (const m of ms) {
    const at = (x: number) => (lines.length ? x % lines.length : 0);
    if (m.op === 'delete') lines.splice(at(m.at), m.n);
    else if (m.op === 'duplicate') lines.splice(at(m.at), 0, ...lines.slice(at(m.at), at(m.at) + m.n));
    else if (m.op === 'swap' && lines.length) [lines[at(m.a)], lines[at(m.b)]] = [lines[at(m.b)]!, lines[at(m.a)]!];
    else if (m.op === 'digits' || m.op === 'chars') {
      const joined = lines.join('\n');
      const p = joined.length ? m.at % (joined.length + 1) : 0;
      lines = (joined.slice(0, p) + m.s + joined.slice(p)).split('\n');
    } else if (m.op === 'truncate') {
      const joined = lines.join('\n');
      lines = joined.slice(0, Math.floor(joined.length * m.frac)).split('\n');
    }
  }
  return lines.join('\n');
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5' | 'mixed';

function encode(text: string, enc: Encoding, cut: number): Uint8Array {
  if (enc === 'utf-8') return new TextEncoder().encode(text);
  if (enc === 'utf-16le' || enc === 'utf-16be') {
    const b = new Uint8Array(text.length * 2);
    const [lo, hi] = enc === 'utf-16le' ? [0, 1] : [1, 0];
    for (let i = 0; i < text.length; i++) {
      const u = text.charCodeAt(i);
      b[2 * i + lo] = u & 0xff;
      b[2 * i + hi] = u >> 8;
    }
    return b;
  }
  if (enc === 'mixed') {
    // the first part in GB18030, the rest in UTF-8: a file pieced together from two sources
    const k = text.length ? cut % text.length : 0;
    const a = encodeLegacy(text.slice(0, k), 'gb18030').bytes;
    const z = new TextEncoder().encode(text.slice(k));
    return new Uint8Array([...a, ...z]);
  }
  return encodeLegacy(text, enc).bytes;
}

export interface FuzzInput {
  name: string;
  bytes: Uint8Array;
}

/** A real report, mutated, in one of the encodings (or two mixed). */
export const arbMutatedReport = (samples: SampleText[]): fc.Arbitrary<FuzzInput> =>
  fc
  .record({
    sample: fc.integer({ min: 0, max: samples.length - 1 }),
    mutations: fc.array(arbMutation, { minLength: 1, maxLength: 8 }),
    encoding: fc.constantFrom<Encoding>('utf-8', 'utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5', 'mixed'),
    cut: fc.nat(),
    dropBytes: fc.nat({ max: 3 }),
  })
  .map(({ sample, mutations, encoding, cut, dropBytes }) => {
    const s = samples[sample]!;
    const bytes = encode(mutate(s.text, mutations), encoding, cut);
    // sometimes cut inside a character as well
    return { name: s.name, bytes: bytes.subarray(0, Math.max(0, bytes.length - dropBytes)) };
  });

/** Arbitrary bytes under a text, HTML, DOCX or PDF name (the name picks the decoder). */
export const arbBytes: fc.Arbitrary<FuzzInput> = fc.record({
  name: fc.constantFrom('x.txt', 'x.html', 'x.docx', 'x.pdf', 'x'),
  bytes: fc.oneof(
    fc.uint8Array({ maxLength: 4096 }),
    // starting like the real thing gets further into each decoder
    fc.tuple(fc.constantFrom('%PDF-1.7\n', 'PK\u0003\u0004', '<html><body><table><tr><td>', '\uFEFF', '\u00FF\u00FE'), fc.uint8Array({ maxLength: 2048 })).map(
      ([head, tail]) => new Uint8Array([...Buffer.from(head, 'latin1'), ...tail]),
    ),
  ),
});

/** Every [a, b] the document points into `text` with. */
function spansOf(doc: unknown): [string, number, number][] {
  const out: [string, number, number][] = [];
  const walk = (v: unknown, key: string, path: string) => {
    if (Array.isArray(v)) {
      if (v.length === 2 && v.every((x) => typeof x === 'number') && /span|of/i.test(key)) out.push([path, v[0], v[1]]);
      else v.forEach((x, i) => walk(x, key, `${path}[${i}]`));
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) if (k !== 'text' && k !== 'cleanedText') walk(x, k, `${path}.${k}`);
    }
  };
  walk(doc, '', '');
  return out;
}

/** A recorded change of the cleaned text (ReportDocument.cleanedRemovals). */
interface Removal {
  span: [number, number];
  kind: 'garble' | 'duplicate';
  replacement: string;
  of?: [number, number];
}

/**
 * The text back from cleanedText and the record of removals: each removal's replacement is
 * found where the record says and the removed text put back in its place. `removed` gives what
 * a removal took out (a garble's own text; a duplicate's kept copy, `of`).
 */
export function restoreText(cleaned: string, removals: Removal[], removed: (r: Removal) => string): string {
  let out = '';
  let from = 0; // in cleaned
  let at = 0; // in the original text
  for (const r of removals) {
    if (r.span[0] < at) return `\u0000removal at ${r.span[0]} overlaps the one before`;
    const keep = r.span[0] - at;
    out += cleaned.slice(from, from + keep);
    from += keep;
    if (cleaned.slice(from, from + r.replacement.length) !== r.replacement) return `\u0000replacement of ${r.kind} at ${r.span[0]} not in cleanedText`;
    out += removed(r);
    from += r.replacement.length;
    at = r.span[1];
  }
  return out + cleaned.slice(from);
}

/** What is wrong with the core's answer to `input` (empty when all holds). Never throws. */
export async function fuzzProblems(input: FuzzInput): Promise<string[]> {
  let doc;
  try {
    doc = await inspectBytes(input.bytes, input.name);
  } catch (e) {
    return [`threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`];
  }
  const problems: string[] = [];
  const json = toReportJson(doc);
  if (!validate(json)) problems.push(`schema: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  if (isErrorDocument(doc)) return problems;
  const d: ReportDocument = doc;
  for (const [path, a, b] of spansOf(json)) {
    if (!(Number.isInteger(a) && Number.isInteger(b) && 0 <= a && a <= b && b <= d.text.length)) problems.push(`span ${path} [${a}, ${b}] outside the text (${d.text.length})`);
  }
  for (const g of d.garbles) {
    if (d.text.slice(g.span[0], g.span[1]) !== g.text) problems.push(`garble ${g.kind} at ${g.span[0]}: its text is not the text's`);
  }
  const removals = (d.cleanedRemovals ?? []) as Removal[];
  const garbleText = new Map(d.garbles.map((g) => [`${g.span[0]},${g.span[1]}`, g.text]));
  for (const r of removals) {
    if (r.kind === 'garble' && !garbleText.has(`${r.span[0]},${r.span[1]}`)) problems.push(`removal at ${r.span[0]}: no garble recorded there`);
    if (r.kind === 'duplicate' && !r.of) problems.push(`duplicate removed at ${r.span[0]}: no kept copy recorded`);
  }
  // The removed text: a garble's own recorded text; a dropped duplicate's is read from `text` at
  // its span, because the record does not hold it and the kept copy (`of`) is not always the
  // same text (near copies: measured on the Hainan sample). So for duplicates this checks that
  // the record is exact (positions, order, replacements), not that it restores on its own.
  const removed = (r: Removal) => (r.kind === 'garble' ? (garbleText.get(`${r.span[0]},${r.span[1]}`) ?? '') : d.text.slice(r.span[0], r.span[1]));
  if (!problems.length && restoreText(d.cleanedText, removals, removed) !== d.text) problems.push('cleanedText with the removals put back is not the text');
  return problems;
}

/** Runs `numRuns` cases of each arbitrary from `seed`; the failures (shrunk when `shrink`). */
export async function runFuzz(samples: SampleText[], numRuns: number, seed: number, shrink = false): Promise<string[]> {
  const failures: string[] = [];
  for (const [label, arb] of [
    ['mutated reports', arbMutatedReport(samples)],
    ['arbitrary bytes', arbBytes],
  ] as const) {
    const r = await fc.check(
      fc.asyncProperty(arb, async (input) => (await fuzzProblems(input)).length === 0),
      { numRuns, seed, endOnFailure: !shrink },
    );
    if (r.failed) {
      const input = r.counterexample![0];
      failures.push(
        `${label}: seed ${seed}, path ${r.counterexamplePath}: ${input.name} (${input.bytes.length} bytes): ${(await fuzzProblems(input)).join('; ')}`,
      );
    }
  }
  return failures;
}
