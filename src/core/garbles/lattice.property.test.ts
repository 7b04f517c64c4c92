// The lattice reads each segment's trie walks from one pass (walk(), lattice.ts) instead of
// walking the trie again in the screen, the longest-word table and the lattice: the walks equal
// the plain lex.next chains, and the screen equals its plain version. (The whole detector's
// output before and after is compared by scripts/bench/garbles-digest.ts.)
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { loadLexicon, type Lexicon } from './lexicon';
import { Scratch, suspicious, walk } from './lattice';

/** the plain screen, as it was before the walks were shared */
function suspiciousPlain(lex: Lexicon, s: string, a: number, b: number): boolean {
  let covered = a;
  for (let k = a; k < b; k++) {
    let node = 0;
    for (let m = k; m < b; m++) {
      node = lex.next(node, s.charCodeAt(m));
      if (node < 0) break;
      if (m > k && m + 1 > covered && lex.cost(node) !== Infinity) covered = m + 1;
    }
    if (covered <= k && !(lex.charCost[s.charCodeAt(k)] <= 7.5)) return true;
  }
  return false;
}

describe('shared trie walks', () => {
  it('equal the plain lex.next chains, and the screen its plain version', async () => {
    const lex = await loadLexicon();
    // text made of lexicon words and single characters, so walks run long
    const words = ['政府信息公开', '信息', '公开', '工作', '年度报告', '的', '和', '行政复议', '中华人民共和国', '微', '束', '姜', '酷', '乘', '依申请公开'];
    const sc = new Scratch(lex.maxLen);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 80 }), fc.nat(), fc.nat(), (ws, x, y) => {
        const s = '。' + ws.join('') + '。';
        const a = 1 + (x % (s.length - 1));
        const b = Math.min(s.length, a + 1 + (y % 256));
        walk(lex, s, a, b, sc);
        for (let k = 0; k < b - a; k++) {
          const plain: number[] = [];
          let node = 0;
          for (let m = a + k; m < b; m++) {
            node = lex.next(node, s.charCodeAt(m));
            if (node < 0) break;
            plain.push(node);
          }
          expect(Array.from(sc.walkNode.subarray(k * sc.width, k * sc.width + sc.walkLen[k]))).toEqual(plain);
        }
        expect(suspicious(lex, s, a, b, sc)).toBe(suspiciousPlain(lex, s, a, b));
      }),
      { numRuns: 400 },
    );
  });
});
