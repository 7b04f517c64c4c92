// One printed grid (table 三, table 四, or one 第二十条 block of table 二) with
// @tanstack/react-table v9: the header groups come from the column tree, the row labels
// are drawn with the template's merged cells, and the cells take a roving tabindex.
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { createColumnHelper, tableFeatures, useTable, type ColumnDef } from '@tanstack/react-table';
import type { Cell, Check, Table, TableKey } from '../../core/types';
import type { BlockLayout, ColSpec, RowSpec } from '../report-labels/labels';
import { cellId } from './cell-marks';

export interface GridRow {
  spec: RowSpec;
  cells: Record<string, Cell | undefined>;
}

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, GridRow>();
const LABEL = '__label';

type ColNode = { label: string; children: ColNode[]; spec?: ColSpec };

/** Nest the flat column list under its printed header groups. */
function colTree(cols: ColSpec[]): ColNode[] {
  const root: ColNode[] = [];
  for (const c of cols) {
    let level = root;
    for (const g of c.groups) {
      let node = level.at(-1);
      if (!node || node.spec || node.label !== g) {
        node = { label: g, children: [] };
        level.push(node);
      }
      level = node.children;
    }
    level.push({ label: c.label, children: [], spec: c });
  }
  return root;
}

function buildColumns(block: BlockLayout) {
  // the tree is built at run time, so its members share one erased value type
  type Def = ColumnDef<typeof features, GridRow, unknown>;
  const toDef = (n: ColNode, path: string): Def => {
    if (n.spec) {
      const key = n.spec.key;
      return helper.accessor((r) => r.cells[key], { id: key, header: n.label }) as Def;
    }
    return helper.group({ id: `${path}/${n.label}`, header: n.label, columns: n.children.map((c, i) => toDef(c, `${path}${i}`)) });
  };
  return [helper.display({ id: LABEL, header: block.corner }) as Def, ...colTree(block.cols).map((n, i) => toDef(n, `g${i}`))];
}

export interface CellState {
  bad: Map<string, Check[]>;
  /** blank cells that leave a rule uncertain (figures the report left out) */
  blank: Map<string, Check[]>;
  blankText: string;
  /** words for a guessed cell's alternatives and a corrected cell's former figure */
  guessText: (alts: string) => string;
  fixedText: (from: string) => string;
  totals: Set<string>;
  partText: string;
  selected: Set<string>;
  explain: (row: string, col: string, checks: Check[] | undefined) => string;
  badText: string;
}

interface Props {
  tableKey: TableKey;
  block: BlockLayout;
  table: Table;
  state: CellState;
  caption: string;
  onPick: (row: string, col: string, cell: Cell | undefined, how: 'hover' | 'focus') => void;
}

