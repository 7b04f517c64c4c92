// anchorMatches over its typed-array window table answers exactly what the Map version it
// replaced answers (the plain reference below: a Map from window hash to its positions), and
// gapInsertions' table without the common head what the whole table answered.
import * as fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorMatches, gapInsertions } from './duplicates';
import { rng } from './injector';

const K = 12;
const SAMPLE = 4;
const MAX_CANDIDATES = 16;
const MAX_PERIOD = 256;
const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);

/** the Map version, as it stood before the typed table */
function plainAnchorMatches(s: string, n: number): { q: number; p: number; len: number }[] {
  const seen = new Map<number, number[]>();
  const out: { q: number; p: number; len: number }[] = [];
  const B = 0x01000193;
  let pow = 1;
  for (let i = 1; i < K; i++) pow = Math.imul(pow, B);
  let h = 0;
  let han = 0;
  let coveredTo = 0;
  let prevDiag = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (i >= K) {
      const o = s.charCodeAt(i - K);
      h = (h - Math.imul(o, pow)) | 0;
      if (isHan(o)) han--;
    }
    h = (Math.imul(h, B) + c) | 0;
    if (isHan(c)) han++;
    if (i < K - 1 || han < 3 || ((h >>> 0) % SAMPLE) !== 0) continue;
    const p = i - K + 1;
    let list = seen.get(h);
    if (!list) seen.set(h, (list = []));
    if (p >= coveredTo && list.length) {
      let best = -1;
      for (const q of list) {
        if (q + K > p) continue;
        if (best < 0 || Math.abs(p - q - prevDiag) < Math.abs(p - best - prevDiag)) best = q;
      }
      if (best >= 0 && s.startsWith(s.slice(best, best + K), p)) {
        let a = best;
        let b = p;
        const floor = out.length ? out[out.length - 1].p + out[out.length - 1].len : 0;
        while (a > 0 && b > floor && s.charCodeAt(a - 1) === s.charCodeAt(b - 1)) {
          a--;
          b--;
        }
        let len = p - b + K;
        while (b + len < n && a + len < b && s.charCodeAt(a + len) === s.charCodeAt(b + len)) len++;
        const periodic = b - a < MAX_PERIOD && a + len >= b && b + (b - a) <= n && s.charCodeAt(b) === s.charCodeAt(b + b - a);
        if (a + len > b) len = b - a;
        if (len > 0 && !periodic) {
          out.push({ q: a, p: b, len });
          prevDiag = b - a;
        }
        coveredTo = Math.max(coveredTo, b + len);
      }
    }
    if (list.length < MAX_CANDIDATES) list.push(p);
  }
  return out;
}

const sample = (name: string) => readFileSync(new URL(`../../../fixtures/samples/${name}`, import.meta.url), 'utf8');

describe('anchorMatches', () => {
  it('equals the Map version on texts of few distinct units (ties, more than 16 candidates, tandem repeats)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('政府', '信息', '公开', '政', '。', '\n', '政府信息公开', 'a1'), { maxLength: 400 }), (units) => {
        const s = units.join('');
        expect(anchorMatches(s, s.length)).toEqual(plainAnchorMatches(s, s.length));
      }),
      { numRuns: 400 },
    );
  });

  it('equals the Map version on pasted reports damaged at random (the table grows many times)', () => {
    const texts = ['hainan-provincial-police-2020-traditional.txt', 'ziyang-county-police-2020.txt', 'pingtan-2021-flattened.txt'].map(sample);
    const rand = rng(11);
    for (let run = 0; run < 12; run++) {
      let s = '';
      for (let k = 0; k < 2 + (run % 4); k++) {
        const t = texts[Math.floor(rand() * texts.length)];
        const a = Math.floor(rand() * t.length * 0.5);
        const piece = t.slice(a, a + 2000 + Math.floor(rand() * 6000));
        // damage each copy: characters dropped, inserted, swapped
        let d = '';
        for (let i = 0; i < piece.length; i++) {
          const r = rand();
          if (r < 0.004) continue;
          if (r < 0.008) d += '微束姜'[Math.floor(rand() * 3)];
          d += piece[i];
        }
        s += d + '\n';
      }
      expect(anchorMatches(s, s.length)).toEqual(plainAnchorMatches(s, s.length));
    }
  });
});

