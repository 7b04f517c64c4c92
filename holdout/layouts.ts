// Every layout of domain.md ("What real copies look like"), rendered from the grids, plus the
// output of PDF→Markdown/OCR converters (issue 9 item 5).
import type { Rng } from './prng';
import { expand, type GCell, type Grid } from './grid';
import { isMarker, unmark } from './marks';

export const LAYOUTS = [
  'one-cell', 'tab-prefixed', 'cell-pipe', 'tab-rows', 'markdown', 'lone-pipe', 'pdf-text', 'html', 'glued', 'converter-md',
] as const;
export type Layout = (typeof LAYOUTS)[number];

/** Layouts in which a blank cell leaves no trace in the text. */
export const BLANKS_VANISH: ReadonlySet<Layout> = new Set(['pdf-text', 'glued']);

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'para'; text: string }
  | { kind: 'sig'; text: string }
  | { kind: 'table'; grid: Grid };

/** Split s into pieces of about n visible characters, never inside a marked run. */
export function chunks(s: string, n: number): string[] {
  const out: string[] = [];
  let cur = '';
  let vis = 0;
  let depth = 0;
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (isMarker(ch)) depth += code === 0xf0ff ? -1 : 1;
    cur += ch;
    if (!isMarker(ch)) vis++;
    if (vis >= n && depth === 0) {
      out.push(cur);
      cur = '';
      vis = 0;
    }
  }
  if (cur) out.push(cur);
  return out;
}

function originRows(g: Grid): GCell[][] {
  return g.rows.map((r) => r.cells);
}

function matrixTexts(g: Grid): string[][] {
  return expand(g).map((row) => row.map((x) => (x.origin && x.cell ? x.cell.text : '')));
}

function renderTableText(g: Grid, layout: Layout, rng: Rng): string {
  switch (layout) {
    case 'one-cell':
      return originRows(g).flat().map((c) => c.text).join('\n');
    case 'tab-prefixed':
      return originRows(g)
        .map((cells) => cells.map((c) => '\t' + (c.role === 'value' && c.text === '' ? '\u00a0' : c.text)).join('\n'))
        .join('\n\n');
    case 'cell-pipe': {
      const m = expand(g);
      return g.rows
        .map((row, r) => {
          const lines = row.cells.map((c) => `${c.text} |`);
          const rest = m[r].filter((x) => !x.origin).length;
          if (rest > 0) lines.push('|'.repeat(rest));
          return lines.join('\n');
        })
        .join('\n');
    }
    case 'tab-rows':
      return matrixTexts(g).map((r) => r.join('\t')).join('\n');
    case 'markdown': {
      const lines = matrixTexts(g).map((r) => `| ${r.join(' | ')} |`);
      lines.splice(1, 0, `|${Array.from({ length: g.width }, () => '---').join('|')}|`);
      return lines.join('\n');
    }
    case 'lone-pipe':
      return originRows(g).map((cells) => cells.map((c) => c.text).join('\n|\n')).join('\n');
    case 'glued':
      return originRows(g).flat().map((c) => c.text).join('');
    case 'pdf-text':
      return renderPdfTable(g, rng);
    case 'converter-md':
      return renderConverterTable(g, rng);
    case 'html':
      return renderHtmlTable(g, rng);
  }
}

function pdfWrapWord(s: string, rng: Rng): string {
  if (s.length <= 3 || rng.chance(0.4)) return s;
  const parts = chunks(s, rng.int(2, 4));
  return parts.map((p) => (rng.chance(0.3) ? [...p].join(' ') : p)).join('\n');
}

