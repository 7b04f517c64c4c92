// A row label with one run of injected characters inside it (其他[微束姜]处理, 部[谢]分公开):
// the label's characters all stand in order from a cell's start, with one gap of 1–5 other
// characters between two of them (whitespace and punctuation are free anywhere). The edit-distance
// search prices each injected character, so a run of three in a four-character label is beyond
// it; one gap anchored at a cell start is a narrower question with few false answers.
import { PHRASES } from '../normalize/fold';
import { labelCore, type LabelMatch } from './fuzzy';

export const MAX_GAP = 5;

function isFree(c: number): boolean {
  return (
    c <= 0x20 ||
    c === 0x3001 ||
    c === 0x3002 ||
    c === 0xfeff ||
    c === 0x200b ||
    c === 0x200c ||
    c === 0x200d ||
    c === 0x2060 ||
    (c >= 0x21 && c <= 0x2f && c !== 0x2d && c !== 0x2b) ||
    (c >= 0x3a && c <= 0x40) ||
    (c >= 0x5b && c <= 0x60) ||
    (c >= 0x7b && c <= 0x7e)
  );
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

// the last words of the column headers (处理决定数量, 现行有效件数, 采购总金额, 总计): in glued text
// a block's first row label follows its header with nothing between
const HEADER_ENDS = ['数量', '件数', '金额', '总计'];

/**
 * Whether a cell may begin at p: the text's start, after padding or a separator, a figure, or
 * a column header's last word.
 */
export function cellStart(folded: string, p: number, floor: number): boolean {
  if (p <= floor) return true;
  const c = folded.charCodeAt(p - 1);
  return isFree(c) || isDigit(c) || (p - 2 >= floor && HEADER_ENDS.includes(folded.slice(p - 2, p)));
}

/** The label matched from p with at most one gap of injected characters, or null. */
export function gapMatchAt(folded: string, core: string, p: number, to: number): LabelMatch | null {
  if (folded[p] !== core[0]) return null;
  let i = p + 1;
  let j = 1;
  let gap = 0;
  let gapUsed = false;
  while (j < core.length && i < to) {
    const c = folded.charCodeAt(i);
    if (c === core.charCodeAt(j)) {
      j++;
      i++;
      if (gap > 0) gapUsed = true;
      continue;
    }
    if (isFree(c)) {
      i++;
      continue;
    }
    // a gap: only one, not at the label's start, of non-digits, at most MAX_GAP characters
    if (gapUsed || isDigit(c) || ++gap > MAX_GAP) return null;
    i++;
  }
  if (j < core.length) return null;
  return { start: p, end: i, cost: gap * 0.34 };
}

const variants = new Map<string, string[]>();

/**
 * The label and its Taiwan-vocabulary forms (规范性档案 for 规范性文件): the folded view maps the
 * phrase back only when it is printed whole, not with characters injected inside it.
 */
export function labelVariants(label: string): string[] {
  let out = variants.get(label);
  if (!out) {
    out = [label];
    for (const [tw, cn] of PHRASES) if (label.includes(cn)) out.push(label.split(cn).join(tw));
    variants.set(label, out);
  }
  return out;
}

/** The first label (or its Taiwan-vocabulary form) with one gap at a cell start in [from, to). */
export function findGapLabel(folded: string, label: string, from: number, to: number): LabelMatch | null {
  let best: LabelMatch | null = null;
  for (const v of labelVariants(label)) {
    const m = findGapCore(folded, v, from, best ? best.start : to);
    if (m && (!best || m.start < best.start)) best = m;
  }
  return best;
}

function findGapCore(folded: string, label: string, from: number, to: number): LabelMatch | null {
  const core = labelCore(label);
  if (core.length < 2) return null;
  // two characters with a gap between them could be anything in prose: only a whole cell (规[犖]章
  // alone between separators, or before the row's figures) is taken
  const whole = core.length === 2;
  const first = core[0]!;
  for (let p = folded.indexOf(first, from); p >= 0 && p < to; p = folded.indexOf(first, p + 1)) {
    if (!cellStart(folded, p, from)) continue;
    const m = gapMatchAt(folded, core, p, Math.min(to, p + core.length * 3 + MAX_GAP + 8));
    if (m && (!whole || (m.end - m.start <= core.length + MAX_GAP && cellEnd(folded, m.end)))) return m;
  }
  return null;
}

/** Whether a cell ends at e: only spaces or tabs, then a line break, a pipe, a figure or the end. */
function cellEnd(folded: string, e: number): boolean {
  let i = e;
  while (i < folded.length && (folded[i] === ' ' || folded[i] === '\t')) i++;
  if (i >= folded.length) return true;
  const c = folded.charCodeAt(i);
  return c === 0x0a || c === 0x0d || c === 0x7c || isDigit(c) || (i > e && folded[i - 1] === '\t');
}
