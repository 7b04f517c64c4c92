// Finding a row or column label in the folded text despite damage: characters injected
// inside it, line breaks and spaces inside it (wrapped PDF labels, `结 果`), small typos.
// Approximate substring search (Sellers' edit-distance DP) over a bounded window.
import { ScratchPool } from '../scratch';

export interface LabelMatch {
  start: number;
  end: number;
  cost: number;
}

/** Characters a label may be split by at no cost (whitespace, punctuation). */
function isFreeCode(c: number): boolean {
  return (
    c <= 0x20 ||
    c === 0x3001 || // 、
    c === 0x3002 || // 。
    c === 0x7c || // |
    (c >= 0x21 && c <= 0x2f && c !== 0x2d && c !== 0x2b) || // punctuation except - +
    (c >= 0x3a && c <= 0x40) ||
    (c >= 0x5b && c <= 0x60) ||
    (c >= 0x7b && c <= 0x7e) ||
    c === 0xfeff ||
    c === 0x200b
  );
}

// every UTF-16 code's class, computed once: the search loops read one byte per character
const FREE = 1;
const DIGIT = 2;
const CLASS = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) CLASS[c] = isFreeCode(c) ? FREE : c >= 0x30 && c <= 0x39 ? DIGIT : 0;

function isFree(c: number): boolean {
  return CLASS[c] === FREE;
}

const cores = new Map<string, string>();

/** A label reduced to the characters that are matched (no whitespace or punctuation). */
export function labelCore(label: string): string {
  let out = cores.get(label);
  if (out !== undefined) return out;
  out = '';
  for (let i = 0; i < label.length; i++) if (!isFree(label.charCodeAt(i))) out += label[i];
  if (cores.size < 4096) cores.set(label, out);
  return out;
}

const INSERT_COST = 0.34; // an injected character inside a label
const EDIT_COST = 1; // a changed or missing label character

/** How much damage a label of this length may carry and still be recognised. */
export function defaultMaxCost(coreLength: number): number {
  if (coreLength <= 2) return 0;
  if (coreLength <= 4) return 0.7;
  if (coreLength <= 7) return 1.4;
  return Math.min(4, 0.22 * coreLength + 0.4);
}

/**
 * The leftmost good match of `label` in folded[from, to). Digits cannot be skipped inside a
 * label (they are the table's values). Returns null when nothing is within maxCost.
 */
export function findLabel(
  folded: string,
  label: string,
  from: number,
  to: number,
  maxCost?: number,
): LabelMatch | null {
  const core = labelCore(label);
  const L = core.length;
  if (L === 0) return null;
  const limit = maxCost ?? defaultMaxCost(L);
  to = Math.min(to, folded.length);
  from = Math.max(0, from);
  // fast path: the label printed intact (searched only inside [from, to): a slice is not a copy)
  const exact = to >= folded.length ? folded.indexOf(core, from) : indexIn(folded, core, from, to);
  if (exact >= 0 && exact + L <= to) {
    if (limit === 0) return { start: exact, end: exact + L, cost: 0 };
    // a damaged copy may still stand before the intact one; search only up to it
    const earlier = search(folded, core, from, exact, limit);
    return earlier ?? { start: exact, end: exact + L, cost: 0 };
  }
  if (limit === 0) return null;
  return search(folded, core, from, to, limit);
}

/** One search's buffers: grown as labels need, held by one call at a time (see ScratchPool). */
class LabelScratch {
  /** label membership of a character code, by stamp (no per-call table to clear) */
  stamp = new Uint32Array(65536);
  stampId = 0;
  hit = new Uint8Array(64);
  ring = new Int32Array(64);
  D = new Float64Array(64);
  D2 = new Float64Array(64);
  S = new Int32Array(64);
  S2 = new Int32Array(64);
  codes = new Uint16Array(64);
}

const scratches = new ScratchPool(() => new LabelScratch());

function search(folded: string, core: string, from: number, to: number, limit: number): LabelMatch | null {
  const sc = scratches.take();
  try {
    return filtered(folded, core, from, to, limit, sc);
  } finally {
    scratches.give(sc);
  }
}

function indexIn(s: string, sub: string, from: number, to: number): number {
  if (to - from < sub.length) return -1;
  const i = s.slice(from, to).indexOf(sub);
  return i < 0 ? -1 : from + i;
}

/**
 * The edit-distance search is costly per character: run it only where a match is possible.
 * A match within `limit` keeps at least L − limit label characters among at most
 * L + limit / INSERT_COST non-free characters (free ones cost nothing and are not counted), so
 * windows of that many non-free characters holding too few label characters are skipped.
 */
