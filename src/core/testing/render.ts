// A whole synthetic report from a ground truth: title with agency and year, the six sections
// with prose quoting the figures, the three tables in one layout, in simplified or traditional
// script (OpenCC, optionally with Taiwan phrasing), with noise inside labels and label and
// number variants. Returns the bytes to inspect and what must be read from them.
import * as OpenCC from 'opencc-js';
import type { Script } from '../types';
import type { Truth } from './truth';
import { withoutBlanks } from './truth';
import { applicationsGrid, proactiveGrid, reviewGrid, type GridCell } from './grid';
import { htmlTable, renderTable, type Layout } from './layouts';
import { ambiguousGluedRows } from './glued-splits';

export type ScriptChoice = 'simplified' | 'tw' | 'twp';

export interface RenderOptions {
  layout: Layout;
  script: ScriptChoice;
  /** thousands separators on figures ≥ 1000 */
  thousands: boolean;
  /** full-width digits */
  fullWidth: boolean;
  /** 减 17 rather than -17 for a decrease */
  jian: boolean;
  /** random characters injected inside two labels */
  noise: boolean;
  ideographicComma: boolean;
  anotherWording: boolean;
}

export interface Rendered {
  name: string;
  bytes: Uint8Array;
  /** the truth as printed (glued copies print every blank as 0) */
  truth: Truth;
  expectedScript: Script;
  /** `${table}.${row}` of rows a reader cannot split uniquely; may be read as the truth or left blank */
  ambiguous: Set<string>;
}

const converters = new Map<string, (s: string) => string>();
function convert(text: string, script: ScriptChoice): string {
  if (script === 'simplified') return text;
  let c = converters.get(script);
  if (!c) {
    c = OpenCC.Converter({ from: 'cn', to: script });
    converters.set(script, c);
  }
  return c(text);
}

const NOISE = '微束姜謎滲蜜盼酷乘遙';
const FULL = '０１２３４５６７８９';

function formatter(opts: RenderOptions, noisy: Set<string>): (c: GridCell) => string {
  const glued = opts.layout === 'glued';
  return (c) => {
    if (!c.ref) {
      if (!noisy.has(c.text) || c.text.length < 6) return c.text;
      const at = Math.floor(c.text.length / 2);
      return c.text.slice(0, at) + NOISE.slice(c.text.length % 5, (c.text.length % 5) + 3) + c.text.slice(at);
    }
    const v = c.value ?? null;
    if (v === null) return opts.layout === 'pdf-spaces' ? '/' : '';
    if (glued) return String(v);
    const neg = v < 0;
    const abs = Math.abs(v);
    let s = Number.isInteger(abs) ? String(abs) : abs.toFixed(2);
    if (opts.thousands && abs >= 1000) {
      const [int, frac] = s.split('.');
      s = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
    }
    if (opts.fullWidth) s = s.replace(/\d/g, (d) => FULL[Number(d)]);
    if (neg) s = opts.jian ? `减 ${s}` : `-${s}`;
    return s;
  };
}

const PROBLEMS = '一是信息公开的及时性有待提高；二是政策解读形式较为单一。下一步将进一步完善工作机制，加强业务培训。';

export function renderReport(truth0: Truth, opts: RenderOptions): Rendered {
  const truth = opts.layout === 'glued' ? withoutBlanks(truth0) : truth0;
  const style = { ideographicComma: opts.ideographicComma, anotherWording: opts.anotherWording };
  const grids = {
    proactive: proactiveGrid(truth.format, truth.proactive),
    applications: applicationsGrid(truth.format, truth.applications, style),
    reviewLitigation: reviewGrid(truth.reviewLitigation),
  };
  const noisy = new Set(opts.noise ? ['属于四类过程性信息', '1.本机关不掌握相关政府信息', '本机关不掌握相关政府信息'].flatMap((l) => [l, `1.${l}`, `1、${l}`]) : []);
  const fmt = formatter(opts, noisy);
  const page = { n: 0 };
  const html = opts.layout === 'html';
  const table = (k: keyof typeof grids) => (html ? htmlTable(grids[k], fmt) : renderTable(opts.layout, grids[k], fmt, page));
  const { agency, year, prose } = truth;
  const title = `${agency.name}${year}年政府信息公开工作年度报告`;
  const paragraphs: (string | { table: keyof typeof grids })[] = [
    title,
    `本报告根据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    '一、总体情况',
    `${year}年，${agency.name}认真贯彻落实《条例》要求，不断提升政务公开质量。本年度共收到政府信息公开申请${prose.received}件，答复${prose.answered}件，均在法定期限内予以答复。发生政府信息公开行政复议${prose.review}件，行政诉讼${prose.litigation}件。`,
    '二、主动公开政府信息情况',
    { table: 'proactive' },
    '三、收到和处理政府信息公开申请情况',
    { table: 'applications' },
    '四、政府信息公开行政复议、行政诉讼情况',
    { table: 'reviewLitigation' },
    '五、存在的主要问题及改进情况',
    PROBLEMS,
    '六、其他需要报告的事项',
    '无。',
    agency.name,
    `${year + 1}年1月20日`,
  ];
  const parts = paragraphs.map((p) => {
    if (typeof p !== 'string') return table(p.table);
    const text = convert(p, opts.script);
    return html ? `<p>${text}</p>` : text;
  });
  // tables are converted too (labels), figures are untouched by OpenCC
  const body = html ? parts.map((p) => (p.startsWith('<table') ? convert(p, opts.script) : p)).join('\n') : convert(parts.join('\n'), opts.script);
  const text = html ? `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${convert(title, opts.script)}</title></head><body>\n${body}\n</body></html>` : body;
  return {
    name: html ? 'generated.html' : 'generated.txt',
    bytes: new TextEncoder().encode(text),
    truth,
    expectedScript: opts.script === 'simplified' ? 'simplified' : 'traditional',
    ambiguous: opts.layout === 'glued' ? ambiguousGluedRows(truth) : new Set(),
  };
}
