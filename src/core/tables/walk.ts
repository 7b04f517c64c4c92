// Walking a table's row labels in template order through a region of the folded text.
// Each row label is searched after the previous one, in a bounded window, so the work stays
// linear in the region; a label's printed numbering (`2.`, `(七)`, `四、`) is taken into its span
// so that, in glued text, the `2` of `00000002.其他法律…` is not read as a figure.
import { defaultMaxCost, findLabel, labelCore, type LabelMatch } from './fuzzy';
import { findGapLabel, MAX_GAP } from './gap';
import type { RowSpec } from './templates';

export interface FoundRow {
  key: string;
  /** label span including its numbering */
  start: number;
  end: number;
  cost: number;
}

const WINDOW = 6000;
/** how far past the previous row a label with a typo is looked for */
const TYPO_WINDOW = 400;

function isSkippable(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2e || c === 0x3001 || c === 0x29 || c === 0x28 || c === 0x2c || c === 0x7c;
}

/** Extend a match backwards over its numbering; returns the new start or -1 when absent. */
export function numberingStart(folded: string, start: number, num: string, floor: number): number {
  const core = num.replace(/[()]/g, '');
  let i = start;
  let skipped = 0;
  while (i > floor && skipped < 4 && isSkippable(folded.charCodeAt(i - 1)) && folded[i - 1] !== core) {
    i--;
    skipped++;
  }
  if (i - core.length < floor || folded.slice(i - core.length, i) !== core) return -1;
  i -= core.length;
  // a Chinese numeral must not be the tail of a longer word (`其他…三` is not `三、`)
  if (i > floor && folded[i - 1] === '(') i--;
  return i;
}

/**
 * The numbering before a label, also when a run of injected characters stands between them
 * (`8.輂傩属于行政查询事项`): in glued text the `8` would otherwise be read as a figure.
 */
export function numberingAcrossRun(folded: string, start: number, num: string, floor: number): number {
  const ns = numberingStart(folded, start, num, floor);
  if (ns >= 0) return ns;
  // the run may stand before the numbering's own dot (`3輂傩.其他`): past the dot first
  let q = start;
  if (q > floor && (folded.charCodeAt(q - 1) === 0x2e || folded.charCodeAt(q - 1) === 0x3001)) q--;
  for (let p = q - 1, g = 1; g <= MAX_GAP && p > floor; p--, g++) {
    const c = folded.charCodeAt(p);
    // the run holds no figure, no padding or punctuation
    if ((c >= 0x30 && c <= 0x39) || isSkippable(c) || c < 0x80) return -1;
    const at = numberingStart(folded, p, num, floor);
    if (at >= 0) return at;
  }
  return -1;
}

function matchSpec(folded: string, spec: RowSpec, from: number, to: number, extra = 0): LabelMatch | null {
  const limit = extra ? defaultMaxCost(labelCore(spec.label).length) + extra : undefined;
  let best = findLabel(folded, spec.label, from, to, limit);
  if (extra) return best;
  for (const label of spec.alt ?? []) {
    // another printed form wins only by starting earlier (or as early, cleaner): search up to there
    const reach = best ? Math.min(to, best.end + labelCore(label).length) : to;
    const m = findLabel(folded, label, from, reach);
    if (m && (!best || m.start < best.start || (m.start === best.start && m.cost < best.cost))) best = m;
  }
  return best;
}

/**
 * Find one row label at or after `from`; short labels must carry their numbering. `typo`: the
 * label may have one more wrong character, and then its numbering must stand before it.
 */
export function findRow(folded: string, spec: RowSpec, from: number, to: number, typo = false): FoundRow | null {
  const needsNum = typo || (labelCore(spec.label).length <= 2 && spec.num !== undefined);
  let cursor = from;
  for (let tries = 0; tries < 20 && cursor < to; tries++) {
    const m = matchSpec(folded, spec, cursor, to, typo ? 1 : 0);
    if (!m) return null;
    let start = m.start;
    if (spec.num) {
      const ns = numberingAcrossRun(folded, m.start, spec.num, Math.max(from - 8, 0));
      if (ns >= 0) start = ns;
      else if (needsNum) {
        cursor = m.end;
        continue;
      }
    }
    // prose quoting the label with its count (新收政府信息公开申请28件) is not the row, nor
    // another row's note naming it (其他对外管理服务事项(…含行政处罚、行政强制…))
    if (countFollows(folded, m.end, to) || insideNote(folded, m.start, m.end, from, to)) {
      cursor = m.end;
      continue;
    }
    let end = m.end;
    if (spec.tail) end = extendTail(folded, end, spec.tail, to);
    return { key: spec.key, start, end, cost: m.cost };
  }
  return null;
}

/**
 * Whether `at` stands inside a bracket opened earlier in its cell (the line, or the part after
 * its last pipe or tab) and not closed before it: a row label's explanatory note. A note
 * wrapped onto a second line opened its bracket on the line before: a bracket closed after the
 * match [at, end) on its own line, and not opened there, tells it.
 */