function filtered(folded: string, core: string, from: number, to: number, limit: number, sc: LabelScratch): LabelMatch | null {
  const L = core.length;
  if (to - from < L - limit) return null;
  if (++sc.stampId === 0xffffffff) {
    sc.stamp.fill(0);
    sc.stampId = 1;
  }
  // read into locals: the loops below read them per character
  const id = sc.stampId;
  const mark = sc.stamp;
  const cls = CLASS;
  for (let j = 0; j < L; j++) mark[core.charCodeAt(j)] = id;
  const need = Math.ceil(L - limit - 1e-9);
  // too few label characters in the whole range: no window can hold a match
  let total = 0;
  let firstLabel = to; // the range's first label character, met on the way
  let q = from;
  for (; q < to && total < need; q++) {
    if (mark[folded.charCodeAt(q)] === id && total++ === 0) firstLabel = q;
  }
  if (total < need) return null;
  q = need >= 1 ? q - 1 : from; // the need-th label character: no window before it can match
  const W = L + Math.floor(limit / INSERT_COST + 1e-9);
  if (sc.ring.length < W) {
    sc.ring = new Int32Array(W * 2);
    sc.hit = new Uint8Array(W * 2);
  }
  const ring = sc.ring;
  const hit = sc.hit; // whether each ring entry is a label character (not read again)
  let head = 0; // ring holds the positions of the last W non-free characters
  let count = 0; // how many of them are label characters
  let seen = 0;
  let rangeStart = -1;
  let rangeEnd = -1;
  let nextLabel = from - 1; // the next label character at or after the cursor, once looked for
  let i = from;
  if (q - from > 2 * W) {
    // far: start there, the window behind it rebuilt (its label characters counted)
    let m = 0;
    for (let p = q - 1; p >= from && m < W; p--) if (cls[folded.charCodeAt(p)] !== FREE) m++;
    for (let p = q - 1, k = m - 1; k >= 0; p--) {
      const c = folded.charCodeAt(p);
      if (cls[c] === FREE) continue;
      ring[k] = p;
      const h = mark[c] === id ? 1 : 0;
      hit[k] = h;
      count += h;
      k--;
    }
    head = m === W ? 0 : m;
    seen = m;
    i = q;
    nextLabel = q;
  }
  for (; i < to; i++) {
    // a candidate window left behind: search it now (the leftmost match is wanted)
    if (rangeStart >= 0 && i >= rangeEnd) {
      const m = sellers(folded, core, rangeStart, rangeEnd, limit, sc);
      if (m) return m;
      rangeStart = -1;
    }
    // no label character in the window and no range pending: nothing can happen before the
    // next label character. Far away, jump there and rebuild the window behind it.
    if (count === 0 && rangeStart < 0 && need >= 1 && i > nextLabel) {
      // nothing stands before the first label character: no need to walk there again
      nextLabel = i <= firstLabel ? firstLabel : i;
      while (nextLabel < to && mark[folded.charCodeAt(nextLabel)] !== id) nextLabel++;
      if (nextLabel >= to) break;
      if (nextLabel - i > 2 * W) {
        let m = 0;
        for (let p = nextLabel - 1; p >= from && m < W; p--) if (cls[folded.charCodeAt(p)] !== FREE) m++;
        // the last m non-free characters before it, oldest first (none a label character)
        for (let p = nextLabel - 1, k = m - 1; k >= 0; p--) {
          if (cls[folded.charCodeAt(p)] === FREE) continue;
          ring[k] = p;
          hit[k] = 0;
          k--;
        }
        head = m === W ? 0 : m;
        seen = m;
        i = nextLabel;
      }
    }
    const c = folded.charCodeAt(i);
    if (cls[c] === FREE) continue;
    if (seen >= W) count -= hit[head]!;
    const h = mark[c] === id ? 1 : 0;
    ring[head] = i;
    hit[head] = h;
    head = head + 1 === W ? 0 : head + 1;
    seen++;
    count += h;
    if (count >= need) {
      // the window's first non-free character, and a label's length beyond for a cleaner end
      const ws = seen >= W ? ring[head]! : firstNonFree(folded, from, i);
      const a = Math.max(from, ws - 1);
      const b = Math.min(to, i + 1 + W);
      if (rangeStart < 0) {
        rangeStart = a;
        rangeEnd = b;
      } else if (a <= rangeEnd) rangeEnd = Math.max(rangeEnd, b);
      else {
        const m = sellers(folded, core, rangeStart, rangeEnd, limit, sc);
        if (m) return m;
        rangeStart = a;
        rangeEnd = b;
      }
    }
  }
  return rangeStart < 0 ? null : sellers(folded, core, rangeStart, rangeEnd, limit, sc);
}

