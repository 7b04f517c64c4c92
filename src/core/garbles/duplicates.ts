// Text published twice: blocks (a paragraph, whole sections) that occur twice in the report,
// usually each copy damaged differently. Found near-linearly: content-defined sampled k-gram
// anchors (hash) seen earlier → exact matches extended both ways → chains along one diagonal.
// Aligning the two copies then shows characters present in only one copy: insertions.
import type { Duplicate, Garble } from '../types';
import { because } from '../diagnostics';
import { ScratchPool } from '../scratch';
import { printedOnce } from './span-index';

const K = 12; // anchor window (UTF-16 units)
const SAMPLE = 4; // keep windows whose hash ≡ 0 mod SAMPLE (content-defined: both copies agree)
const MAX_CANDIDATES = 16; // a window seen more often than this is boilerplate
const MIN_BLOCK = 60; // matched units for a duplicate block
const MIN_HAN = 20;
const MAX_GAP = 400; // units between two matches of one chain
const MAX_SHIFT = 40; // change of diagonal between two matches of one chain
const MAX_INSERT = 5; // longest run taken for an insertion (as the lattice's maxNoise: longer differences are edits or layout)
const SNAP = 60; // a block's ragged start/end is trimmed to a line boundary this close
const MAX_PERIOD = 256; // a repeat with a shorter period is a run of table rows, not a copy

interface Match {
  q: number; // earlier copy
  p: number; // later copy
  len: number;
}

export interface DuplicateResult {
  duplicates: Duplicate[];
  insertions: Garble[];
}

const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);

export function findDuplicates(text: string, folded: string): DuplicateResult {
  const n = folded.length;
  const matches = anchorMatches(folded, n);
  const duplicates: Duplicate[] = [];
  const insertions: Garble[] = [];
  // chain matches that continue one another
  let chain: Match[] = [];
  const flush = () => {
    if (chain.length) emitChain(text, folded, chain, duplicates, insertions);
    chain = [];
  };
  for (const m of matches) {
    const last = chain[chain.length - 1];
    if (
      last &&
      m.p >= last.p + last.len &&
      m.p - (last.p + last.len) <= MAX_GAP &&
      m.q >= last.q + last.len &&
      Math.abs(m.p - m.q - (last.p - last.q)) <= MAX_SHIFT
    ) {
      chain.push(m);
    } else {
      flush();
      chain.push(m);
    }
  }
  flush();
  return { duplicates, insertions: insertions.length ? notRecurring(folded, insertions) : insertions };
}

/**
 * The sampled windows seen so far: up to MAX_CANDIDATES positions per window hash, oldest first.
 * Why not a Map<hash, number[]>: on a 20 MB paste that Map and its arrays held ~12 bytes per
 * character at the detector's peak and cost a hashed lookup per sampled window; here one
 * open-addressing table of hashes, and the positions as linked lists in two typed arrays (newest
 * first). duplicates.property.test.ts proves anchorMatches equal to the Map version.
 */
class Windows {
  private keys = new Int32Array(1024);
  /** the newest entry of the hash in this slot (0: none) */
  private head = new Int32Array(1024);
  private count = new Uint8Array(1024);
  private used = 0;
  private shift = 22; // 32 − log2(slots)
  /** entry e (from 1): its position and the next older entry of the same hash (0: none) */
  pos = new Int32Array(256);
  older = new Int32Array(256);
  private entries = 0;

  /** the slot of hash h (claimed if new) */
  slot(h: number): number {
    let k = this.home(h);
    if (this.count[k] === 0) {
      if ((this.used + 1) * 2 > this.keys.length) {
        this.grow();
        k = this.home(h);
      }
      this.keys[k] = h;
      this.count[k] = 1; // claimed, holding count − 1 positions
      this.used++;
    }
    return k;
  }