const isLayout = (c: number) => c === 10 || c === 13 || c === 32 || c === 9 || c === 0xa0 || c === 0x3000;

const span = (p: number[], from: number, to: number): [number, number] => [p[from], p[to - 1] + 1];

/** gapInsertions as it stood: the LCS table over both whole gaps */
function plainGapInsertions(s: string, ga: [number, number], gb: [number, number], edge = false): [number, number][] {
  const pa: number[] = [];
  const pb: number[] = [];
  for (let i = ga[0]; i < ga[1]; i++) if (!isLayout(s.charCodeAt(i))) pa.push(i);
  for (let i = gb[0]; i < gb[1]; i++) if (!isLayout(s.charCodeAt(i))) pb.push(i);
  const [la, lb] = [pa.length, pb.length];
  if (la === 0 && lb === 0) return [];
  if (edge && Math.min(la, lb) < 2) return [];
  if (la === 0) return [span(pb, 0, lb)];
  if (lb === 0) return [span(pa, 0, la)];
  const A = (i: number) => s.charCodeAt(pa[i]);
  const B = (j: number) => s.charCodeAt(pb[j]);
  let h = 0;
  while (h < la && h < lb && A(h) === B(h)) h++;
  let t = 0;
  while (t < la - h && t < lb - h && A(la - 1 - t) === B(lb - 1 - t)) t++;
  if (h + t === la) return lb > la ? [span(pb, h, lb - t)] : [];
  if (h + t === lb) return [span(pa, h, la - t)];
  if (la * lb > 40_000) return [];
  const w = lb + 1;
  const dp = new Uint16Array((la + 1) * w);
  for (let i = la - 1; i >= 0; i--) {
    for (let j = lb - 1; j >= 0; j--) {
      dp[i * w + j] = A(i) === B(j) ? dp[(i + 1) * w + j + 1] + 1 : Math.max(dp[(i + 1) * w + j], dp[i * w + j + 1]);
    }
  }
  if (edge && dp[0] < Math.min(la, lb) - 1) return [];
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  let runA = -1;
  let runB = -1;
  const close = (nextI: number, nextJ: number) => {
    if (runA >= 0 && runB < 0) out.push(span(pa, runA, nextI));
    if (runB >= 0 && runA < 0) out.push(span(pb, runB, nextJ));
    runA = runB = -1;
  };
  while (i < la || j < lb) {
    if (i < la && j < lb && A(i) === B(j) && dp[i * w + j] === dp[(i + 1) * w + j + 1] + 1) {
      close(i, j);
      i++;
      j++;
    } else if (j >= lb || (i < la && dp[(i + 1) * w + j] >= dp[i * w + j + 1])) {
      if (runA < 0) runA = i;
      i++;
    } else {
      if (runB < 0) runB = j;
      j++;
    }
  }
  close(i, j);
  return out;
}

describe('gapInsertions', () => {
  it('equals the whole table on two gaps with a common head, changes and a common tail', () => {
    const unit = fc.constantFrom('政', '府', '信', '息', '1', '2', '\n', ' ', '。');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), fc.array(unit, { maxLength: 12 }), fc.array(unit, { maxLength: 12 }), fc.array(unit, { maxLength: 30 }), fc.boolean(), (head, x, y, tail, edge) => {
        const a = [...head, ...x, ...tail].join('');
        const b = [...head, ...y, ...tail].join('');
        const s = a + '|' + b;
        const ga: [number, number] = [0, a.length];
        const gb: [number, number] = [a.length + 1, s.length];
        expect(gapInsertions(s, ga, gb, edge)).toEqual(plainGapInsertions(s, ga, gb, edge));
      }),
      { numRuns: 3000 },
    );
  });
});
