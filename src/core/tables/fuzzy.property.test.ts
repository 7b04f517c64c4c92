// findLabel's speed tricks (the exact fast path, the windows of non-free characters that skip
// text holding too few label characters, Ukkonen's cutoff inside the DP) against a plain
// reference written here: one Sellers edit-distance scan over the whole range, every cell of
// every row computed, with the same costs and the same rule (leftmost match, then at most a
// label's length further for a cleaner end).
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultMaxCost, findLabel, labelCore, type LabelMatch } from './fuzzy';

const INSERT = 0.34;
const EDIT = 1;
// free inside a label: control characters and space, ASCII punctuation but - and +, 、 。, BOM, ZWSP
const FREE_CHARS = new Set('!"#$%&\'()*,./:;<=>?@[\\]^_`{|}~、。\ufeff\u200b');
const free = (c: string) => c.charCodeAt(0) <= 0x20 || FREE_CHARS.has(c);
const digit = (c: string) => c >= '0' && c <= '9';

/** Plain Sellers scan of folded[from, to) for `core` (free characters cost nothing inside it). */
function plainScan(folded: string, core: string, from: number, to: number, limit: number): LabelMatch | null {
  const L = core.length;
  let D = Array.from({ length: L + 1 }, (_, j) => j * EDIT);
  let S = Array.from({ length: L + 1 }, () => from);
  let best: LabelMatch | null = null;
  for (let i = from; i < to; i++) {
    const ch = folded[i]!;
    const isFree = free(ch);
    const ins = isFree ? 0 : digit(ch) ? Infinity : INSERT;
    const noSub = isFree || digit(ch);
    const D2 = [0];
    const S2 = [i + 1];
    for (let j = 1; j <= L; j++) {
      let v = D[j - 1]! + (core[j - 1] === ch ? 0 : noSub ? Infinity : EDIT);
      let st = j === 1 ? i : S[j - 1]!;
      if (D[j]! + ins < v) {
        v = D[j]! + ins;
        st = S[j]!;
      }
      if (D2[j - 1]! + EDIT < v) {
        v = D2[j - 1]! + EDIT;
        st = S2[j - 1]!;
      }
      D2.push(v);
      S2.push(st);
    }
    if (D2[L]! <= limit && (best === null || D2[L]! < best.cost)) best = { start: S2[L]!, end: i + 1, cost: D2[L]! };
    if (best && (best.cost === 0 || i + 1 - best.end > L)) break;
    D = D2;
    S = S2;
  }
  if (best) while (best.start < best.end && free(folded[best.start]!)) best.start++;
  return best;
}

/** findLabel's contract, plainly: an intact copy wins unless a damaged one ends before it. */
function plainFind(folded: string, label: string, from: number, to: number, maxCost?: number): LabelMatch | null {
  const core = labelCore(label);
  if (core.length === 0) return null;
  const limit = maxCost ?? defaultMaxCost(core.length);
  to = Math.min(to, folded.length);
  from = Math.max(0, from);
  const at = folded.slice(0, to).indexOf(core, from);
  if (at >= 0) return (limit > 0 ? plainScan(folded, core, from, at, limit) : null) ?? { start: at, end: at + core.length, cost: 0 };
  return limit > 0 ? plainScan(folded, core, from, to, limit) : null;
}

describe('findLabel equals a plain edit-distance scan', () => {
  it('agrees with plainFind', () => {
    // label characters, a few others, digits and free characters: damaged copies are likely
    // 尿 and 一 share a low byte with 政 and 开: the membership table's shared buckets
    const labelChars = '政府信息公开申请情况尿一';
    const textUnit = fc.constantFrom(...labelChars, ...'其他处理年度', '1', '0', ' ', '\n', '、', '|', '（', '-');
    const arb = fc.record({
      label: fc.string({ unit: fc.constantFrom(...labelChars, ' '), minLength: 1, maxLength: 12 }),
      text: fc.array(fc.oneof(fc.string({ unit: textUnit, maxLength: 30 }), fc.constant('')), { maxLength: 12 }),
      copies: fc.array(fc.record({ at: fc.nat(), drop: fc.nat(12), insert: fc.nat(12), ch: textUnit }), { maxLength: 3 }),
      from: fc.nat(40),
      span: fc.nat(400),
      maxCost: fc.option(fc.constantFrom(0, 0.34, 0.7, 1, 1.4, 2, 3), { nil: undefined }),
    });
    fc.assert(
      fc.property(arb, ({ label, text, copies, from, span, maxCost }) => {
        // a limit as large as the label matches nothing at all: no caller asks that
        fc.pre(maxCost === undefined || maxCost < labelCore(label).length);
        // plant damaged copies of the label (a character dropped, one injected) among noise
        const parts = [...text];
        for (const c of copies) {
          let copy = label;
          if (c.drop < copy.length) copy = copy.slice(0, c.drop) + copy.slice(c.drop + 1);
          if (c.insert < copy.length) copy = copy.slice(0, c.insert) + c.ch + copy.slice(c.insert);
          parts.splice(c.at % (parts.length + 1), 0, copy);
        }
        const folded = parts.join('');
        expect(findLabel(folded, label, from, from + span, maxCost)).toEqual(plainFind(folded, label, from, from + span, maxCost));
      }),
      { numRuns: 4000 },
    );
  });
  it('finds nothing in a later part of a range where it found nothing (meta/title.ts relies on it)', () => {
    const labelChars = '政府信息公开工作年度报告';
    const textUnit = fc.constantFrom(...labelChars, ...'其他处理', '1', ' ', '\n', '、', '|');
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...labelChars), minLength: 3, maxLength: 12 }),
        fc.string({ unit: textUnit, maxLength: 200 }),
        fc.nat(60),
        fc.array(fc.nat(200), { minLength: 1, maxLength: 4 }),
        fc.option(fc.constantFrom(0, 0.7, 1.4, 3), { nil: undefined }),
        (label, folded, from, later, maxCost) => {
          fc.pre(maxCost === undefined || maxCost < labelCore(label).length);
          const to = folded.length;
          if (findLabel(folded, label, from, to, maxCost) !== null) return;
          for (const k of later) expect(findLabel(folded, label, from + k, to, maxCost)).toBeNull();
        },
      ),
      { numRuns: 3000 },
    );
  });
  it('finds a label across a long stretch of unrelated text (the windows skip it)', () => {
    const label = '政府信息公开申请情况';
    const noise = '年度其他处理1 0\n'.repeat(400);
    for (const copy of ['政府信息公开申请情况', '政府信息公开申情况', '政府信微束息公开申请情况', '政府 信息\n公开申请情况']) {
      const folded = noise + copy + noise;
      const got = findLabel(folded, label, 0, folded.length);
      expect(got).toEqual(plainFind(folded, label, 0, folded.length));
      expect(got?.start).toBe(noise.length);
    }
  });
});
