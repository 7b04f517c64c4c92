// HTML → the readable text the app shows and inspects (the worker has no DOMParser, and no
// markup is ever put into a page). Read with htmlparser2's tokenizer (tag-events.ts); entities decoded.
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
//   own lines, so a page wrapped in a layout table does not collapse into one row. The page
//   is read in one streaming pass (no DOM: building one was 3× slower), so a table is taken
//   as a grid until a table opens inside it; then what it holds so far is written as lines.
import { readTags } from './tag-events';

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

const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const CJK_BREAK = new RegExp(`(?<=[${CJK}])\\n(?=[${CJK}])`, 'g');
/** The same ranges as CJK, for one UTF-16 unit (NaN, from an empty string, is not). */
function isCjk(c: number): boolean {
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef);
}
/** The only attributes read (of table cells). */
const SPAN_ATTRIBUTES: ReadonlySet<string> = new Set(['colspan', 'rowspan']);
const HAS_SPACE = /[ \t\n\r\f]/;
const ONLY_SPACE = /^[ \t\n\r\f]+$/;

/**
 * Collects text into lines. `joiner` is what a block boundary becomes: a newline for the
 * page, nothing inside a table cell.
 */
class TextSink {
  /** the finished lines, joined (a string, not an array to join: most cells hold one line) */
  private out = '';
  private empty = true;
  private line = '';
  /** the last UTF-16 unit of line (NaN when line is empty) */
  private lastUnit = NaN;
  /** collapsed whitespace not yet written: 0 none, 1 a space, 2 a space that held a line break */
  private pending: 0 | 1 | 2 = 0;
  constructor(private readonly joiner: string) {}

  text(s: string, pre: boolean): void {
    if (pre) {
      this.flushSpace('');
      s.split('\n').forEach((l, i) => {
        if (i > 0) this.lineBreak();
        this.append(l.replace(/\r$/, ''));
      });
      return;
    }
    if (!HAS_SPACE.test(s)) {
      this.flushSpace(s);
      this.append(s);
      return;
    }
    // The whitespace between tags (most text nodes of a page): only a pending space.
    if (ONLY_SPACE.test(s)) {
      const p = s.includes('\n') ? 2 : 1;
      if (p > this.pending) this.pending = p;
      return;
    }
    // Runs of whitespace become '\n' when they held a line break, else ' '. A line break
    // between two CJK characters is dropped (CSS Text's segment-break rule), so source lines
    // wrapped inside a Chinese sentence or label do not leave spaces in it.
    let t = s.replace(/[ \t\r\f]*\n[ \t\n\r\f]*/g, '\n').replace(/[ \t\r\f]+/g, ' ');
    if (t.includes('\n')) t = t.replace(CJK_BREAK, '');
    const lead = t.match(/^[ \n]+/)?.[0];
    if (lead) {
      this.pending = Math.max(this.pending, lead.includes('\n') ? 2 : 1) as 1 | 2;
      t = t.slice(lead.length);
    }
    if (!t) return;
    const trail = t.match(/[ \n]+$/)?.[0];
    if (trail) t = t.slice(0, -trail.length);
    this.flushSpace(t);
    this.append(t.replace(/\n/g, ' '));
    if (trail) this.pending = trail.includes('\n') ? 2 : 1;
  }

  private append(x: string): void {
    if (x === '') return;
    this.line += x;
    this.lastUnit = x.charCodeAt(x.length - 1);
  }

  /** Writes the pending space before `next`, unless at a line start or a break between CJK. */
  private flushSpace(next: string): void {
    const p = this.pending;
    this.pending = 0;
    if (!p || this.line === '') return;
    // the line's last unit is kept aside: reading it from the line (by a `[…]$` regex or by
    // charCodeAt) flattens the growing string each time, quadratic on a long paragraph
    if (p === 2 && isCjk(this.lastUnit) && isCjk(next.charCodeAt(0))) return;
    this.append(' ');
  }

  lineBreak(): void {
    this.pending = 0;
    const line = this.line;
    // Called at every block tag, mostly with nothing written: no regex, no new string then.
    if (line === '') return;
    let a = 0;
    let b = line.length;
    while (a < b && (line.charCodeAt(a) === 0x20 || line.charCodeAt(a) === 0x09)) a++;
    while (b > a && (line.charCodeAt(b - 1) === 0x20 || line.charCodeAt(b - 1) === 0x09)) b--;
    if (a < b) this.push(a === 0 && b === line.length ? line : line.slice(a, b));
    this.line = '';
    this.lastUnit = NaN;
  }

  private push(l: string): void {
    if (this.empty) {
      this.out = l;
      this.empty = false;
    } else this.out += this.joiner + l;
  }

