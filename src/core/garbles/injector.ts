// Measuring support (used by the tests and docs/garbles.md, not by the detector): plants runs
// of random characters into clean report text, the way damaged reports look, and scores a
// detector's finds against them (precision/recall per run length and character class).
import type { Lexicon } from './lexicon';
import { t2sCharMap } from '../normalize/fold';

export type CharClass = 'common' | 'rare';

export interface Planted {
  /** [start, end) in the damaged text */
  span: [number, number];
  cls: CharClass;
}

const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/** Character pools ranked by lexicon frequency: common = the 2,500 most frequent, rare = ranks 5,000–15,000. */
export function charPools(lex: Lexicon): Record<CharClass, string[]> {
  const ranked: [number, number][] = [];
  for (let c = 0x4e00; c <= 0x9fff; c++) if (lex.charCost[c] !== Infinity) ranked.push([lex.charCost[c], c]);
  ranked.sort((a, b) => a[0] - b[0]);
  const chars = ranked.map(([, c]) => String.fromCharCode(c));
  return { common: chars.slice(0, 2500), rare: chars.slice(5000, 15000) };
}

/** simplified → one traditional form, from the fold's own table */
export function s2tChar(): Map<string, string> {
  const m = new Map<string, string>();
  for (const [t, s] of t2sCharMap()) {
    const k = String.fromCharCode(s);
    if (!m.has(k) && t !== s) m.set(k, String.fromCharCode(t));
  }
  return m;
}

export function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Plant runs of `length` characters of class `cls` between two Han characters, about one
 * run per `every` characters. Traditional text gets traditional forms where they exist.
 */
export function inject(
  clean: string,
  opts: { pool: string[]; cls: CharClass; length: number; every: number; seed: number; traditional: boolean; s2t?: Map<string, string> },
): { text: string; planted: Planted[] } {
  const rand = rng(opts.seed);
  let out = '';
  const planted: Planted[] = [];
  let nextAt = Math.floor(rand() * opts.every);
  for (let i = 0; i < clean.length; i++) {
    if (i >= nextAt && i > 0 && isHan(clean.charCodeAt(i - 1)) && isHan(clean.charCodeAt(i))) {
      let run = '';
      for (let k = 0; k < opts.length; k++) {
        const ch = opts.pool[Math.floor(rand() * opts.pool.length)];
        run += opts.traditional ? (opts.s2t?.get(ch) ?? ch) : ch;
      }
      planted.push({ span: [out.length, out.length + run.length], cls: opts.cls });
      out += run;
      nextAt = i + Math.floor(opts.every * (0.5 + rand()));
    }
    out += clean[i];
  }
  return { text: out, planted };
}

export interface Score {
  planted: number;
  /** runs whose every character was flagged */
  runsFound: number;
  plantedChars: number;
  flaggedChars: number;
  /** flagged characters that were planted */
  truePositiveChars: number;
}

/** score flagged spans against planted runs, character level and run level */
export function score(planted: Planted[], flagged: [number, number][]): Score {
  const hit = new Set<number>();
  for (const [s, e] of flagged) for (let i = s; i < e; i++) hit.add(i);
  let tp = 0;
  let runs = 0;
  let pc = 0;
  for (const p of planted) {
    let all = true;
    for (let i = p.span[0]; i < p.span[1]; i++) {
      pc++;
      if (hit.has(i)) tp++;
      else all = false;
    }
    if (all) runs++;
  }
  return { planted: planted.length, runsFound: runs, plantedChars: pc, flaggedChars: hit.size, truePositiveChars: tp };
}

/** where a planted run sits, by its neighbours */
export type Position = 'prose' | 'punct' | 'digit' | 'line' | 'label' | 'date';
export const POSITIONS: Position[] = ['prose', 'punct', 'digit', 'line', 'label', 'date'];

/** a frequency band of the lexicon's characters, by rank (0 = most frequent) */
export type Band = 'top' | 'common' | 'rare';
export const BANDS: Record<Band, [number, number]> = { top: [0, 300], common: [0, 3500], rare: [5000, 15000] };

export interface PlantedAt extends Planted {
  pos: Position;
  band: Band;
}

const isHanCh = (c: string | undefined) => c !== undefined && /[\u3400-\u9fff]/.test(c);
const isDigit = (c: string | undefined) => c !== undefined && /[0-9０-９]/.test(c);
const isPunct = (c: string | undefined) => c !== undefined && /[\p{P}\p{S}]/u.test(c);

/**
 * Class of the gap before clean[i]: a date (digits with 年/月/日 nearby), beside a digit, at a
 * line's start or end, in a short line (a label or heading), beside punctuation, or in prose.
 */
export function positionAt(clean: string, i: number): Position {
  const a = clean[i - 1];
  const b = clean[i];
  const near = clean.slice(Math.max(0, i - 4), i + 4);
  if ((isDigit(a) || isDigit(b)) && /[0-9０-９][年月日]|[年月][0-9０-９]/.test(near)) return 'date';
  if (isDigit(a) || isDigit(b)) return 'digit';
  if (a === undefined || a === '\n' || b === undefined || b === '\n') return 'line';
  const ls = clean.lastIndexOf('\n', i - 1) + 1;
  let le = clean.indexOf('\n', i);
  if (le < 0) le = clean.length;
  if (le - ls <= 24 && !/[。；]/.test(clean.slice(ls, le))) return 'label';
  if (isPunct(a) || isPunct(b)) return 'punct';
  return 'prose';
}

/**
 * Plant runs anywhere beside a Han character (prose, labels, headings, dates, beside
 * punctuation, digits and line breaks), about one per `every` characters, each run of a random
 * length 1–`maxLength` drawn from one frequency band. Traditional text gets traditional forms.
 */
