// The trie's breadth-first layout (lexicon.ts) against a plain map of the words: every word's
// cost, every prefix walk, and random strings (mostly not words) answer the same.
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { BUCKET_STEP, Lexicon, loadLexicon } from './lexicon';
import { variantAliases } from './variants';

/** the plain reading of the data: word → the least cost among its entries, float32 as stored */
function plain(data: string, aliases: [string, string][] = []): { costs: Map<string, number>; prefixes: Set<string> } {
  const entries: [string, number][] = [];
  let total = 0;
  for (const line of data.split('\n')) {
    const colon = line.indexOf(':');
    const count = Math.exp(Number(line.slice(0, colon)) * BUCKET_STEP);
    for (const w of line.slice(colon + 1).split(' ')) {
      if (!w) continue;
      entries.push([w, count]);
      total += count;
    }
  }
  const best = new Map<string, number>();
  for (const [w, c] of entries) best.set(w, Math.max(best.get(w) ?? 0, c));
  for (const [v, w] of aliases) if (best.has(w)) entries.push([v, best.get(w)!]);
  const costs = new Map<string, number>();
  const prefixes = new Set<string>();
  for (const [w, c] of entries) {
    costs.set(w, Math.min(costs.get(w) ?? Infinity, Math.fround(Math.log(total) - Math.log(c))));
    for (let k = 1; k <= w.length; k++) prefixes.add(w.slice(0, k));
  }
  return { costs, prefixes };
}

/** walk `s` through the trie: the cost at each step, or −1 once it falls off */
function walk(lex: Lexicon, s: string): number[] {
  const out: number[] = [];
  let node = 0;
  for (let k = 0; k < s.length; k++) {
    node = lex.next(node, s.charCodeAt(k));
    if (node < 0) return [...out, -1];
    out.push(lex.cost(node));
  }
  return out;
}

function walkNode(lex: Lexicon, s: string): number {
  let node = 0;
  for (let k = 0; k < s.length && node >= 0; k++) node = lex.next(node, s.charCodeAt(k));
  return node;
}

function walkPlain(p: ReturnType<typeof plain>, s: string): number[] {
  const out: number[] = [];
  for (let k = 1; k <= s.length; k++) {
    const pre = s.slice(0, k);
    if (!p.prefixes.has(pre)) return [...out, -1];
    out.push(p.costs.get(pre) ?? Infinity);
  }
  return out;
}

describe('Lexicon trie', () => {
  it('equals a plain map on small random lexicons (shared prefixes, duplicates, aliases)', () => {
    const word = fc.string({ unit: fc.constantFrom('政', '府', '信', '息', '公', '开', 'a', 'b', '\uffff', '\u0001'), minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.array(word, { maxLength: 8 })), { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(word, word), { maxLength: 4 }),
        fc.array(word, { maxLength: 20 }),
        (lines, aliases, probes) => {
          const data = lines.map(([b, ws]) => `${b}:${ws.join(' ')}`).join('\n');
          const lex = new Lexicon(data, aliases);
          const p = plain(data, aliases);
          for (const w of [...p.prefixes, ...probes]) {
            expect(walk(lex, w)).toEqual(walkPlain(p, w));
            expect(lex.wordCost(w)).toBe(p.costs.get(w) ?? Infinity);
          }
          for (let c = 0; c < 65536; c += 97) expect(lex.charCost[c]).toBe(p.costs.get(String.fromCharCode(c)) ?? Infinity);
          for (const w of p.costs.keys()) if (w.length === 1) expect(lex.charCost[w.charCodeAt(0)]).toBe(p.costs.get(w));
          expect(lex.next(0, NaN)).toBe(-1);
          for (const w of p.prefixes) expect(lex.next(walkNode(lex, w), NaN)).toBe(-1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('equals a plain map on the shipped lexicon: every word, and strings around them', async () => {
    const [lex, m, aliases] = await Promise.all([loadLexicon(), import('./data/lexicon'), variantAliases()]);
    const p = plain(m.default, aliases);
    let checked = 0;
    for (const [w, c] of p.costs) {
      if (lex.wordCost(w) !== c) expect([w, lex.wordCost(w)]).toEqual([w, c]);
      if (checked++ % 7 === 0) expect(walk(lex, w + '的')).toEqual(walkPlain(p, w + '的'));
    }
    expect(checked).toBeGreaterThan(100_000);
    const chars = [...new Set([...p.costs.keys()].filter((w) => w.length === 1))];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 8 }), (cs) => {
        const s = cs.join('');
        expect(walk(lex, s)).toEqual(walkPlain(p, s));
      }),
      { numRuns: 3000 },
    );
  });
});