function renderPdfTable(g: Grid, rng: Rng): string {
  const lines: string[] = [];
  for (const row of g.rows) {
    if (row.kind === 'block') {
      lines.push(row.cells[0].text.replace('第二十条', '第二十条 '));
      continue;
    }
    if (row.kind === 'head') {
      if (g.table === 'proactive') lines.push(row.cells.map((c) => c.text).join(' '));
      else for (const c of row.cells) lines.push(...(c.text.length > 20 ? chunks(c.text, 22) : [pdfWrapWord(c.text, rng)]));
      continue;
    }
    const labels = row.cells.filter((c) => c.role === 'label');
    const values = row.cells.filter((c) => c.role === 'value' && c.text !== '').map((c) => c.text);
    let lead = '';
    for (const l of labels) {
      if (l.level === 0) lines.push(...chunks(l.text, 1));
      else if (l.level === 1) lines.push(...chunks(l.text, 4));
      else {
        const parts = chunks(l.text, 18);
        lines.push(...parts.slice(0, -1));
        lead = parts[parts.length - 1];
      }
    }
    // PDF text keeps the columns apart with runs of spaces, one or several
    const gap = () => ' '.repeat(rng.chance(0.6) ? 1 : rng.int(2, 6));
    const join = (xs: string[]) => xs.reduce((acc, x, i) => (i === 0 ? x : acc + gap() + x), '');
    if (lead && lead.length > 14 && rng.chance(0.5)) {
      lines.push(lead);
      lines.push(join(values));
    } else lines.push(join([lead, ...values].filter((x) => x !== '')));
  }
  return lines.join('\n');
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function renderHtmlTable(g: Grid, rng: Rng): string {
  const out = ['<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">', '<tbody>'];
  for (const row of g.rows) {
    const tds = row.cells.map((c) => {
      const attrs = (c.rs > 1 ? ` rowspan="${c.rs}"` : '') + (c.cs > 1 ? ` colspan="${c.cs}"` : '');
      let inner: string;
      if (c.role === 'value' && c.text === '') inner = '&nbsp;';
      else if (c.role === 'head' && c.text.length > 3 && rng.chance(0.5)) inner = chunks(c.text, rng.int(2, 4)).map((p) => `<p>${esc(p)}</p>`).join('');
      else inner = `<p style="text-align:center">${esc(c.text)}</p>`;
      return `<td${attrs} valign="middle">${inner}</td>`;
    });
    out.push(`<tr>${tds.join('')}</tr>`);
  }
  out.push('</tbody>', '</table>');
  return out.join('\n');
}

function mdRow(cells: string[], rng: Rng, trailing: number): string {
  const xs = [...cells];
  if (rng.chance(trailing)) xs.push('');
  return `| ${xs.join(' | ')} |`;
}
const mdSep = (n: number) => `|${Array.from({ length: n }, () => ' --- ').join('|')}|`;

const blank = (c: GCell) => (c.text === '' ? '-' : c.text);

/** PDF→Markdown / OCR converter output: one table per page or block, spilled labels, `-` blanks. */
function renderConverterTable(g: Grid, rng: Rng): string {
  const trailing = rng.chance(0.5) ? 0.3 : 0;
  const generic = rng.chance(0.5);
  const out: string[] = [];
  if (g.table === 'proactive') {
    let cur: string[] = [];
    for (const row of g.rows) {
      if (row.kind === 'block') {
        if (cur.length) out.push(cur.join('\n'), '');
        cur = [];
        out.push(rng.chance(0.5) ? `**${row.cells[0].text}**` : `### ${row.cells[0].text}`, '');
      } else if (row.kind === 'head') {
        const hs = row.cells.map((c) => c.text);
        const header = generic ? ['信息内容', ...hs.slice(1).map((_, i) => `数据${i + 1}`)] : hs;
        cur.push(`| ${header.join(' | ')} |`, mdSep(header.length));
      } else cur.push(mdRow(row.cells.map(blank), rng, trailing));
    }
    if (cur.length) out.push(cur.join('\n'));
    return out.join('\n');
  }
  if (g.table === 'reviewLitigation') {
    const vals = g.rows[g.rows.length - 1].cells.map(blank);
    const header = generic
      ? vals.map((_, i) => `数据${i + 1}`)
      : ['行政复议结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '直接起诉结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '复议后起诉结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    return [`| ${header.join(' | ')} |`, mdSep(header.length), mdRow(vals, rng, trailing)].join('\n');
  }
  // applications: columns [group, item, 7 figures]
  const header = generic ? ['', '', ...Array.from({ length: 7 }, (_, i) => `数据${i + 1}`)] : ['申请人情况', '', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
  const openTable = () => [`| ${header.join(' | ')} |`, mdSep(header.length)];
  let cur: string[] = openTable();
  const data = g.rows.filter((r) => r.kind === 'data');
  const pageBreak = rng.chance(0.7) ? rng.int(6, data.length - 4) : -1;
  let spill: string[] = [];
  data.forEach((row, i) => {
    if (i === pageBreak) {
      out.push(cur.join('\n'), '', `- ${rng.int(3, 9)} -`, '');
      cur = openTable();
    }
    const labels = row.cells.filter((c) => c.role === 'label');
    const values = row.cells.filter((c) => c.role === 'value').map(blank);
    const sub = labels.find((l) => l.level === 1);
    const item = labels.find((l) => l.level === 2);
    if (sub) spill = chunks(sub.text, Math.ceil([...sub.text].filter((ch) => !isMarker(ch)).length / 2));
    let first = spill.length ? spill.shift()! : '';
    if (labels.length === 1 && labels[0].level === 2 && !sub) {
      // a label of its own row (一、二、四、): sometimes a heading above a one-row table
      if (rng.chance(0.25)) {
        out.push(cur.join('\n'), '', `### ${item!.text}`, '');
        out.push([`| 项目 | ${header.slice(2).join(' | ')} |`, mdSep(8), mdRow([chunks(unmark(item!.text), 4)[0], ...values], rng, trailing)].join('\n'), '');
        cur = openTable();
        return;
      }
    }
    const group = labels.find((l) => l.level === 0);
    if (group && !first) first = group.text;
    const own = item ? item.text : '';
    const unlabeled = i > 2 && rng.chance(0.06);
    cur.push(mdRow(unlabeled ? ['', '', ...values] : [first, own, ...values], rng, trailing));
  });
  out.push(cur.join('\n'));
  return out.join('\n');
}

function addPageFooters(text: string, rng: Rng): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let page = 1;
  const every = rng.int(30, 45);
  out.push(`- ${page++} -`);
  lines.forEach((l, i) => {
    out.push(l);
    if ((i + 1) % every === 0) out.push(`- ${page++} -`);
  });
  return out.join('\n');
}

export function renderDocument(blocks: Block[], layout: Layout, rng: Rng, encodingLabel: string): string {
  if (layout === 'html') {
    const title = blocks.find((b) => b.kind === 'title');
    const body = blocks.map((b) => {
      if (b.kind === 'table') return renderHtmlTable(b.grid, rng);
      if (b.kind === 'title') return `<div class="article-title"><h1>${esc(b.text)}</h1></div>`;
      if (b.kind === 'heading') return `<p><strong>${esc(b.text)}</strong></p>`;
      if (b.kind === 'sig') return `<p style="text-align:right">${esc(b.text).replace(/\n/g, '<br/>')}</p>`;
      return `<p style="text-indent:2em">${esc(b.text)}</p>`;
    });
    const meta = encodingLabel.startsWith('utf-16') ? '' : `<meta http-equiv="Content-Type" content="text/html; charset=${encodingLabel}">`;
    return `<!DOCTYPE html>\n<html><head>${meta}<title>${esc(title && title.kind === 'title' ? title.text : '')}</title></head>\n<body>\n<div class="content">\n${body.join('\n')}\n</div>\n</body></html>\n`;
  }
  if (layout === 'glued') {
    return blocks.map((b) => (b.kind === 'table' ? renderTableText(b.grid, layout, rng) : b.text.replace(/\n/g, ' '))).join(rng.chance(0.5) ? ' ' : '') + '\n';
  }
  if (layout === 'pdf-text') {
    const parts = blocks.map((b) => (b.kind === 'table' ? renderTableText(b.grid, layout, rng) : b.kind === 'para' ? chunks(b.text, 30).join('\n') : b.text));
    return addPageFooters(parts.join('\n'), rng) + '\n';
  }
  if (layout === 'converter-md') {
    const parts = blocks.map((b) => {
      if (b.kind === 'table') return renderTableText(b.grid, layout, rng);
      if (b.kind === 'title') return rng.chance(0.6) ? chunks(b.text, rng.int(8, 14)).map((x, i) => (i === 0 ? `# ${x}` : x)).join('\n') : `# ${b.text}`;
      if (b.kind === 'heading') return `## ${b.text}`;
      return b.text;
    });
    return parts.join('\n\n') + '\n';
  }
  const sep = layout === 'tab-prefixed' ? '\n\n' : '\n';
  return blocks.map((b) => (b.kind === 'table' ? renderTableText(b.grid, layout, rng) : b.text)).join(sep) + '\n';
}
