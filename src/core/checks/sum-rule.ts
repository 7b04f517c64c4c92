// One additive rule "the cells on the left add up to the cells on the right", evaluated on a
// table. A blank cell is not a 0 (report-json.md, Checks): every cell blank → skipped; holds with
// blanks as 0 → pass; blanks on the side that falls short could make it hold → uncertain (with
// `blankCells`); else fail. All figures of these tables are counts, so never negative.
import type { Check, Span, Table } from '../types';
import { zhMessage, type DiagnosticIn } from '../diagnostics';

export type CellRef = [string, string];

export function cellValue(table: Table, ref: CellRef): number | null {
  const v = table.rows[ref[0]]?.[ref[1]];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * Spans of a few cells, in the order asked. One pass over the table's cells: the callers (prose
 * and soft checks) ask for a handful of cells once per report, so an index would cost more
 * than it saves; the sum rules read spans through their RuleSet instead.
 */
export function cellSpans(table: Table, refs: readonly CellRef[]): Span[] {
  const found: (Span | undefined)[] = new Array(refs.length);
  for (const c of table.cells) {
    if (!c.span) continue;
    for (let i = 0; i < refs.length; i++) {
      if (found[i] === undefined && refs[i][0] === c.row && refs[i][1] === c.col) found[i] = c.span;
    }
  }
  const spans: Span[] = [];
  for (const span of found) if (span) spans.push(span);
  return spans;
}

/** sum with blanks as 0; null when every cell is blank */
export function sumCells(table: Table, refs: readonly CellRef[]): number | null {
  let sum = 0;
  let any = false;
  for (let i = 0; i < refs.length; i++) {
    const v = cellValue(table, refs[i]);
    if (v !== null) {
      sum += v;
      any = true;
    }
  }
  return any ? round(sum) : null;
}

/** cents are the finest unit printed; avoid 0.1 + 0.2 artefacts */
function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

export interface SumRule {
  id: string;
  /** cells whose sum is `expected` */
  expectedCells: CellRef[];
  /** cells whose sum is `actual` (often the one printed total) */
  actualCells: CellRef[];
  /**
   * what the rule found, as a code with parameters, from the two sides (null = that side is
   * entirely blank); `message` is its Chinese wording
   */
  say: (outcome: SumOutcome, expected: number | null, actual: number | null) => DiagnosticIn<'check.'>;
}

/** how a sum rule reads: holds, does not, blanks could make it hold, nothing to add up */
export type SumOutcome = 'equal' | 'differs' | 'uncertain' | 'skipped';

/**
 * A fixed list of rules with every cell they read numbered once: a table is then read cell by
 * cell into two arrays (values, spans) and each rule only adds up array slots. Reading
 * `table.rows[row][col]` anew for each of ~60 rules was the hot spot of the checks stage.
 */
export interface RuleSet {
  refs: CellRef[];
  /** row → col → slot */
  slots: Map<string, Map<string, number>>;
  /** the same as flat lists (row i: its columns and their slots), read per table without iterating Maps */
  rowKeys: string[];
  colKeys: string[][];
  colSlots: Int32Array[];
  rules: { rule: SumRule; cells: CellRef[]; expected: Int32Array; actual: Int32Array; all: Int32Array }[];
}

export function ruleSet(rules: SumRule[]): RuleSet {
  const refs: CellRef[] = [];
  const slots = new Map<string, Map<string, number>>();
  const slotOf = ([row, col]: CellRef): number => {
    let cols = slots.get(row);
    if (!cols) slots.set(row, (cols = new Map()));
    let slot = cols.get(col);
    if (slot === undefined) {
      cols.set(col, (slot = refs.length));
      refs.push([row, col]);
    }
    return slot;
  };
  const compiled = rules.map((rule) => {
    const cells = [...rule.expectedCells, ...rule.actualCells];
    return {
      rule,
      cells,
      expected: Int32Array.from(rule.expectedCells, slotOf),
      actual: Int32Array.from(rule.actualCells, slotOf),
      all: Int32Array.from(cells, slotOf),
    };
  });
  const rowKeys = [...slots.keys()];
  const colKeys = rowKeys.map((row) => [...slots.get(row)!.keys()]);
  const colSlots = rowKeys.map((row) => Int32Array.from(slots.get(row)!.values()));
  return { refs, slots, rowKeys, colKeys, colSlots, rules: compiled };
}

function sumSlots(values: Float64Array, slots: Int32Array): number | null {
  let sum = 0;
  let any = false;
  for (let i = 0; i < slots.length; i++) {
    const v = values[slots[i]];
    if (v === v) {
      sum += v;
      any = true;
    }
  }
  return any ? round(sum) : null;
}