  /** the slot holding h, or the empty slot where it goes */
  private home(h: number): number {
    const mask = this.keys.length - 1;
    let k = Math.imul(h, 0x9e3779b1) >>> this.shift;
    while (this.count[k] !== 0 && this.keys[k] !== h) k = (k + 1) & mask;
    return k;
  }

  /** how many positions slot k holds */
  size(k: number): number {
    return this.count[k] - 1;
  }

  /** the newest entry of slot k (0: none) */
  newest(k: number): number {
    return this.head[k];
  }

  add(k: number, p: number): void {
    const e = ++this.entries;
    if (e >= this.pos.length) {
      const pos = new Int32Array(this.pos.length * 2);
      pos.set(this.pos);
      this.pos = pos;
      const older = new Int32Array(this.older.length * 2);
      older.set(this.older);
      this.older = older;
    }
    this.pos[e] = p;
    this.older[e] = this.head[k];
    this.head[k] = e;
    this.count[k]++;
  }

  private grow(): void {
    const { keys, head, count } = this;
    const size = keys.length * 2;
    this.keys = new Int32Array(size);
    this.head = new Int32Array(size);
    this.count = new Uint8Array(size);
    this.shift--;
    for (let j = 0; j < keys.length; j++) {
      if (count[j] === 0) continue;
      let k = Math.imul(keys[j], 0x9e3779b1) >>> this.shift;
      while (this.count[k] !== 0) k = (k + 1) & (size - 1);
      this.keys[k] = keys[j];
      this.head[k] = head[j];
      this.count[k] = count[j];
    }
  }
}

/** exact matches between a later position and an earlier one, in order of the later copy */
export function anchorMatches(s: string, n: number): Match[] {
  const seen = new Windows();
  const out: Match[] = [];
  const B = 0x01000193;
  let pow = 1; // B^(K-1)
  for (let i = 1; i < K; i++) pow = Math.imul(pow, B);
  let h = 0;
  let han = 0;
  let coveredTo = 0; // later-copy positions below this are inside a match already
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
    const slot = seen.slot(h);
    if (p >= coveredTo && seen.size(slot)) {
      // the earlier occurrence whose diagonal is closest to the current chain's (newest first:
      // on a tie the oldest wins, as it did when the list was read oldest first)
      let best = -1;
      for (let e = seen.newest(slot); e !== 0; e = seen.older[e]) {
        const q = seen.pos[e];
        if (q + K > p) continue;
        if (best < 0 || Math.abs(p - q - prevDiag) <= Math.abs(p - best - prevDiag)) best = q;
      }
      if (best >= 0 && sameWindow(s, best, p)) {
        let a = best;
        let b = p;
        // back: not before the previous match, never across into the earlier copy's own start
        const floor = out.length ? out[out.length - 1].p + out[out.length - 1].len : 0;
        while (a > 0 && b > floor && s.charCodeAt(a - 1) === s.charCodeAt(b - 1)) {
          a--;
          b--;
        }
        let len = p - b + K;
        while (b + len < n && a + len < b && s.charCodeAt(a + len) === s.charCodeAt(b + len)) len++;
        // copies may not overlap; one that would (a tandem repeat, e.g. table rows) is no copy
        const periodic =
          b - a < MAX_PERIOD && a + len >= b && b + (b - a) <= n && s.charCodeAt(b) === s.charCodeAt(b + b - a);
        if (a + len > b) len = b - a;
        if (len > 0 && !periodic) {
          out.push({ q: a, p: b, len });
          prevDiag = b - a;
        }
        // Skip the stretch just compared either way: re-extending from every anchor inside a
        // long repeat (a report pasted many times) would make this quadratic.
        coveredTo = Math.max(coveredTo, b + len);
      }
    }
    if (seen.size(slot) < MAX_CANDIDATES) seen.add(slot, p);
  }
  return out;
}

