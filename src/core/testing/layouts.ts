// Every way real copies lay a table out as text (domain.md "What real copies look like"),
// each a function from the printed grid to text. Figures are formatted by the caller.
import { expand, type Grid, type GridCell } from './grid';

export const LAYOUTS = [
  'cell-per-line',
  'tab-prefixed',
  'pipe-suffix',
  'tab-rows',
  'markdown',
  'lone-pipe',
  'pdf-spaces',
  'html',
  'glued',
] as const;
export type Layout = (typeof LAYOUTS)[number];

/** how a figure is printed; null = a blank cell */
export type Fmt = (cell: GridCell) => string;

const starts = (row: GridCell[]) => row;

/** one cell a line, as copied from a web page */
function cellPerLine(grid: Grid, fmt: Fmt): string {
  return grid.flatMap((row) => starts(row).map(fmt)).join('\n');
}

/** Word's text export: each cell a line starting with a tab, a blank line between rows */
function tabPrefixed(grid: Grid, fmt: Fmt): string {
  return grid.map((row) => row.map((c) => `\t${fmt(c) || '\u00a0'}`).join('\n')).join('\n\n');
}

/** `cell |` a line, with `|||` where merged cells end a row */
function pipeSuffix(grid: Grid, fmt: Fmt): string {
  return grid
    .map((row) => {
      const merged = row.reduce((a, c) => a + c.colspan - 1 + c.rowspan - 1, 0);
      return row.map((c) => `${fmt(c)} |`).join('\n') + (merged > 0 ? `\n${'|'.repeat(Math.min(merged, 12) + 1)}` : '\n||');
    })
    .join('\n');
}

/** a row a line, tab-separated, merged positions left empty */
function tabRows(grid: Grid, fmt: Fmt): string {
  return expand(grid)
    .map((row) => row.map(({ cell, start }) => (start ? fmt(cell) : '')).join('\t'))
    .join('\n');
}

function markdown(grid: Grid, fmt: Fmt): string {
  const m = expand(grid);
  const lines = m.map((row) => `| ${row.map(({ cell, start }) => (start ? fmt(cell) : '')).join(' | ')} |`);
  lines.splice(1, 0, `|${m[0].map(() => ' --- |').join('')}`);
  return lines.join('\n');
}

/** a lone `|` on its own line between cells */
function lonePipe(grid: Grid, fmt: Fmt): string {
  return grid.flatMap((row) => row.map(fmt)).join('\n|\n');
}

/**
 * PDF text extraction: labels then figures separated by spaces, one visual row a line; long
 * labels wrapped, a tall rowspan label printed one character a line, page footers inside.
 */
function pdfSpaces(grid: Grid, fmt: Fmt, page: { n: number }): string {
  const lines: string[] = [];
  const footer = () => lines.push(`- ${++page.n} -`);
  grid.forEach((row, r) => {
    const labels = row.filter((c) => !c.ref);
    const figures = row.filter((c) => c.ref);
    const words: string[] = [];
    for (const c of labels) {
      if (c.rowspan > 4 && figures.length) {
        for (const ch of c.text) lines.push(ch); // 三、本年度办理结果 one character a line
        continue;
      }
      words.push(c.text);
    }
    let label = words.join(' ');
    if (label.length > 18 && figures.length) {
      lines.push(label.slice(0, 14));
      label = label.slice(14);
    }
    lines.push([label, ...figures.map(fmt)].filter((x) => x !== '').join(' '));
    if (r % 9 === 8) footer();
  });
  return lines.join('\n');
}

/** crawler text: every cell glued to the next, no separator at all */
function glued(grid: Grid, fmt: Fmt): string {
  return grid.map((row) => row.map(fmt).join('')).join('');
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** an HTML table with rowspan/colspan, &nbsp; in blank cells, header words split over <p> */
export function htmlTable(grid: Grid, fmt: Fmt): string {
  const rows = grid.map((row) => {
    const tds = row.map((c) => {
      const attrs = `${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}${c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}`;
      const text = fmt(c);
      let inner = text === '' ? '&nbsp;' : escapeHtml(text);
      if (!c.ref && text.length >= 4 && text.length <= 8) inner = `<p>${escapeHtml(text.slice(0, 2))}</p><p>${escapeHtml(text.slice(2))}</p>`;
      return `<td${attrs}>${inner}</td>`;
    });
    return `<tr>${tds.join('')}</tr>`;
  });
  return `<table border="1"><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

export function renderTable(layout: Layout, grid: Grid, fmt: Fmt, page: { n: number }): string {
  switch (layout) {
    case 'cell-per-line':
      return cellPerLine(grid, fmt);
    case 'tab-prefixed':
      return tabPrefixed(grid, fmt);
    case 'pipe-suffix':
      return pipeSuffix(grid, fmt);
    case 'tab-rows':
      return tabRows(grid, fmt);
    case 'markdown':
      return markdown(grid, fmt);
    case 'lone-pipe':
      return lonePipe(grid, fmt);
    case 'pdf-spaces':
      return pdfSpaces(grid, fmt, page);
    case 'glued':
      return glued(grid, fmt);
    case 'html':
      return htmlTable(grid, fmt);
  }
}
