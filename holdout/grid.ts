// The three tables as printed grids (merged cells with rowspan/colspan), from which every
// layout is rendered. Cell texts are mutable so damage can be planted in labels and headings.
import { APP_COLS, APP_COL_LABELS, APP_RULE, RL_COLS, RL_COL_LABELS, RL_ROWS, appRows, proBlocks, type TemplateFormat } from './template';
import type { Figures } from './values';

export type TableKey = 'proactive' | 'applications' | 'reviewLitigation';

export interface GCell {
  text: string;
  cs: number;
  rs: number;
  role: 'head' | 'label' | 'value' | 'block';
  /** label depth: 0 the outermost merged label (三、本年度办理结果), 1 a sub-group, 2 an item */
  level?: number;
}

export interface GRow {
  kind: 'head' | 'data' | 'block';
  cells: GCell[];
  rowKey?: string;
}

export interface Grid {
  table: TableKey;
  width: number;
  rows: GRow[];
}

const c = (text: string, role: GCell['role'], cs = 1, rs = 1, level?: number): GCell => ({ text, cs, rs, role, level });

export function applicationsGrid(format: TemplateFormat, fig: Figures): Grid {
  const rows: GRow[] = [
    { kind: 'head', cells: [c(APP_RULE, 'head', 3, 3), c('申请人情况', 'head', 7)] },
    { kind: 'head', cells: [c('自然人', 'head', 1, 2), c('法人或其他组织', 'head', 5), c('总计', 'head', 1, 2)] },
    { kind: 'head', cells: APP_COL_LABELS.slice(1, 6).map((t) => c(t, 'head')) },
  ];
  const defs = appRows(format);
  const groupLen = (i: number, depth: number) => {
    let n = 0;
    while (i + n < defs.length && defs[i + n].parts.length > depth && defs[i + n].parts[depth] === defs[i].parts[depth]) n++;
    return n;
  };
  for (let i = 0; i < defs.length; i++) {
    const d = defs[i];
    const cells: GCell[] = [];
    const prev = defs[i - 1];
    if (d.parts.length === 1) cells.push(c(d.parts[0], 'label', 3, 1, 2));
    else {
      if (!prev || prev.parts[0] !== d.parts[0]) cells.push(c(d.parts[0], 'label', 1, groupLen(i, 0), 0));
      if (d.parts.length === 2) cells.push(c(d.parts[1], 'label', 2, 1, 2));
      else {
        if (!prev || prev.parts[1] !== d.parts[1]) cells.push(c(d.parts[1], 'label', 1, groupLen(i, 1), 1));
        cells.push(c(d.parts[2], 'label', 1, 1, 2));
      }
    }
    for (const col of APP_COLS) cells.push(c(fig.raw.applications[d.key][col], 'value'));
    rows.push({ kind: 'data', cells, rowKey: d.key });
  }
  return { table: 'applications', width: 10, rows };
}

export function reviewGrid(fig: Figures): Grid {
  const rows: GRow[] = [
    { kind: 'head', cells: [c('行政复议', 'head', 5), c('行政诉讼', 'head', 10)] },
    { kind: 'head', cells: [...RL_COL_LABELS.map((t) => c(t, 'head', 1, 2)), c('未经复议直接起诉', 'head', 5), c('复议后起诉', 'head', 5)] },
    { kind: 'head', cells: [...RL_COL_LABELS, ...RL_COL_LABELS].map((t) => c(t, 'head')) },
  ];
  const cells: GCell[] = [];
  for (const r of RL_ROWS) for (const col of RL_COLS) cells.push(c(fig.raw.reviewLitigation[r][col], 'value'));
  rows.push({ kind: 'data', cells, rowKey: 'all' });
  return { table: 'reviewLitigation', width: 15, rows };
}

export function proactiveGrid(format: TemplateFormat, fig: Figures): Grid {
  const rows: GRow[] = [];
  for (const b of proBlocks(format)) {
    rows.push({ kind: 'block', cells: [c(b.heading, 'block', 4)] });
    const head = b.header.map((t, i) => c(t, 'head', i === b.header.length - 1 ? 4 - (b.header.length - 1) : 1));
    rows.push({ kind: 'head', cells: head });
    for (const r of b.rows) {
      const cells = [c(r.label, 'label', 1, 1, 2)];
      b.cols.forEach((col, i) => cells.push(c(fig.raw.proactive[r.key][col], 'value', i === b.cols.length - 1 ? 4 - b.cols.length : 1)));
      rows.push({ kind: 'data', cells, rowKey: r.key });
    }
  }
  return { table: 'proactive', width: 4, rows };
}

/** Where each printed cell stands: matrix[r][col] = the cell whose area covers it, and whether it starts there. */
export function expand(g: Grid): { cell: GCell | null; origin: boolean }[][] {
  const m: { cell: GCell | null; origin: boolean }[][] = g.rows.map(() => Array.from({ length: g.width }, () => ({ cell: null, origin: false })));
  g.rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row.cells) {
      while (col < g.width && m[r][col].cell) col++;
      for (let dr = 0; dr < cell.rs; dr++) {
        for (let dc = 0; dc < cell.cs; dc++) {
          if (r + dr < m.length && col + dc < g.width) m[r + dr][col + dc] = { cell, origin: dr === 0 && dc === 0 };
        }
      }
      col += cell.cs;
    }
  });
  return m;
}