/** s[q, q + K) === s[p, p + K) (p + K ≤ s.length), without slicing */
function sameWindow(s: string, q: number, p: number): boolean {
  for (let k = 0; k < K; k++) if (s.charCodeAt(q + k) !== s.charCodeAt(p + k)) return false;
  return true;
}

/**
 * The earlier copy must end before the later one starts. Matches may run across that boundary
 * (both copies can end like the text before them), so pick the boundary X that keeps the most
 * matched text and trim every match to [.., X) in the earlier copy and [X, ..) in the later.
 */
function splitAtBoundary(s: string, chain: Match[]): Match[] {
  const xs = new Set<number>();
  for (let i = 0; i < Math.min(8, chain.length); i++) xs.add(chain[i].p);
  for (let i = Math.max(0, chain.length - 8); i < chain.length; i++) xs.add(chain[i].q + chain[i].len);
  const trim = (m: Match, x: number): Match | null => {
    const t0 = Math.max(0, x - m.p);
    const t1 = Math.min(m.len, x - m.q);
    return t1 > t0 ? { q: m.q + t0, p: m.p + t0, len: t1 - t0 } : null;
  };
  let bestX = 0;
  let best = -1;
  for (const x of xs) {
    let kept = 0;
    for (const m of chain) kept += trim(m, x)?.len ?? 0;
    if (x === 0 || s.charCodeAt(x - 1) === 10) kept += 0.5; // on a tie, a copy starts a line
    if (kept > best) [best, bestX] = [kept, x];
  }
  return chain.map((m) => trim(m, bestX)).filter((m): m is Match => m !== null);
}

function emitChain(text: string, folded: string, whole: Match[], dups: Duplicate[], ins: Garble[]): void {
  const chain = splitAtBoundary(folded, whole);
  if (!chain.length) return;
  let matched = 0;
  let han = 0;
  for (const m of chain) {
    matched += m.len;
    for (let i = m.p; i < m.p + m.len; i++) if (isHan(folded.charCodeAt(i))) han++;
  }
  if (matched < MIN_BLOCK || han < MIN_HAN) return;
  const first = chain[0];
  const last = chain[chain.length - 1];
  let [qs, ps] = [first.q, first.p];
  let [qe, pe] = [last.q + last.len, last.p + last.len];
  // snap to line starts / ends when the match runs over a line boundary in both copies
  const snapStart = firstBoth(folded, qs, ps, Math.min(first.len, SNAP), 1);
  if (snapStart >= 0) [qs, ps] = [qs + snapStart, ps + snapStart];
  const snapEnd = firstBoth(folded, qe - 1, pe - 1, Math.min(last.len, SNAP, pe - ps - 1), -1);
  if (snapEnd >= 0) [qe, pe] = [qe - snapEnd, pe - snapEnd];
  if (pe - ps < MIN_BLOCK / 2) return;
  dups.push({ span: [ps, pe], of: [qs, qe] });
  // characters between two matches that exist in one copy only
  const gaps: [number, number][][] = [];
  for (let i = 1; i < chain.length; i++) {
    const a = chain[i - 1];
    const b = chain[i];
    gaps.push(gapInsertions(folded, [a.q + a.len, b.q], [a.p + a.len, b.p]));
  }
  // … and just before the first match or after the last one
  gaps.push(edgeInsertions(folded, first.q, first.p, -1, qe), edgeInsertions(folded, last.q + last.len, last.p + last.len, 1, ps));
  for (const one of gaps.flat()) {
    {
      let allHan = true;
      for (let j = one[0]; j < one[1]; j++) if (!isHan(folded.charCodeAt(j))) allHan = false;
      if (!allHan || one[1] - one[0] > MAX_INSERT) continue;
    ins.push({
      kind: 'injected',
      span: one,
      text: text.slice(one[0], one[1]),
      suggestion: '',
      ...because('garble.absentFromCopy', {}),
      });
    }
  }
}

