// HTML → the readable text the app shows and inspects (the worker has no DOMParser, and no
// markup is ever put into a page). Parsed with htmlparser2; entities decoded.
//
// Text conventions (the table extractor relies on them):
// - Block elements (p, div, br, h1–h6, li, tr, …) end lines; runs of HTML whitespace collapse
//   to one space; lines are trimmed of ASCII spaces (U+00A0 from &nbsp; is kept); no empty lines.
// - script, style, head, noscript, template, select, svg, iframe and comments are dropped.
// - A data table (one without a table inside it) becomes one line per <tr>: the cells'
//   texts separated by TAB. A cell's several <p>/<span>/<br> pieces join without separator.
//   colspan=N adds N−1 empty positions after the cell; rowspan=N leaves an empty position at
//   that column in the N−1 following rows; every row is padded to the table's width, so the
//   grid is rectangular and each column stays at one tab position. A <caption> is its own line.
// - A layout table (one holding another table) is read as blocks: each cell's text on its
//   own lines, so a page wrapped in a layout table does not collapse into one row.
import { parseDocument } from 'htmlparser2';

// Node types taken from the parser itself (domhandler is only its dependency, not ours).
type ChildNode = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<ChildNode, { attribs: Record<string, string> }>;

const DROPPED = new Set(['script', 'style', 'head', 'noscript', 'template', 'select', 'svg', 'iframe', 'object', 'textarea', 'button']);
const BLOCKS = new Set([
  'p', 'div', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'tr', 'td', 'th', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'section', 'article', 'header',
  'footer', 'nav', 'aside', 'main', 'blockquote', 'pre', 'address', 'figure', 'figcaption',
  'form', 'fieldset', 'legend', 'center', 'title', 'body', 'html', 'details', 'summary',
]);

/** Limits that keep hostile markup from making huge rows (HTML caps them alike). */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

/**
 * Collects text into lines. `joiner` is what a block boundary becomes: a newline for the
 * page, nothing inside a table cell.
 */
class TextSink {
  private parts: string[] = [];
  private line = '';
  constructor(private readonly joiner: string) {}

  text(s: string, pre: boolean): void {
    if (pre) {
      const lines = s.split('\n');
      lines.forEach((l, i) => {
        if (i > 0) this.lineBreak();
        this.line += l.replace(/\r$/, '');
      });
      return;
    }
    let t = s.replace(/[ \t\n\r\f]+/g, ' ');
    if (t.startsWith(' ') && (this.line === '' || this.line.endsWith(' '))) t = t.slice(1);
    this.line += t;
  }

  lineBreak(): void {
    const l = this.line.replace(/^[ \t]+|[ \t]+$/g, '');
    if (l) this.parts.push(l);
    this.line = '';
  }

  /** Whole lines written by a nested collector (a table's rows). */
  lines(rows: string[]): void {
    this.lineBreak();
    for (const r of rows) this.parts.push(r);
  }

  done(): string {
    this.lineBreak();
    return this.parts.join(this.joiner);
  }
}

/** One data table being read: finished rows, and columns still covered by a rowspan above. */
class Grid {
  rows: string[][] = [];
  private carry: number[] = [];
  private covered: boolean[] = [];
  private row: string[] | null = null;
  private col = 0;

  startRow(): void {
    this.endRow();
    this.row = [];
    this.col = 0;
    this.covered = this.carry.map((n) => n > 0);
    this.carry = this.carry.map((n) => (n > 0 ? n - 1 : 0));
  }

  cell(text: string, colspan: number, rowspan: number): void {
    if (!this.row) this.startRow();
    const row = this.row!;
    while (this.covered[this.col]) row[this.col++] = '';
    row[this.col] = text;
    for (let k = 0; k < colspan; k++) {
      if (k > 0) row[this.col + k] = '';
      if (rowspan > 1) this.carry[this.col + k] = Math.max(this.carry[this.col + k] ?? 0, rowspan - 1);
    }
    this.col += colspan;
  }