function firstNonFree(s: string, from: number, to: number): number {
  let k = from;
  while (k < to && isFree(s.charCodeAt(k))) k++;
  return k;
}

function sellers(folded: string, core: string, from: number, to: number, limit: number, sc: LabelScratch): LabelMatch | null {
  const L = core.length;
  if (sc.D.length < L + 1) {
    sc.D = new Float64Array(2 * L + 2);
    sc.D2 = new Float64Array(2 * L + 2);
    sc.S = new Int32Array(2 * L + 2);
    sc.S2 = new Int32Array(2 * L + 2);
  }
  // the label's codes, read once (not charCodeAt per cell)
  if (sc.codes.length < L) sc.codes = new Uint16Array(2 * L);
  const lab = sc.codes; // read into locals (read per cell below)
  for (let j = 0; j < L; j++) lab[j] = core.charCodeAt(j);
  const classOf = CLASS;
  const editCost = EDIT_COST;
  const insertCost = INSERT_COST;
  let D = sc.D;
  let S = sc.S;
  let D2 = sc.D2;
  let S2 = sc.S2;
  D[0] = 0;
  S[0] = from;
  for (let j = 1; j <= L; j++) {
    D[j] = j * editCost;
    S[j] = from;
  }
  let best: LabelMatch | null = null;
  // Ukkonen's cutoff: costs never fall along a path, so a cell above `limit` cannot lead to a
  // match. Per row only cells 0..ext hold values (true ones wherever they are within `limit`,
  // something above `limit` otherwise); `act` is the last of them within `limit`. Past act + 1,
  // a cell can only come from its left neighbour (a missing label character): once that is
  // above `limit` too, the rest of the row is, and is not computed. Same matches, same starts.
  let ext = L;
  let act = 0;
  while (act < L && (act + 1) * editCost <= limit) act++;
  for (let i = from; i < to; i++) {
    const c = folded.charCodeAt(i);
    const cls = classOf[c]!;
    const ins = cls === FREE ? 0 : cls === DIGIT ? Infinity : insertCost;
    const noSub = cls !== 0;
    D2[0] = 0;
    S2[0] = i + 1;
    let nact = 0;
    // j = 1 apart: a label begun at this character starts here (no branch per cell below)
    {
      let v = D[0]! + (lab[0] === c ? 0 : noSub ? Infinity : editCost);
      let st = i;
      const skip = (ext >= 1 ? D[1]! : Infinity) + ins;
      if (skip < v) {
        v = skip;
        st = S[1]!;
      }
      const del = D2[0]! + editCost;
      if (del < v) {
        v = del;
        st = i + 1;
      }
      D2[1] = v;
      S2[1] = st;
      if (v <= limit) nact = 1;
    }
    let j = 2;
    for (; j <= L; j++) {
      if (j > act + 1 && D2[j - 1]! + editCost > limit) break;
      // match or substitute label[j-1] with text[i]
      let v = (j - 1 <= ext ? D[j - 1]! : Infinity) + (lab[j - 1] === c ? 0 : noSub ? Infinity : editCost);
      let st = S[j - 1]!;
      // skip text[i] inside the label (only once the label has begun)
      const skip = (j <= ext ? D[j]! : Infinity) + ins;
      if (skip < v) {
        v = skip;
        st = S[j]!;
      }
      // label[j-1] missing from the text
      const del = D2[j - 1]! + editCost;
      if (del < v) {
        v = del;
        st = S2[j - 1]!;
      }
      D2[j] = v;
      S2[j] = st;
      if (v <= limit) nact = j;
    }
    ext = j - 1;
    act = nact;
    const cost = ext === L ? D2[L]! : Infinity;
    if (cost <= limit && (best === null || cost < best.cost)) {
      best = { start: S2[L]!, end: i + 1, cost };
    }
    // nothing beats a clean match; once a match is found, look only a label's length further
    // for a cleaner end
    if (best && (best.cost === 0 || i + 1 - best.end > L)) break;
    const td = D;
    D = D2;
    D2 = td;
    const ts = S;
    S = S2;
    S2 = ts;
  }
  if (best) {
    // the start may sit on skipped padding; move it onto the first real character
    while (best.start < best.end && isFree(folded.charCodeAt(best.start))) best.start++;
  }
  return best;
}