/**
 * Insertions that are not the document's own wording: a run printed elsewhere with the characters
 * around it (or, for runs of ≥ 2, on its own) is wording. Tables repeat their header on every
 * page, so two repeated headers read as a copy whose rows differ (一、本年新收…[申请数量] against
 * 二、上年结转…); random noise does not repeat itself. One pass over the text for all of them.
 */
function notRecurring(s: string, ins: Garble[]): Garble[] {
  const pieces: [number, number][] = [];
  for (const { span: [a, b] } of ins) {
    pieces.push([Math.max(0, a - 1), Math.min(s.length, b + 1)]);
    if (b - a >= 2) pieces.push([a, b]);
  }
  const once = printedOnce(s, pieces);
  let k = 0;
  return ins.filter(({ span: [a, b] }) => {
    const n = b - a >= 2 ? 2 : 1;
    const keep = once.slice(k, k + n).every(Boolean);
    k += n;
    return keep;
  });
}

/** from `at` to the line's end (dir 1) or start (dir −1), at most SNAP·3 units */
function lineRest(s: string, at: number, dir: 1 | -1): [number, number] {
  let i = at;
  const stop = dir === 1 ? Math.min(s.length, at + SNAP * 3) : Math.max(0, at - SNAP * 3);
  if (dir === 1) while (i < stop && s.charCodeAt(i) !== 10) i++;
  else while (i > stop && s.charCodeAt(i - 1) !== 10) i--;
  return dir === 1 ? [at, i] : [i, at];
}

/** insertions between a block's first/last match and the line's start/end, in both copies */
function edgeInsertions(s: string, q: number, p: number, dir: 1 | -1, qLimit: number): [number, number][] {
  const ga = lineRest(s, q, dir);
  const gb = lineRest(s, p, dir);
  // Where the earlier copy's line runs on into the later copy (two copies on adjacent lines),
  // what follows it is the later copy's own start, no second witness: nothing to compare.
  if (dir === 1 && ga[1] > qLimit) return [];
  if (dir === -1 && gb[0] < qLimit) return [];
  return gapInsertions(s, ga, gb, true);
}

/**
 * Runs present in one gap and absent from the other: a small LCS alignment of the two gaps
 * (both short: they lie between two exact matches). Substitutions are not insertions.
 */
const tables = new ScratchPool(() => ({ dp: new Uint16Array(1024), pa: new Int32Array(256), pb: new Int32Array(256) }));

export function gapInsertions(s: string, ga: [number, number], gb: [number, number], edge = false): [number, number][] {
  // one DP table reused between calls (this runs once per gap between matches: hot on long
  // pastes), held by one call at a time
  const table = tables.take();
  try {
    return gapRuns(s, ga, gb, edge, table);
  } finally {
    tables.give(table);
  }
}

/** what a converter may add or move between two copies of the same words: line breaks, spaces */
const isLayout = (c: number) => c === 10 || c === 13 || c === 32 || c === 9 || c === 0xa0 || c === 0x3000;

/** positions [from, to) of a layout-free view, as a span of the text */
const span = (p: Int32Array, from: number, to: number): [number, number] => [p[from], p[to - 1] + 1];

/** the positions of [from, to) that are not layout, into `into` (grown as needed) */
function content(s: string, from: number, to: number, into: Int32Array): [Int32Array, number] {
  let out = into.length < to - from ? new Int32Array(Math.max(to - from, into.length * 2)) : into;
  let n = 0;
  for (let i = from; i < to; i++) if (!isLayout(s.charCodeAt(i))) out[n++] = i;
  return [out, n];
}

