// Reading one printed table cell as a number: `12,673`, `94.52万元`, `减 17`, `+3`, `/`.
// Works on the folded text (full-width digits and odd spaces are already ASCII there).

export type CellRead =
  | { kind: 'number'; value: number }
  /** a printed placeholder for "none" (`/`, `-`, `无`): value null, raw kept */
  | { kind: 'nullish' }
  | { kind: 'blank' }
  | { kind: 'text' };

// `?` is what encoders write for a character the target encoding lacks (a NBSP blank saved as
// Big5): no figure was printed there, since digits survive every encoding
const NULLISH = new Set(['/', '-', '--', '---', '无', '／', '—', '——', 'N/A', 'n/a', '\\', '空', '?', '？']);

// sign words, digits with optional thousands separators and decimals, optional unit
// thousands may be separated by commas or (in one cell only) by a space: `12,673`, `1 234`
const NUMBER = /^(减少|减|增加|增|[-+])?\s*(\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+|\d+)(\.\d+)?\s*(万元|元|万|件|条|个|项|次)?$/;

/**
 * Read a cell's folded text. `amountInWan` marks a column whose unit is 万元: a figure printed
 * in 元 there is converted (÷10000).
 */
const BLANK_READ: CellRead = { kind: 'blank' };
const NULLISH_READ: CellRead = { kind: 'nullish' };
const TEXT_READ: CellRead = { kind: 'text' };

export function readCell(folded: string, amountInWan = false): CellRead {
  // the common case first, without a regular expression: plain digits
  const n = folded.length;
  if (n > 0 && n <= 9) {
    let v = 0;
    let k = 0;
    for (; k < n; k++) {
      const c = folded.charCodeAt(k);
      if (c < 0x30 || c > 0x39) break;
      v = v * 10 + (c - 0x30);
    }
    if (k === n) return { kind: 'number', value: v };
  }
  const s = folded.trim();
  if (s === '') return BLANK_READ;
  if (NULLISH.has(s)) return NULLISH_READ;
  // a `?` an encoder wrote for a lost padding character (a NBSP) before the figure: `? 0`
  if ((s[0] === '?' || s[0] === '？') && /^[?？][ \t]+\d/.test(s)) return readCell(s.slice(1), amountInWan);
  // words: a cell holding a figure starts with a digit, a sign or a sign word
  const c0 = s.charCodeAt(0);
  if (!((c0 >= 0x30 && c0 <= 0x39) || c0 === 0x2d || c0 === 0x2b || c0 === 0x51cf || c0 === 0x589e)) return TEXT_READ;
  const m = NUMBER.exec(s);
  if (!m) return TEXT_READ;
  const sign = m[1] === '减' || m[1] === '减少' || m[1] === '-' ? -1 : 1;
  let value = Number(m[2]!.replace(/[, \u00a0\u2009\u202f]/g, '') + (m[3] ?? ''));
  if (m[4] === '元' && amountInWan) value = value / 10000;
  // floating noise from ÷10000 (7539.443252000001) is not a figure anyone printed
  value = Number((sign * value).toPrecision(12));
  return { kind: 'number', value };
}

/** Where the printed text of a cell stands once padding is dropped: [start, end) in the string. */
export function trimBounds(folded: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isPad(folded.charCodeAt(s))) s++;
  while (e > s && isPad(folded.charCodeAt(e - 1))) e--;
  return [s, e];
}

export function isPad(c: number): boolean {
  // space, tab, CR/LF, and characters the fold leaves that still mean nothing in a cell
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0xfeff || c === 0x200b;
}
