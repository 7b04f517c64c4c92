// Finding a row or column label in the folded text despite damage: characters injected
// inside it, line breaks and spaces inside it (wrapped PDF labels, `结 果`), small typos.
// Approximate substring search (Sellers' edit-distance DP) over a bounded window.

export interface LabelMatch {
  start: number;
  end: number;
  cost: number;
}

/** Characters a label may be split by at no cost (whitespace, punctuation). */
function isFree(c: number): boolean {
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

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A label reduced to the characters that are matched (no whitespace or punctuation). */
export function labelCore(label: string): string {
  let out = '';
  for (let i = 0; i < label.length; i++) if (!isFree(label.charCodeAt(i))) out += label[i];
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
  // fast path: the label printed intact
  const exact = folded.indexOf(core, from);
  if (exact >= 0 && exact + L <= to) {
    if (limit === 0) return { start: exact, end: exact + L, cost: 0 };
    // a damaged copy may still stand before the intact one; search only up to it
    const earlier = sellers(folded, core, from, exact, limit);
    return earlier ?? { start: exact, end: exact + L, cost: 0 };
  }
  if (limit === 0) return null;
  return sellers(folded, core, from, to, limit);
}

function sellers(folded: string, core: string, from: number, to: number, limit: number): LabelMatch | null {
  const L = core.length;
  const lab = new Array<number>(L);
  for (let j = 0; j < L; j++) lab[j] = core.charCodeAt(j);
  let D = new Float64Array(L + 1);
  let S = new Int32Array(L + 1);
  let D2 = new Float64Array(L + 1);
  let S2 = new Int32Array(L + 1);
  for (let j = 1; j <= L; j++) {
    D[j] = j * EDIT_COST;
    S[j] = from;
  }
  let best: LabelMatch | null = null;
  for (let i = from; i < to; i++) {
    const c = folded.charCodeAt(i);
    const free = isFree(c);
    const ins = free ? 0 : isDigit(c) ? Infinity : INSERT_COST;
    D2[0] = 0;
    S2[0] = i + 1;
    for (let j = 1; j <= L; j++) {
      // match or substitute label[j-1] with text[i]
      const sub = lab[j - 1] === c ? 0 : free || isDigit(c) ? Infinity : EDIT_COST;
      let v = D[j - 1]! + sub;
      let s = j === 1 ? i : S[j - 1]!;
      // skip text[i] inside the label (only once the label has begun)
      const skip = D[j]! + ins;
      if (skip < v) {
        v = skip;
        s = S[j]!;
      }
      // label[j-1] missing from the text
      const del = D2[j - 1]! + EDIT_COST;
      if (del < v) {
        v = del;
        s = j === 1 ? i + 1 : S2[j - 1]!;
      }
      D2[j] = v;
      S2[j] = s;
    }
    const cost = D2[L]!;
    if (cost <= limit && (best === null || cost < best.cost)) {
      best = { start: S2[L]!, end: i + 1, cost };
    }
    // once a match is found, look only a label's length further for a cleaner end
    if (best && i + 1 - best.end > L) break;
    [D, D2] = [D2, D];
    [S, S2] = [S2, S];
  }
  if (best) {
    // the start may sit on skipped padding; move it onto the first real character
    while (best.start < best.end && isFree(folded.charCodeAt(best.start))) best.start++;
  }
  return best;
}