function insideNote(folded: string, at: number, end: number, floor: number, to: number): boolean {
  let depth = 0;
  for (let k = at - 1; k >= floor && at - k < 400; k--) {
    const c = folded.charCodeAt(k);
    if (c === 0x0a || c === 0x7c || c === 0x09) break;
    if (c === 0x29) depth--;
    else if (c === 0x28 && ++depth > 0) return true;
  }
  depth = 0;
  for (let k = end; k < to && k - end < 400; k++) {
    const c = folded.charCodeAt(k);
    if (c === 0x0a || c === 0x7c || c === 0x09) break;
    if (c === 0x28) depth++;
    else if (c === 0x29 && --depth < 0) return true;
  }
  return false;
}

const COUNT_UNITS = new Set(['件', '项', '个', '次', '人', '宗', '起', '条']);

/**
 * A figure with a unit of count right after the label: prose (收到申请28件), not a table cell,
 * also when a run of injected characters stands inside the figure (申请2[深坐期]8件).
 */
function countFollows(folded: string, end: number, to: number): boolean {
  let i = end;
  while (i < to && (folded[i] === ' ' || folded[i] === '\t')) i++;
  const d = i;
  i = digitsEnd(folded, i, to);
  if (i === d || i >= to) return false;
  if (COUNT_UNITS.has(folded[i]!)) return true;
  // up to five Han characters (not a unit, not the next row's numbering), then the figure's rest
  const r = i;
  while (i < to && i - r < 5 && isHan(folded.charCodeAt(i)) && !COUNT_UNITS.has(folded[i]!)) i++;
  if (i === r) return false;
  const e = digitsEnd(folded, i, to);
  return e > i && e < to && COUNT_UNITS.has(folded[e]!);
}

function digitsEnd(folded: string, i: number, to: number): number {
  while (i < to && folded.charCodeAt(i) >= 0x30 && folded.charCodeAt(i) <= 0x39) i++;
  return i;
}

const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/** Take a label's printed continuation (e.g. its parenthesis) into its span when present. */
function extendTail(folded: string, end: number, tail: string, to: number): number {
  const core = labelCore(tail);
  const reach = Math.min(to, end + core.length * 3 + 12);
  const t = findLabel(folded, tail, end, reach, Math.max(1, core.length * 0.3));
  if (!t) return end;
  // only padding or punctuation may stand between the label and its tail
  for (let i = end; i < t.start; i++) {
    const c = folded.charCodeAt(i);
    if (!(c <= 0x20 || c === 0x28 || c === 0x2c || c === 0x3001 || c === 0x7c)) return end;
  }
  let e = t.end;
  if (folded[e] === ')') e++;
  return e;
}

/** A label with one run of injected characters inside it, at a cell's start close by. */
function findGapRow(folded: string, spec: RowSpec, from: number, to: number): FoundRow | null {
  let m: LabelMatch | null = null;
  for (const label of [spec.label, ...(spec.alt ?? [])]) {
    const x = findGapLabel(folded, label, from, m ? m.start : to);
    if (x && (!m || x.start < m.start)) m = x;
  }
  if (!m) return null;
  let start = m.start;
  if (spec.num) {
    const ns = numberingStart(folded, m.start, spec.num, Math.max(from - 8, 0));
    if (ns >= 0) start = ns;
    else if (labelCore(spec.label).length <= 4) return null;
  }
  const end = spec.tail ? extendTail(folded, m.end, spec.tail, to) : m.end;
  return { key: spec.key, start, end, cost: m.cost };
}

/** Walk all rows in order through [from, to). Rows not found are left out. */
export function walkRows(folded: string, specs: RowSpec[], from: number, to: number): FoundRow[] {
  const out: FoundRow[] = [];
  let cursor = from;
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i]!;
    let r = findRow(folded, spec, cursor, Math.min(to, cursor + WINDOW));
    // a misprinted character (重复申青): accepted close by, under its own numbering
    if (!r && spec.num && labelCore(spec.label).length >= 4) r = findRow(folded, spec, cursor, Math.min(to, cursor + TYPO_WINDOW), true);
    // a run of injected characters inside the label: close by, at a cell's start; preferred to
    // an intact copy found far away (in prose after the table, or in another table)
    if (!r || r.start > cursor + TYPO_WINDOW) {
      const g = findGapRow(folded, spec, cursor, Math.min(to, cursor + TYPO_WINDOW, r ? r.start : to));
      if (g) r = g;
    } else if (r.cost > 0) {
      // a match that drops the label's first characters (范性文件 of 规[盼酷乘]范性文件): the
      // whole label with its injected run, starting earlier, is the printed one
      const g = findGapRow(folded, spec, Math.max(cursor, r.start - labelCore(spec.label).length - 8), r.end);
      if (g && g.start < r.start) r = g;
    }
    if (!r) continue;
    // far ahead while a later row stands closer: this row is missing here (what was found is
    // prose or another copy further on), and must not carry the cursor past the rows between
    if (r.start - cursor > TYPO_WINDOW && laterRowBefore(folded, specs, i, cursor, r.start)) continue;
    out.push(r);
    cursor = r.end;
  }
  return out;
}

/** Whether a row after specs[i] is printed in [from, to). */
function laterRowBefore(folded: string, specs: RowSpec[], i: number, from: number, to: number): boolean {
  for (let j = i + 1; j < specs.length; j++) {
    const s = specs[j]!;
    // a short label alone proves little: only one with its numbering, or a long one
    if (labelCore(s.label).length <= 2 && s.num === undefined) continue;
    if (findRow(folded, s, from, to)) return true;
  }
  return false;
}