function gapRuns(s: string, ga: [number, number], gb: [number, number], edge: boolean, table: { dp: Uint16Array; pa: Int32Array; pb: Int32Array }): [number, number][] {
  // The copies are compared without layout: PDF text wraps each copy at other places (提升\n政 /
  // 提\n升政, 行 政 复\n议 / 行政\n复议), and a character that merely sits on the other side of a
  // line break is no insertion. pa, pb map the views back to the text.
  const [pa, la] = content(s, ga[0], ga[1], table.pa);
  const [pb, lb] = content(s, gb[0], gb[1], table.pb);
  table.pa = pa;
  table.pb = pb;
  if (la === 0 && lb === 0) return [];
  if (edge && Math.min(la, lb) < 2) return []; // an edge must show agreement after the insertion
  if (la === 0) return [span(pb, 0, lb)];
  if (lb === 0) return [span(pa, 0, la)];
  const A = (i: number) => s.charCodeAt(pa[i]);
  const B = (j: number) => s.charCodeAt(pb[j]);
  // common head and tail first: usually all that differs is one run
  let h = 0;
  while (h < la && h < lb && A(h) === B(h)) h++;
  let t = 0;
  while (t < la - h && t < lb - h && A(la - 1 - t) === B(lb - 1 - t)) t++;
  if (h + t === la) return lb > la ? [span(pb, h, lb - t)] : [];
  if (h + t === lb) return [span(pa, h, la - t)];
  if (la * lb > 40_000) return [];
  // dp[i][j] = LCS of a[i..], b[j..], for i, j ≥ h only. Why that is enough: where a[i] = b[j],
  // dp[i][j] = dp[i + 1][j + 1] + 1 always, so the walk below goes diagonally through the common
  // head from (0, 0) to (h, h) reading nothing else, and dp[0][0] = dp[h][h] + h. (The common
  // tail stays in: the walk may leave the middle sideways into it.) duplicates.property.test.ts
  // proves the runs equal to the whole table's.
  const w = lb + 1;
  if (table.dp.length < (la + 1) * w) table.dp = new Uint16Array(Math.max((la + 1) * w, table.dp.length * 2));
  const dp = table.dp;
  dp.fill(0, la * w, (la + 1) * w);
  const bc = new Uint16Array(lb);
  for (let j = h; j < lb; j++) bc[j] = B(j);
  for (let i = la - 1; i >= h; i--) {
    const ac = A(i);
    const row = i * w;
    dp[row + lb] = 0;
    for (let j = lb - 1; j >= h; j--) {
      const down = dp[row + w + j];
      const right = dp[row + j + 1];
      dp[row + j] = ac === bc[j] ? dp[row + w + j + 1] + 1 : down > right ? down : right;
    }
  }
  // at an edge the copies may simply go different ways: demand that the shorter is nearly all kept
  if (edge && dp[h * w + h] + h < Math.min(la, lb) - 1) return [];
  // walk: collect maximal runs skipped on one side while the other side advances not at all
  // (from (h, h): the head is matched, see above)
  const out: [number, number][] = [];
  let i = h;
  let j = h;
  let runA = -1;
  let runB = -1;
  const close = (nextI: number, nextJ: number) => {
    if (runA >= 0 && runB < 0) out.push(span(pa, runA, nextI));
    if (runB >= 0 && runA < 0) out.push(span(pb, runB, nextJ));
    runA = runB = -1;
  };
  while (i < la || j < lb) {
    if (i < la && j < lb && A(i) === bc[j] && dp[i * w + j] === dp[(i + 1) * w + j + 1] + 1) {
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

/** distance from (q, p) to just past the first '\n' found in both copies at the same offset */
function firstBoth(s: string, q: number, p: number, limit: number, dir: 1 | -1): number {
  // a match starting at a line start in both copies needs no snapping
  if (dir === 1 && (q === 0 || s.charCodeAt(q - 1) === 10) && (p === 0 || s.charCodeAt(p - 1) === 10)) return -1;
  if (dir === -1 && s.charCodeAt(q) === 10 && s.charCodeAt(p) === 10) return -1;
  for (let d = 0; d < limit; d++) {
    if (s.charCodeAt(q + dir * d) === 10 && s.charCodeAt(p + dir * d) === 10) return dir === 1 ? d + 1 : d;
  }
  return -1;
}