  endRow(): void {
    if (!this.row) return;
    const row = this.row;
    // Positions covered from above after the last cell still belong to this row.
    for (let c = this.col; c < this.covered.length; c++) if (this.covered[c]) row[c] = '';
    for (let c = 0; c < row.length; c++) row[c] ??= '';
    if (row.length) this.rows.push(row);
    this.row = null;
  }

  /** Rows padded to the widest, one tab-separated line each. */
  lines(): string[] {
    this.endRow();
    const width = Math.max(0, ...this.rows.map((r) => r.length));
    return this.rows.map((r) => {
      while (r.length < width) r.push('');
      return r.join('\t');
    });
  }
}

function span(el: Element, attr: string, max: number): number {
  const n = parseInt(el.attribs[attr] ?? '', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

/** Marks tables that contain another table (layout tables), bottom-up without recursion. */
function layoutTables(roots: ChildNode[]): Set<Element> {
  const layout = new Set<Element>();
  const order: Element[] = [];
  const stack: ChildNode[] = [...roots];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'tag' || n.type === 'script' || n.type === 'style') {
      order.push(n as Element);
      for (const c of (n as Element).children) stack.push(c);
    }
  }
  for (const el of order) {
    if (el.name !== 'table') continue;
    for (let p = el.parent; p && p.type !== 'root'; p = p.parent) {
      if ((p as Element).name === 'table') {
        layout.add(p as Element);
        break;
      }
    }
  }
  return layout;
}

type Step = { node: ChildNode; exit: false } | { node: Element; exit: true };

export function htmlToText(html: string): string {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  const layout = layoutTables(doc.children);
  const page = new TextSink('\n');
  const sinks: TextSink[] = [page];
  const grids: Grid[] = [];
  let pre = 0;

  // An explicit stack: Word-exported pages can nest thousands of unclosed tags.
  const stack: Step[] = [];
  for (let i = doc.children.length - 1; i >= 0; i--) stack.push({ node: doc.children[i], exit: false });
  while (stack.length) {
    const step = stack.pop()!;
    const sink = sinks[sinks.length - 1];
    const grid = grids.length ? grids[grids.length - 1] : null;
    if (step.exit) {
      const el = step.node;
      if (el.name === 'pre') pre--;
      if (grid && !layout.has(el) && (el.name === 'td' || el.name === 'th') && sinks.length > 1) {
        const cell = sinks.pop()!;
        grid.cell(cell.done(), span(el, 'colspan', MAX_COLSPAN), span(el, 'rowspan', MAX_ROWSPAN));
      } else if (el.name === 'tr' && grid) {
        grid.endRow();
      } else if (el.name === 'caption' && grid) {
        const cap = sinks.pop()!.done();
        if (cap) sinks[sinks.length - 1].lines([cap]);
      } else if (el.name === 'table' && grid && !layout.has(el)) {
        grids.pop();
        sinks[sinks.length - 1].lines(grid.lines());
      } else if (BLOCKS.has(el.name)) {
        sink.lineBreak();
      }
      continue;
    }
    const node = step.node;
    if (node.type === 'text') {
      // Text lying loose in a table's rows (not in a cell) is not part of the grid.
      if (grid && sinks.length === 1) continue;
      sink.text(node.data, pre > 0);
      continue;
    }
    if (node.type !== 'tag') continue; // comments, directives, CDATA, script and style nodes
    const el = node as Element;
    if (DROPPED.has(el.name)) continue;
    if (el.name === 'table' && !layout.has(el)) {
      sink.lineBreak();
      grids.push(new Grid());
    } else if (grid && el.name === 'tr') {
      grid.startRow();
    } else if (grid && (el.name === 'td' || el.name === 'th')) {
      sinks.push(new TextSink(''));
    } else if (grid && el.name === 'caption') {
      sinks.push(new TextSink(''));
    } else if (BLOCKS.has(el.name)) {
      sink.lineBreak();
    }
    if (el.name === 'pre') pre++;
    stack.push({ node: el, exit: true });
    for (let i = el.children.length - 1; i >= 0; i--) stack.push({ node: el.children[i], exit: false });
  }
  return page.done();
}