export function evaluateRuleSet(table: Table, set: RuleSet): Check[] {
  const n = set.refs.length;
  const values = new Float64Array(n).fill(NaN); // NaN = blank
  // the rule set's rows and columns as flat lists (same order as iterating its Maps)
  const { rowKeys, colKeys, colSlots } = set;
  for (let i = 0; i < rowKeys.length; i++) {
    const r = table.rows[rowKeys[i]];
    if (!r) continue;
    const cols = colKeys[i];
    const slots = colSlots[i];
    for (let j = 0; j < cols.length; j++) {
      const v = r[cols[j]];
      if (typeof v === 'number' && Number.isFinite(v)) values[slots[j]] = v;
    }
  }
  const spanAt: (Span | undefined)[] = new Array(n);
  // cells come row by row: a row's column map is looked up once per run of its cells
  let lastRow: string | undefined;
  let rowSlots: Map<string, number> | undefined;
  for (const c of table.cells) {
    if (!c.span) continue;
    if (c.row !== lastRow) {
      lastRow = c.row;
      rowSlots = set.slots.get(c.row);
    }
    const slot = rowSlots?.get(c.col);
    if (slot !== undefined && spanAt[slot] === undefined) spanAt[slot] = c.span;
  }
  const out: Check[] = new Array(set.rules.length);
  for (let r = 0; r < set.rules.length; r++) {
    const { rule, cells, expected: e, actual: a, all } = set.rules[r];
    const spans: Span[] = [];
    for (let i = 0; i < all.length; i++) {
      const span = spanAt[all[i]];
      if (span) spans.push(span);
    }
    const expected = sumSlots(values, e);
    const actual = sumSlots(values, a);
    // verdict asks for the blank cells only when the rule does not hold: most rules hold, and
    // then no closure is made for them (NO_BLANKS is never called there)
    const holds = (expected === null && actual === null) || Math.abs((expected ?? 0) - (actual ?? 0)) < 1e-6;
    out[r] = holds
      ? verdict(rule, cells.slice(), spans, expected, actual, NO_BLANKS, NO_BLANKS)
      : verdict(rule, cells.slice(), spans, expected, actual, () => blankSlots(values, e, cells, 0), () => blankSlots(values, a, cells, e.length));
  }
  return out;
}

const NO_BLANKS = (): CellRef[] => [];

/** the cells of `slots` that are blank (NaN), as refs: cells[from + i] for slot i */
function blankSlots(values: Float64Array, slots: Int32Array, cells: CellRef[], from: number): CellRef[] {
  const refs: CellRef[] = [];
  for (let i = 0; i < slots.length; i++) if (values[slots[i]] !== values[slots[i]]) refs.push(cells[from + i]);
  return refs;
}

export function evaluateSumRule(table: Table, rule: SumRule): Check {
  const cells = [...rule.expectedCells, ...rule.actualCells];
  const blank = (refs: CellRef[]) => () => refs.filter((ref) => cellValue(table, ref) === null);
  return verdict(
    rule, cells, cellSpans(table, cells), sumCells(table, rule.expectedCells), sumCells(table, rule.actualCells),
    blank(rule.expectedCells), blank(rule.actualCells),
  );
}

/**
 * The blank cells that could make a rule hold: those on the side that falls short (a blank
 * figure can only add to its side, never take away), or none.
 */
export function blanksThatCouldFill(expected: number | null, actual: number | null, blankExpected: () => CellRef[], blankActual: () => CellRef[]): CellRef[] {
  const e = expected ?? 0;
  const a = actual ?? 0;
  if (Math.abs(e - a) < 1e-6) return [];
  return e < a ? blankExpected() : blankActual();
}

function verdict(
  rule: SumRule, cells: CellRef[], spans: Span[], expected: number | null, actual: number | null,
  blankExpected: () => CellRef[], blankActual: () => CellRef[],
): Check {
  if (expected === null && actual === null) {
    const d = rule.say('skipped', null, null);
    // code and params written out, not spread (`...d`): a spread costs ~10× the literal on
    // Node 20, ~60 rules a report; the same keys in the same order
    return { id: rule.id, cells, spans, severity: 'error', status: 'skipped', expected: null, actual: null, message: zhMessage(d), code: d.code, params: d.params } as Check;
  }
  const pass = Math.abs((expected ?? 0) - (actual ?? 0)) < 1e-6;
  const blankCells = pass ? [] : blanksThatCouldFill(expected, actual, blankExpected, blankActual);
  const d = rule.say(blankCells.length ? 'uncertain' : pass ? 'equal' : 'differs', expected, actual);
  // the keys in the order they had before codes: the exported JSON only gains code and params
  const check: Check = {
    id: rule.id,
    cells,
    spans,
    severity: 'error',
    status: pass ? 'pass' : blankCells.length ? 'uncertain' : 'fail',
    expected: expected ?? 0,
    actual: actual ?? 0,
    message: zhMessage(d),
    code: d.code,
    params: d.params,
  } as Check;
  if (blankCells.length) check.blankCells = blankCells;
  return check;
}
