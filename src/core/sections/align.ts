// Fuzzy alignment of a known heading title against the text that follows a numeral.
// Tolerates characters injected into the heading (情况再谜局, 信微束姜息), a missing or
// mistyped character, and a title that runs on into prose (flattened crawler text).
// Works on small windows only (a title plus slack), so it is cheap per candidate.
import { ScratchPool } from '../scratch';

export interface Alignment {
  /** characters of the title found, in order */
  matched: number;
  /** offset (absolute) of the first matched character */
  first: number;
  /** offset (absolute) just after the last matched character */
  end: number;
}

/** DP rows reused between calls, held by one call at a time; titles are short (< 40 characters). */
interface Rows {
  prev: Int32Array;
  cur: Int32Array;
  firstPrev: Int32Array;
  firstCur: Int32Array;
}
const rowsPool = new ScratchPool<Rows>(() => ({ prev: new Int32Array(64), cur: new Int32Array(64), firstPrev: new Int32Array(64), firstCur: new Int32Array(64) }));

/**
 * Longest common subsequence of `title` and `folded[from, from+maxLen)`, stopping at the end
 * of the text. Returns the alignment that reaches the best count with the shortest window
 * (so `end` is the last matched character, not the end of the window).
 */
export function alignTitle(title: string, folded: string, from: number, maxLen: number): Alignment {
  const m = title.length;
  const n = Math.min(maxLen, folded.length - from);
  if (n <= 0) return { matched: 0, first: from, end: from };
  const rows = rowsPool.take();
  try {
    return align(title, folded, from, m, n, rows);
  } finally {
    rowsPool.give(rows);
  }
}

function align(title: string, folded: string, from: number, m: number, n: number, rows: Rows): Alignment {
  if (rows.prev.length < m + 1) {
    rows.prev = new Int32Array(m + 1);
    rows.cur = new Int32Array(m + 1);
    rows.firstPrev = new Int32Array(m + 1);
    rows.firstCur = new Int32Array(m + 1);
  }
  let { prev: prevRow, cur: curRow, firstPrev, firstCur } = rows;
  // Column-wise over the window: after j window characters, prevRow[i] = LCS(title[0,i), W[0,j)).
  // Also track, per cell, the window position where the alignment's first match happened.
  firstPrev.fill(-1, 0, m + 1);
  prevRow.fill(0, 0, m + 1);
  let best = 0;
  let bestEnd = 0;
  let bestFirst = -1;
  for (let j = 1; j <= n; j++) {
    const c = folded.charCodeAt(from + j - 1);
    curRow[0] = 0;
    firstCur[0] = -1;
    for (let i = 1; i <= m; i++) {
      if (title.charCodeAt(i - 1) === c) {
        curRow[i] = prevRow[i - 1] + 1;
        firstCur[i] = prevRow[i - 1] === 0 ? j - 1 : firstPrev[i - 1];
      } else if (prevRow[i] >= curRow[i - 1]) {
        curRow[i] = prevRow[i];
        firstCur[i] = firstPrev[i];
      } else {
        curRow[i] = curRow[i - 1];
        firstCur[i] = firstCur[i - 1];
      }
    }
    if (curRow[m] > best) {
      best = curRow[m];
      bestEnd = j;
      bestFirst = firstCur[m];
    }
    // swap rows instead of copying
    let t = prevRow;
    prevRow = curRow;
    curRow = t;
    t = firstPrev;
    firstPrev = firstCur;
    firstCur = t;
  }
  if (best === 0) return { matched: 0, first: from, end: from };
  return { matched: best, first: from + bestFirst, end: from + bestEnd };
}

// Per title: for each of its characters, the bit set of the positions where it stands, read
// by a small id per character code (0: in no title seen yet) from a typed array, one typed
// load per window character rather than a Map lookup. A title seen later only adds ids: the
// masks of earlier titles stay right (their characters have their ids already; any id past
// their array's end is a character they do not hold).
const charIds = new Int32Array(65536);
let lastId = 0;
const positionMasks = new Map<string, Int32Array>();

function masksOf(title: string): Int32Array {
  let masks = positionMasks.get(title);
  if (!masks) {
    for (let i = 0; i < title.length; i++) {
      const c = title.charCodeAt(i);
      if (charIds[c] === 0) charIds[c] = ++lastId;
    }
    masks = new Int32Array(lastId + 1);
    for (let i = 0; i < title.length; i++) masks[charIds[title.charCodeAt(i)]] |= 1 << i;
    positionMasks.set(title, masks);
  }
  return masks;
}

/**
 * alignTitle(…).matched alone, bit-parallel (Hyyrö's LCS): one step per window character
 * instead of a row of the table. Lets callers reject most candidates before aligning.
 */
export function lcsLength(title: string, folded: string, from: number, maxLen: number): number {
  const m = title.length;
  const n = Math.min(maxLen, folded.length - from);
  if (n <= 0) return 0;
  if (m > 30) return alignTitle(title, folded, from, maxLen).matched; // bits must fit an int
  const masks = masksOf(title);
  const ids = charIds;
  const known = masks.length;
  const full = (1 << m) - 1;
  let v = full;
  for (let j = 0; j < n; j++) {
    const id = ids[folded.charCodeAt(from + j)];
    const u = id < known ? v & masks[id] : 0;
    v = ((v + u) | (v - u)) & full;
  }
  // the zero bits of v are the matched title positions
  let ones = 0;
  for (; v; v &= v - 1) ones++;
  return m - ones;
}
