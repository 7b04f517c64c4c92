// How the grid sorts. @tanstack/react-table keeps the sort state and its header toggles
// (manualSorting); the rows are ordered here, on keys worked out once per row and sort: numbers
// by value, text by its rank in the Chinese collator's order (collation-ranks.ts: one collator
// call per new value and neighbour, never per comparison), blanks last either way, ties in the
// rows' own order. The table library's sorted row model compared through Intl.Collator and four
// value look-ups per comparison: one click on 5,000 rows cost ~40–60 ms of main thread.
import { columnVisibilityFeature, createColumnHelper, rowSortingFeature, tableFeatures, type ColumnDef, type SortingState } from '@tanstack/react-table';
import type { BatchEntry } from '../store/batch-slice';
import { COLUMNS, type ColumnSpec } from './grid-columns';
import { CollationRanks } from './collation-ranks';
import { zhCompare } from './filter-rows';

export const features = tableFeatures({ rowSortingFeature, columnVisibilityFeature });
const helper = createColumnHelper<typeof features, BatchEntry>();
type Def = ColumnDef<typeof features, BatchEntry, unknown>;

/** the table's columns: the sort state and header toggles only (numbers sort descending first) */
export const columns: Def[] = COLUMNS.map((c) => helper.accessor((e) => c.value(e), { id: c.id, sortDescFirst: c.numeric }) as Def);

const SPEC = new Map(COLUMNS.map((c) => [c.id as string, c]));

// one rank table per text column, kept across sorts and flushes (rows streaming in add only
// their new values); started again when it has grown far past the workspace it serves
const ranks = new Map<string, CollationRanks>();

/** forget every rank (tests start from none: what one ranked must not carry into the next) */
export function resetRanks(): void {
  ranks.clear();
}

function ranksFor(id: string, all: readonly BatchEntry[]): CollationRanks {
  let r = ranks.get(id);
  if (!r || r.size > 2 * all.length + 1000) ranks.set(id, (r = new CollationRanks(zhCompare)));
  return r;
}

/** the text columns `sorting` sorts on */
const textSorts = (sorting: SortingState): ColumnSpec[] =>
  sorting.map((s) => SPEC.get(s.id)).filter((c): c is ColumnSpec => !!c && !c.numeric);

/** How many values of the rows the sort still has to rank (a few collator calls each). */
export function unranked(all: readonly BatchEntry[], sorting: SortingState): number {
  let n = 0;
  for (const spec of textSorts(sorting)) {
    const r = ranksFor(spec.id, all);
    for (const e of all) {
      const v = spec.value(e);
      if (v !== undefined && !r.has(String(v))) n++;
    }
  }
  return n;
}

/**
 * Rank the values the sort needs until `deadline` (performance.now()); true once all are. The
 * grid calls it in slices when many values are new (the first sort of 5,000 file names is
 * ~65,000 collator calls), so no slice is a long task.
 */
export function rankSome(all: readonly BatchEntry[], sorting: SortingState, deadline: number): boolean {
  let i = 0;
  for (const spec of textSorts(sorting)) {
    const r = ranksFor(spec.id, all);
    for (const e of all) {
      const v = spec.value(e);
      if (v === undefined) continue;
      r.addOne(String(v));
      if (++i % 64 === 0 && performance.now() > deadline) return false;
    }
  }
  return true;
}

/**
 * `data` in the order `sorting` asks for (a new array; `data` itself when nothing sorts).
 * `all`: every row of the workspace (`data` may be filtered), so the ranks cover a filter changed later.
 */
export function sortEntries(data: readonly BatchEntry[], sorting: SortingState, all: readonly BatchEntry[] = data): readonly BatchEntry[] {
  const by = sorting.map((s) => ({ s, spec: SPEC.get(s.id) })).filter((x): x is { s: SortingState[number]; spec: ColumnSpec } => !!x.spec);
  if (by.length === 0 || data.length < 2) return data;
  // per sorted column, one key per row: a number, or NaN for a blank
  const keys = by.map(({ spec }) => {
    const k = new Float64Array(data.length);
    const text = spec.numeric ? null : ranksFor(spec.id, all);
    // values not ranked yet (few, when the grid sliced the rest in before: see rankSome)
    if (text) for (const e of all) { const v = spec.value(e); if (v !== undefined) text.addOne(String(v)); }
    for (let i = 0; i < data.length; i++) {
      const v = spec.value(data[i]!);
      k[i] = v === undefined ? Number.NaN : typeof v === 'number' && !text ? v : text ? text.rank(String(v)) : Number.NaN;
    }
    return k;
  });
  const sign = by.map(({ s }) => (s.desc ? -1 : 1));
  const order = Array.from({ length: data.length }, (_, i) => i);
  order.sort((a, b) => {
    for (let j = 0; j < keys.length; j++) {
      const x = keys[j]![a]!;
      const y = keys[j]![b]!;
      if (x === y) continue;
      // blanks last, ascending or descending
      if (Number.isNaN(x)) {
        if (Number.isNaN(y)) continue;
        return 1;
      }
      if (Number.isNaN(y)) return -1;
      return (x - y) * sign[j]!;
    }
    return a - b;
  });
  return order.map((i) => data[i]!);
}