export function GridTable({ tableKey, block, table, state, caption, onPick }: Props) {
  const data = useMemo<GridRow[]>(() => {
    const byKey = new Map(table.cells.map((c) => [`${c.row}:${c.col}`, c]));
    return block.rows.map((spec) => ({
      spec,
      cells: Object.fromEntries(block.cols.map((c) => [c.key, byKey.get(`${spec.key}:${c.key}`)])),
    }));
  }, [block, table]);
  const columns = useMemo(() => buildColumns(block), [block]);
  const grid = useTable({ features, columns, data, getRowId: (r) => r.spec.key });

  const depth = Math.max(...block.rows.map((r) => r.path.length));
  const colKeys = block.cols.map((c) => c.key);
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const ref = useRef<HTMLTableElement>(null);
  const hoverTimer = useRef<number | undefined>(undefined);
  // Hover selects only when the pointer really moves: Chromium sends mouse events when the
  // layout shifts under a resting pointer, which would steal a selection made elsewhere.
  const pointer = useRef<{ x: number; y: number; cell: string | null }>({ x: -1, y: -1, cell: null });

  const move = (e: KeyboardEvent) => {
    const [r, c] = active;
    const next: Record<string, [number, number]> = {
      ArrowUp: [Math.max(0, r - 1), c],
      ArrowDown: [Math.min(block.rows.length - 1, r + 1), c],
      ArrowLeft: [r, Math.max(0, c - 1)],
      ArrowRight: [r, Math.min(colKeys.length - 1, c + 1)],
      Home: [r, 0],
      End: [r, colKeys.length - 1],
    };
    const to = next[e.key];
    if (!to) return;
    e.preventDefault();
    setActive(to);
    ref.current?.querySelector<HTMLElement>(`[data-cell="${block.rows[to[0]].key}:${colKeys[to[1]]}"]`)?.focus();
  };

  const rows = grid.getRowModel().rows;
  return (
    <table ref={ref} className="tp-grid" role="grid" aria-label={caption} onKeyDown={move}>
      <thead>
        {grid.getHeaderGroups().map((hg) => (
          <tr key={hg.id}>
            {hg.headers.map((h) =>
              h.rowSpan === 0 ? null : (
                <th
                  key={h.id}
                  scope="col"
                  colSpan={h.column.id === LABEL ? depth : h.colSpan}
                  rowSpan={h.rowSpan}
                  className={h.column.id === LABEL ? 'tp-corner' : h.column.columns.length ? 'tp-group' : `tp-colhead${String(h.column.columnDef.header ?? '').length <= 3 ? ' tp-short' : ''}`}
                >
                  <grid.FlexRender header={h} />
                </th>
              ),
            )}
          </tr>
        ))}
      </thead>
      <tbody>
        {rows.map((row, ri) => {
          const spec = row.original.spec;
          return (
            <tr key={row.id}>
              {labelCells(block.rows, ri, depth)}
              {row.getAllCells().map((cell) => {
                if (cell.column.id === LABEL) return null;
                const col = cell.column.id;
                const ci = colKeys.indexOf(col);
                const c = row.original.cells[col];
                const id = cellId(tableKey, spec.key, col);
                const bad = state.bad.get(id);
                const blank = state.blank.get(id);
                const total = bad && state.totals.has(id);
                const isActive = active[0] === ri && active[1] === ci;
                const guess = c?.status === 'ambiguous';
                const fixed = c?.status === 'corrected';
                const cls = ['tp-cell', total ? 'tp-bad' : bad ? 'tp-part' : blank ? 'tp-blank' : '', guess ? 'tp-guess' : '', fixed ? 'tp-fixed' : '', state.selected.has(id) ? 'tp-sel' : '', c?.value === null && c.raw ? 'tp-raw' : '']
                  .filter(Boolean)
                  .join(' ');
                return (
                  <td
                    key={cell.id}
                    className={cls}
                    data-cell={`${spec.key}:${col}`}
                    tabIndex={isActive ? 0 : -1}
                    title={state.explain(spec.key, col, [...(bad ?? []), ...(blank ?? [])])}
                    aria-selected={state.selected.has(id)}
                    onFocus={() => {
                      window.clearTimeout(hoverTimer.current);
                      setActive([ri, ci]);
                      onPick(spec.key, col, c, 'focus');
                    }}
                    onClick={() => {
                      window.clearTimeout(hoverTimer.current);
                      onPick(spec.key, col, c, 'focus');
                    }}
                    onMouseMove={(e) => {
                      const p = pointer.current;
                      const moved = p.x !== e.screenX || p.y !== e.screenY;
                      const entered = p.cell !== id;
                      pointer.current = { x: e.screenX, y: e.screenY, cell: id };
                      if (!moved || !entered) return;
                      window.clearTimeout(hoverTimer.current);
                      hoverTimer.current = window.setTimeout(() => onPick(spec.key, col, c, 'hover'), 120);
                    }}
                    onMouseLeave={() => {
                      window.clearTimeout(hoverTimer.current);
                      pointer.current.cell = null;
                    }}
                  >
                    {total ? <span className="tp-flag" aria-hidden="true">!</span> : bad ? <span className="tp-dot" aria-hidden="true">•</span> : blank ? <span className="tp-q" aria-hidden="true">?</span> : null}
                    {c?.value ?? (c?.raw || '')}
                    {guess ? <span className="tp-mark" aria-hidden="true">≈</span> : fixed ? <span className="tp-mark" aria-hidden="true">✎</span> : null}
                    {guess ? <span className="tp-sr">（{state.guessText((c.alternatives ?? []).map((a) => a ?? '—').join('、'))}）</span> : null}
                    {fixed ? <span className="tp-sr">（{state.fixedText(String(c.corrected?.from ?? '—'))}）</span> : null}
                    {bad ? <span className="tp-sr">（{total ? state.badText : state.partText}）</span> : blank ? <span className="tp-sr">（{state.blankText}）</span> : null}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The row label cells of row i: group labels merged down their run, the own label across the rest. */
function labelCells(rows: RowSpec[], i: number, depth: number) {
  const path = rows[i].path;
  const out = [];
  for (let l = 0; l < path.length; l++) {
    const own = l === path.length - 1;
    const samePrefix = (j: number) => rows[j] && rows[j].path.length > l + 1 && rows[j].path.slice(0, l + 1).join('\u0000') === path.slice(0, l + 1).join('\u0000');
    if (!own) {
      if (i > 0 && samePrefix(i - 1)) continue; // covered by the group cell above
      let n = 1;
      while (samePrefix(i + n)) n++;
      out.push(
        <th key={l} scope="rowgroup" rowSpan={n} className={`tp-rowgroup tp-level${l}${n >= 4 && l === 0 ? ' tp-vertical' : ''}`}>
          {path[l]}
        </th>,
      );
    } else {
      out.push(
        <th key={l} scope="row" colSpan={depth - l} className="tp-rowhead">
          {path[l]}
        </th>,
      );
    }
  }
  return out;
}