  /** Whole lines written by a nested collector (a table's rows). */
  lines(rows: string[]): void {
    this.lineBreak();
    for (const r of rows) this.push(r);
  }

  done(): string {
    this.lineBreak();
    return this.out;
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

  /** The rows read so far, the unfinished one included (for a grid that turns out to be layout). */
  rowsSoFar(): string[][] {
    return this.row ? [...this.rows, this.row] : this.rows;
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

function span(value: string, max: number): number {
  const n = parseInt(value, 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

/** A table being read: as a grid, or (once it holds a table) as blocks. */
interface TableFrame {
  grid: Grid | null;
  /** the cell being read (grid mode), with its spans */
  cell: { sink: TextSink; colspan: number; rowspan: number } | null;
  caption: TextSink | null;
}

export function htmlToText(html: string): string {
  const page = new TextSink('\n');
  const tables: TableFrame[] = [];
  /** dropped elements open around the current position (script, style, head…) */
  const dropped: string[] = [];
  let pre = 0;
  /** the cell whose start tag is being read: its attributes arrive after its name */
  let opening: TableFrame['cell'] = null;

  const top = () => (tables.length ? tables[tables.length - 1] : null);
  /** Where text goes: the open cell or caption of the innermost grid, else the page. */
  const sink = (): TextSink => {
    const t = top();
    return t?.cell?.sink ?? t?.caption ?? page;
  };

  /** A table opened inside a grid: that grid was a layout table; write what it holds as lines. */
  const toLayout = (t: TableFrame) => {
    if (!t.grid) return;
    const lines: string[] = [];
    for (const row of t.grid.rowsSoFar()) for (const c of row) if (c) lines.push(c);
    if (t.cell) {
      const c = t.cell.sink.done();
      if (c) lines.push(c);
    }
    t.grid = null;
    t.cell = null;
    page.lines(lines);
  };

  readTags(
    html,
    {
      onopentagname(name) {
        opening = null;
        // A <head> left open must not swallow the page.
        if (name === 'body' && dropped[0] === 'head') dropped.length = 0;
        if (dropped.length) {
          if (DROPPED.has(name)) dropped.push(name);
          return;
        }
        if (DROPPED.has(name)) {
          dropped.push(name);
          return;
        }
        if (name === 'pre') pre++;
        const t = top();
        if (name === 'table') {
          // Only the innermost open table can still be a grid: every table below it turned to
          // layout when a table opened inside it. (Visiting all open tables here was quadratic
          // on nested tables: 160,000 took 47 s.)
          const t0 = top();
          if (t0) toLayout(t0);
          page.lineBreak();
          tables.push({ grid: new Grid(), cell: null, caption: null });
        } else if (t?.grid && name === 'tr') {
          t.grid.startRow();
        } else if (t?.grid && (name === 'td' || name === 'th')) {
          t.cell = opening = { sink: new TextSink(''), colspan: 1, rowspan: 1 };
        } else if (t?.grid && name === 'caption') {
          t.caption = new TextSink('');
        } else if (BLOCKS.has(name)) {
          sink().lineBreak();
        }
      },
      onattribute(name, value) {
        if (!opening) return;
        if (name === 'colspan') opening.colspan = span(value, MAX_COLSPAN);
        else if (name === 'rowspan') opening.rowspan = span(value, MAX_ROWSPAN);
      },
      ontext(text) {
        if (dropped.length) return;
        const t = top();
        // Text lying loose in a grid's rows (not in a cell) is not part of the grid.
        if (t?.grid && !t.cell && !t.caption) return;
        sink().text(text, pre > 0);
      },
      onclosetag(name) {
        if (dropped.length) {
          if (name === dropped[dropped.length - 1]) dropped.pop();
          return;
        }
        if (name === 'pre') pre = Math.max(0, pre - 1);
        const t = top();
        if (name === 'table' && t) {
          tables.pop();
          if (t.grid) page.lines(t.grid.lines());
          else page.lineBreak();
        } else if (t?.grid && (name === 'td' || name === 'th') && t.cell) {
          t.grid.cell(t.cell.sink.done(), t.cell.colspan, t.cell.rowspan);
          t.cell = null;
        } else if (t?.grid && name === 'tr') {
          t.grid.endRow();
        } else if (t?.grid && name === 'caption' && t.caption) {
          const cap = t.caption.done();
          t.caption = null;
          if (cap) page.lines([cap]);
        } else if (BLOCKS.has(name)) {
          sink().lineBreak();
        }
      },
    },
    SPAN_ATTRIBUTES,
  );
  return page.done();
}