export function injectAnywhere(
  clean: string,
  opts: { pool: string[]; band: Band; maxLength?: number; length?: number; every: number; seed: number; traditional: boolean; s2t?: Map<string, string> },
): { text: string; planted: PlantedAt[] } {
  const rand = rng(opts.seed);
  let out = '';
  const planted: PlantedAt[] = [];
  let nextAt = Math.floor(rand() * opts.every);
  for (let i = 0; i <= clean.length; i++) {
    if (i >= nextAt && (isHanCh(clean[i - 1]) || isHanCh(clean[i]))) {
      const len = opts.length ?? 1 + Math.floor(rand() * (opts.maxLength ?? 5));
      let run = '';
      for (let k = 0; k < len; k++) {
        const ch = opts.pool[Math.floor(rand() * opts.pool.length)];
        run += opts.traditional ? (opts.s2t?.get(ch) ?? ch) : ch;
      }
      planted.push({ span: [out.length, out.length + run.length], cls: opts.band === 'rare' ? 'rare' : 'common', pos: positionAt(clean, i), band: opts.band });
      out += run;
      nextAt = i + Math.floor(opts.every * (0.5 + rand()));
    }
    if (i < clean.length) out += clean[i];
  }
  return { text: out, planted };
}

/** ranked pools by band */
export function bandPools(lex: Lexicon): Record<Band, string[]> {
  const ranked: [number, number][] = [];
  for (let c = 0x4e00; c <= 0x9fff; c++) if (lex.charCost[c] !== Infinity) ranked.push([lex.charCost[c], c]);
  ranked.sort((a, b) => a[0] - b[0]);
  const chars = ranked.map(([, c]) => String.fromCharCode(c));
  const out = {} as Record<Band, string[]>;
  for (const [b, [lo, hi]] of Object.entries(BANDS) as [Band, [number, number]][]) out[b] = chars.slice(lo, hi);
  return out;
}

export interface BandResult {
  band: Band;
  /** character precision / recall over the damaged texts */
  p: number;
  r: number;
  /** runs flagged entirely: overall, by length 1–5 and by position ([planted, found]) */
  runs: [number, number];
  byLength: [number, number][];
  byPosition: Map<Position, [number, number]>;
  /** flags touching no planted run, and the damaged texts' length in characters */
  falseFlags: number;
  chars: number;
}

/**
 * Recall on realistic damage: each text damaged `seeds` times per band with injectAnywhere,
 * scored against what `detect` flags (spans into the damaged text).
 */
export async function measureAnywhere(
  lex: Lexicon,
  texts: [string, string][],
  detect: (text: string) => Promise<[number, number][]>,
  opts: { seeds: number; bands?: Band[]; every?: number; seedBase?: number },
): Promise<BandResult[]> {
  const pools = bandPools(lex);
  const s2t = s2tChar();
  const out: BandResult[] = [];
  for (const band of opts.bands ?? (['top', 'common', 'rare'] as Band[])) {
    const byLength: [number, number][] = Array.from({ length: 5 }, () => [0, 0]);
    const byPosition = new Map<Position, [number, number]>(POSITIONS.map((p) => [p, [0, 0]]));
    let tp = 0;
    let flagged = 0;
    let pc = 0;
    let falseFlags = 0;
    let chars = 0;
    for (let seed = 1; seed <= opts.seeds; seed++) {
      for (const [i, [name, t]] of texts.entries()) {
        const traditional = name.includes('traditional');
        const { text, planted } = injectAnywhere(t, { pool: pools[band], band, every: opts.every ?? 150, seed: (opts.seedBase ?? 0) + seed * 1000 + i * 10 + band.length, traditional, s2t });
        const hit = new Uint8Array(text.length + 1);
        const spans = await detect(text);
        for (const [s, e] of spans) hit.fill(1, s, e);
        const planted1 = new Uint8Array(text.length + 1);
        for (const p of planted) planted1.fill(1, p.span[0], p.span[1]);
        for (const [s, e] of spans) if (!planted1.subarray(s, e).some((x) => x === 1)) falseFlags++;
        chars += text.length;
        for (const p of planted) {
          let all = true;
          for (let k = p.span[0]; k < p.span[1]; k++) {
            pc++;
            if (hit[k]) tp++;
            else all = false;
          }
          const len = byLength[p.span[1] - p.span[0] - 1];
          const pos = byPosition.get(p.pos)!;
          len[0]++;
          pos[0]++;
          if (all) {
            len[1]++;
            pos[1]++;
          }
        }
        flagged += hit.reduce((a, b) => a + b, 0);
      }
    }
    const runs = byLength.reduce<[number, number]>((a, [n, k]) => [a[0] + n, a[1] + k], [0, 0]);
    out.push({ band, p: tp / flagged, r: tp / pc, runs, byLength, byPosition, falseFlags, chars });
  }
  return out;
}

/** one line per band: P, R, runs found by length and by position */
const ratio = ([n, k]: [number, number]) => (n ? (k / n).toFixed(2) : '–');

export function formatBand(mode: string, b: BandResult): string {
  const f = ratio;
  return `${mode} ${b.band}: chars P ${b.p.toFixed(3)} R ${b.r.toFixed(3)}; runs ${f(b.runs)} (${b.runs[0]}); by length ${b.byLength.map(f).join('/')}; by position ` +
    [...b.byPosition].map(([p, x]) => `${p} ${f(x)} (${x[0]})`).join(', ') +
    `; false flags ${b.falseFlags} (${((b.falseFlags / b.chars) * 1e4).toFixed(2)} per 10k characters of the damaged texts)`;
}
