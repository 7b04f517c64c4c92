// Garble detection: finds damage in the inspected text (injected characters, U+FFFD, mojibake,
// invisible characters, converter markup) and blocks published twice, and builds the cleaned text.
// Every garble carries its [start, end) span into ctx.text; overlapping finds are merged.
import type { Duplicate, Garble, Section, Span } from '../types';
import type { TextContext } from '../context';
import { findCharGarbles, findFixedMojibake, findMarkup } from './exact';
import { findDuplicates } from './duplicates';
import { findLeftovers } from './leftovers';
import { findDateNoise } from './dates';
import { loadLexicon } from './lexicon';
import { detectInjected } from './injected';
import type { LatticeParams } from './lattice';
import { findMojibake } from './mojibake';
import { dropNames, loadPlaces } from './places';
import { SpanIndex } from './span-index';

export interface GarbleOptions {
  /** 'precise' (default): almost no false flags; 'thorough': more recall, more false flags */
  mode?: 'precise' | 'thorough';
  /** spans of the tables' text: page chrome is never flagged inside them */
  tables?: Span[];
  /** overrides of the lattice's parameters (measuring only) */
  params?: Partial<LatticeParams> & { damaged?: Partial<LatticeParams> };
}

export async function detectGarbles(
  ctx: TextContext,
  _sections: Section[],
  options: GarbleOptions = {},
): Promise<{ garbles: Garble[]; duplicates: Duplicate[] }> {
  const found: Garble[] = [];
  findCharGarbles(ctx.text, found);
  findMarkup(ctx.text, found);
  findLeftovers(ctx.text, ctx.folded, found, options.tables);
  findDateNoise(ctx.text, ctx.folded, found);
  findFixedMojibake(ctx.text, ctx.folded, found);
  const dup = findDuplicates(ctx.text, ctx.folded);
  found.push(...dup.insertions);
  // Han text, or what mojibake leaves of it (Latin-1 letters, U+FFFD, Hangul …: a table of
  // mojibake cells may hold no Han character at all)
  if (/[\u4e00-\u9fff]/.test(ctx.folded) || /[\u0080-\u00ff\ufffd\uac00-\ud7af]{2}/.test(ctx.text)) {
    // the lexicon is a separate chunk, loaded on first use only
    const lex = await loadLexicon();
    const mojibake = findMojibake(lex, ctx.text);
    found.push(...mojibake);
    // mojibake lines are not read for injected characters
    let inj = detectInjected(lex, ctx, options.mode ?? 'precise', null, options.params);
    // real names are not noise: the gazetteer is loaded only when there is a flag to check
    if (inj.length) inj = dropNames(ctx.folded, inj, await loadPlaces());
    const mojibakeSpans = new SpanIndex(mojibake.map((m) => m.span));
    found.push(...inj.filter((g) => !mojibakeSpans.overlaps(g.span[0], g.span[1])));
  }
  return { garbles: mergeGarbles(ctx.text, found), duplicates: dup.duplicates };
}

/** Kinds in order of trust: where two finds overlap, the earlier kind here keeps its span. */
const ORDER: Garble['kind'][] = ['mojibake', 'replacement', 'invisible', 'markup', 'injected'];

/**
 * Sorted, non-overlapping garbles. Overlaps of one kind are united; a less trusted find that
 * overlaps a more trusted one is clipped to the part outside it (or dropped if it carries a
 * suggestion, which cannot be clipped).
 */
export function mergeGarbles(text: string, garbles: Garble[]): Garble[] {
  let accepted: Garble[] = [];
  for (const kind of ORDER) {
    const own = garbles.filter((g) => g.kind === kind && g.span[1] > g.span[0]).sort((a, b) => a.span[0] - b.span[0]);
    const united: Garble[] = [];
    for (const g of own) {
      const last = united[united.length - 1];
      if (last && g.span[0] < last.span[1]) {
        if (g.span[1] <= last.span[1]) continue;
        if (last.suggestion !== '' || g.suggestion !== '') continue; // keep the first repair
        const span: [number, number] = [last.span[0], g.span[1]];
        united[united.length - 1] = { ...last, span, text: text.slice(span[0], span[1]) };
      } else united.push(g);
    }
    const pieces: Garble[] = [];
    let k = 0; // accepted is sorted and disjoint: walk it alongside
    for (const g of united) {
      let [s, e] = g.span;
      while (k < accepted.length && accepted[k].span[1] <= s) k++;
      let j = k;
      let dropped = false;
      while (j < accepted.length && accepted[j].span[0] < e) {
        const [as, ae] = accepted[j].span;
        if (g.suggestion !== '') { dropped = true; break; }
        if (as > s) pieces.push({ ...g, span: [s, as], text: text.slice(s, as) });
        s = Math.max(s, ae);
        j++;
      }
      if (!dropped && s < e) pieces.push(s === g.span[0] && e === g.span[1] ? g : { ...g, span: [s, e], text: text.slice(s, e) });
    }
    accepted = [...accepted, ...pieces].sort((a, b) => a.span[0] - b.span[0]);
  }
  return accepted;
}

/** text with every garble removed, or replaced by its suggestion */
export function cleanText(text: string, garbles: Garble[]): string {
  const sorted = [...garbles].sort((a, b) => a.span[0] - b.span[0]);
  let out = '';
  let at = 0;
  for (const g of sorted) {
    if (g.span[0] < at) continue; // overlapping garbles: the first one wins
    out += text.slice(at, g.span[0]) + g.suggestion;
    at = g.span[1];
  }
  return out + text.slice(at);
}
