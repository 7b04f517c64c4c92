// Planted damage is carried through rendering as private-use markers around each planted run,
// so that wrapping, HTML and script conversion move it with the text; strip() then gives the
// final text and every planted span in it.
import type { Rng } from './prng';

export type PlantKind = 'injected' | 'invisible' | 'replacement' | 'markup';
export type Position = 'prose' | 'label' | 'heading' | 'title' | 'date';
export type Beside = 'han' | 'punctuation' | 'digit' | 'newline' | 'other';

export interface Plant {
  kind: PlantKind;
  position: Position;
  tier?: 'top' | 'common' | 'rare';
  /** the run's length in characters as planted (before any script conversion) */
  length: number;
}

export interface PlantSpan extends Plant {
  span: [number, number];
  text: string;
  beside: Beside;
}

const END = '\uf0ff';
const START_BASE = 0xf100;
const LAST = 0xf8fe;
const MAX_ID = LAST - START_BASE;

export class Marks {
  readonly plants: Plant[] = [];

  wrap(text: string, plant: Plant): string {
    const id = this.plants.length;
    if (id > MAX_ID) throw new Error('too many plants');
    this.plants.push(plant);
    return String.fromCharCode(START_BASE + id) + text + END;
  }
}

export function isMarker(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c === 0xf0ff || (c >= START_BASE && c <= LAST);
}

/** Remove the markers; return the text and each plant's span in it. */
export function strip(marked: string, marks: Marks): { text: string; spans: { id: number; span: [number, number] }[] } {
  let out = '';
  const spans: { id: number; span: [number, number] }[] = [];
  const open: { id: number; start: number }[] = [];
  for (let i = 0; i < marked.length; i++) {
    const c = marked.charCodeAt(i);
    if (c === 0xf0ff) {
      const o = open.pop();
      if (!o) throw new Error('unbalanced marker');
      spans.push({ id: o.id, span: [o.start, out.length] });
    } else if (c >= START_BASE && c <= LAST) {
      open.push({ id: c - START_BASE, start: out.length });
    } else out += marked[i];
  }
  if (open.length) throw new Error('unclosed marker');
  for (const s of spans) if (s.id >= marks.plants.length) throw new Error('unknown marker');
  return { text: out, spans };
}

const HAN = /[\u3400-\u9fff]/;
const PUNCT = /[，。、；：？！“”‘’（）《》【】,.;:?!()\-—·]/;
const DIGIT = /[0-9０-９]/;

export type Where = 'han' | 'punctuation' | 'digit' | 'newline' | 'any';

/** Choose where in `s` to insert, preferring the kind of neighbourhood asked for. */
export function chooseIndex(s: string, where: Where, rng: Rng): number {
  // never inside an existing marked run
  const inside = new Uint8Array(s.length + 1);
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= START_BASE && c <= LAST) depth++;
    inside[i] = depth > 0 ? 1 : 0;
    if (c === 0xf0ff) depth--;
  }
  const ok = (i: number) => !inside[i] && !(i > 0 && inside[i - 1] && !isMarker(s[i - 1]));
  const cands: number[] = [];
  for (let i = 0; i <= s.length; i++) {
    if (!ok(i)) continue;
    const a = i > 0 ? s[i - 1] : '\n';
    const b = i < s.length ? s[i] : '\n';
    let good = false;
    if (where === 'han') good = HAN.test(a) && HAN.test(b);
    else if (where === 'punctuation') good = PUNCT.test(a) || PUNCT.test(b);
    else if (where === 'digit') good = DIGIT.test(a) || DIGIT.test(b);
    else if (where === 'newline') good = i === 0 || i === s.length || a === '\n' || b === '\n';
    else good = i > 0 && i < s.length;
    if (good) cands.push(i);
  }
  if (cands.length === 0) return Math.max(0, Math.min(s.length, rng.int(0, s.length)));
  return rng.pick(cands);
}

export function insertAt(s: string, i: number, piece: string): string {
  return s.slice(0, i) + piece + s.slice(i);
}

export function besideOf(text: string, span: [number, number]): Beside {
  const a = span[0] > 0 ? text[span[0] - 1] : '\n';
  const b = span[1] < text.length ? text[span[1]] : '\n';
  if (a === '\n' || b === '\n' || a === '\r' || b === '\r') return 'newline';
  if (DIGIT.test(a) || DIGIT.test(b)) return 'digit';
  if (PUNCT.test(a) || PUNCT.test(b)) return 'punctuation';
  if (HAN.test(a) && HAN.test(b)) return 'han';
  return 'other';
}

/** s without its marked runs (for copies of a text that must not carry the plants twice). */
export function unmark(s: string): string {
  let out = '';
  let depth = 0;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c >= START_BASE && c <= LAST) depth++;
    else if (c === 0xf0ff) depth--;
    else if (depth === 0) out += ch;
  }
  return out;
}
