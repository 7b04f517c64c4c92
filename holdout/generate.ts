// One held-out report from one seed: its bytes, its text and its truth (every cell, agency,
// year, format, the failing checks planted, every planted garble span by kind).
import * as OpenCC from 'opencc-js';
import { Rng } from './prng';
import { Marks, besideOf, chooseIndex, insertAt, strip, type PlantSpan, type Position, type Where } from './marks';
import { BLANKS_VANISH, LAYOUTS, renderDocument, type Block, type Layout } from './layouts';
import { applicationsGrid, proactiveGrid, reviewGrid, type GCell, type Grid } from './grid';
import { makeFigures, type Figures } from './values';
import { truthChecks, type TemplateFormat, type Values } from './template';
import { ENCODINGS, big5Encodable, encodeText, sanitize, type HoldoutEncoding } from './encode';
import {
  BEFORE_APPLICATIONS, BEFORE_PROACTIVE, BEFORE_REVIEW, INVISIBLES, MARKUPS, OTHER_MATTERS, OVERVIEW, PRE2019, PROBLEMS,
  RUN_LENGTHS, drawRun, makeAgency, type Tier,
} from './vocab';

export type HoldoutLayout = Layout | 'prose';
export type HoldoutScript = 'simplified' | 'traditional';

export interface Truth {
  seed: number;
  layout: HoldoutLayout;
  script: HoldoutScript;
  encoding: HoldoutEncoding;
  bom: boolean;
  kind: 'text' | 'html';
  format: TemplateFormat | 'pre-2019';
  agency: string;
  year: number;
  agencyWhere: 'title+signature' | 'title' | 'signature';
  tables: { proactive: Values | null; applications: Values | null; reviewLitigation: Values | null };
  /** contract check ids that fail on the printed figures (planted mismatches and what they break) */
  failing: string[];
  uncertain: string[];
  mismatches: Figures['planted'];
  /** planted garbles; spans index `text` (for html: the HTML source) */
  plants: PlantSpan[];
  duplicated: string[];
  /** characters big5 could not hold, replaced one for one */
  sanitized: number;
}

export interface GeneratedReport {
  name: string;
  bytes: Uint8Array;
  /** the decoded file (without a byte-order mark) */
  text: string;
  truth: Truth;
}

let toTw: ((s: string) => string) | null = null;
function traditional(s: string): string {
  toTw ??= OpenCC.Converter({ from: 'cn', to: 'twp' });
  return toTw(s);
}

const SECTION_TITLES = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];
const PRE2019_TITLES = ['一、概述', '二、主动公开政府信息情况', '三、依申请公开政府信息情况', '四、政府信息公开的收费及减免情况', '五、因政府信息公开申请提起行政复议、行政诉讼的情况', '六、存在的主要问题及改进措施'];

function fill(rng: Rng, s: string, agency: string, year: number): string {
  return s
    .replace(/\{A\}/g, agency)
    .replace(/\{Y\}/g, String(year))
    .replace(/\{P\}/g, String(year - 1))
    .replace(/\{n\d?\}|\{m\}/g, () => String(rng.int(0, 40)));
}

function cloneGrid(g: Grid): Grid {
  return { ...g, rows: g.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c })) })) };
}

export function pickDimensions(rng: Rng): { layout: HoldoutLayout; script: HoldoutScript; encoding: HoldoutEncoding } {
  const layout: HoldoutLayout = rng.chance(0.08) ? 'prose' : rng.pick(LAYOUTS);
  const script: HoldoutScript = rng.chance(0.5) ? 'traditional' : 'simplified';
  const encoding = script === 'traditional'
    ? rng.weighted([['utf-8', 3], ['gb18030', 1], ['big5', 3], ['utf-16le', 1], ['utf-16be', 1]] as const)
    : rng.weighted([['utf-8', 4], ['gb18030', 3], ['utf-16le', 1], ['utf-16be', 1]] as const);
  if (!ENCODINGS.includes(encoding)) throw new Error(encoding);
  return { layout, script, encoding };
}

export function generate(seed: number): GeneratedReport {
  const rng = new Rng(seed * 2654435761 + 17);
  const { layout, script, encoding } = pickDimensions(rng);
  const agency = makeAgency(rng);
  const pre = layout === 'prose';
  const year = pre ? rng.int(2009, 2018) : rng.int(2019, 2025);
  let format: TemplateFormat | 'pre-2019' = pre ? 'pre-2019' : year <= 2020 ? '2019' : '2021';
  if (!pre && rng.chance(0.04)) format = format === '2019' ? '2021' : '2019';
  const agencyWhere = rng.weighted([['title+signature', 6], ['title', 2], ['signature', 2]] as const);
  const self = agencyWhere === 'signature' ? rng.pick(['本机关', '我单位', '我局']) : agency;
  const blanksVanish = !pre && BLANKS_VANISH.has(layout as Layout);
  const fig = pre ? null : makeFigures(rng, format as TemplateFormat, { blanksVanish, plainDigits: blanksVanish || layout === 'converter-md', plantMismatch: rng.chance(layout === 'glued' ? 0.2 : 0.35) });

  // ---- the clean document as blocks
  const blocks: Block[] = [];
  const title = `${agencyWhere === 'signature' ? '' : agency}${year}年政府信息公开工作年度报告`;
  blocks.push({ kind: 'title', text: title });
  blocks.push({ kind: 'para', text: `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和上级有关要求编制。报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。` });
  const paras = (pool: string[], lo: number, hi: number) => {
    const xs = rng.shuffle([...pool]).slice(0, rng.int(lo, hi)).map((s) => fill(rng, s, self, year));
    const out: string[] = [];
    while (xs.length) out.push(xs.splice(0, rng.int(1, 3)).join(''));
    return out;
  };
  const grids: Grid[] = [];
  if (pre) {
    PRE2019_TITLES.forEach((t, i) => {
      blocks.push({ kind: 'heading', text: t });
      const s = PRE2019[Math.min(i, PRE2019.length - 1)];
      blocks.push({ kind: 'para', text: fill(rng, s, self, year) });
    });
  } else {
    const f = format as TemplateFormat;
    const figs = fig as Figures;
    const g2 = proactiveGrid(f, figs);
    const g3 = applicationsGrid(f, figs);
    const g4 = reviewGrid(figs);
    grids.push(g2, g3, g4);
    const heading4 = rng.chance(0.15) ? '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况' : SECTION_TITLES[3];
    blocks.push({ kind: 'heading', text: SECTION_TITLES[0] });
    for (const p of paras(OVERVIEW, 3, 6)) blocks.push({ kind: 'para', text: p });
    if (encoding === 'big5') blocks.push({ kind: 'para', text: '同时加强户籍窗口和便民服务，方便群众办事。' });
    const before = (pool: string[]) => {
      if (rng.chance(0.8)) blocks.push({ kind: 'para', text: fill(rng, rng.pick(pool), self, year) });
    };
    blocks.push({ kind: 'heading', text: SECTION_TITLES[1] });
    before(BEFORE_PROACTIVE);
    blocks.push({ kind: 'table', grid: g2 });
    blocks.push({ kind: 'heading', text: SECTION_TITLES[2] });
    before(BEFORE_APPLICATIONS);
    blocks.push({ kind: 'table', grid: g3 });
    blocks.push({ kind: 'heading', text: heading4 });
    before(BEFORE_REVIEW);
    blocks.push({ kind: 'table', grid: g4 });
    blocks.push({ kind: 'heading', text: SECTION_TITLES[4] });
    for (const p of paras(PROBLEMS, 2, 5)) blocks.push({ kind: 'para', text: p });
    blocks.push({ kind: 'heading', text: SECTION_TITLES[5] });
    blocks.push({ kind: 'para', text: rng.pick(OTHER_MATTERS) });
  }
  if (agencyWhere !== 'title') blocks.push({ kind: 'sig', text: agency });
  blocks.push({ kind: 'sig', text: `${year + 1}年${rng.int(1, 3)}月${rng.int(1, 28)}日` });

  // ---- duplicated blocks, each copy damaged on its own below
  const duplicated: string[] = [];
  const paraIdx = blocks.findIndex((b, i) => b.kind === 'para' && i > 2);
  if (paraIdx > 0 && rng.chance(0.25)) {
    blocks.splice(paraIdx + 1, 0, { ...blocks[paraIdx] });
    duplicated.push('paragraph');
  }
  if (rng.chance(0.2)) {
    const from = blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith(pre ? '五' : rng.chance(0.35) ? '三' : '五'));
    const to = blocks.findIndex((b, i) => i > from && b.kind === 'heading' && b.text.startsWith('六'));
    if (from >= 0 && to > from) {
      const copy = blocks.slice(from, to).map((b) => (b.kind === 'table' ? { kind: 'table' as const, grid: cloneGrid(b.grid) } : { ...b }));
      blocks.push(...copy);
      duplicated.push(`after signature: ${copy.length} blocks`);
    }
  }

  // ---- damage
  const marks = new Marks();
  const canInvisible = encoding !== 'big5';
  const targets = {
    prose: () => blocks.filter((b) => b.kind === 'para') as { text: string }[],
    title: () => blocks.filter((b) => b.kind === 'title') as { text: string }[],
    date: () => blocks.filter((b) => b.kind === 'sig' && /\d年/.test(b.text)) as { text: string }[],
    heading: () => [
      ...(blocks.filter((b) => b.kind === 'heading') as { text: string }[]),
      ...blocks.flatMap((b) => (b.kind === 'table' ? b.grid.rows.flatMap((r) => r.cells.filter((c) => c.role === 'block')) : [])),
    ],
    label: () =>
      blocks.flatMap((b) =>
        b.kind === 'table'
          ? b.grid.rows.flatMap((r) => r.cells.filter((c: GCell) => c.role === 'label' && !(layout === 'pdf-text' && c.level === 0)))
          : [],
      ),
  };
  const runChar = (len: number, tier: Tier) => {
    for (let k = 0; k < 20; k++) {
      const run = drawRun(rng, len, tier);
      if (encoding !== 'big5' || [...run].every(big5Encodable)) return run;
    }
    return drawRun(rng, len, 'top');
  };
  const plantIn = (position: Position, piece: (pos: Position) => { text: string; plant: Parameters<Marks['wrap']>[1] } | null, where: Where) => {
    const list = targets[position]();
    if (list.length === 0) return;
    const t = rng.pick(list);
    const p = piece(position);
    if (!p) return;
    t.text = insertAt(t.text, chooseIndex(t.text, where, rng), marks.wrap(p.text, p.plant));
  };
  const injected = (position: Position) => {
    const length = rng.weighted(RUN_LENGTHS);
    const tier = rng.weighted([['top', 35], ['common', 40], ['rare', 25]] as const);
    return { text: runChar(length, tier), plant: { kind: 'injected' as const, position, tier, length } };
  };
  const nRuns = rng.int(3, 10);
  for (let k = 0; k < nRuns; k++) {
    const position = rng.weighted([['prose', 26], ['label', 16], ['heading', 14], ['title', 10], ['date', 10]] as const);
    const where: Where = position === 'prose'
      ? rng.weighted([['han', 12], ['punctuation', 7], ['digit', 4], ['newline', 3]] as const)
      : position === 'date' ? 'any' : rng.weighted([['han', 3], ['any', 1]] as const);
    plantIn(position, injected, where);
  }
  if (canInvisible) {
    const nInv = rng.int(0, 2);
    for (let k = 0; k < nInv; k++) {
      const position = rng.weighted([['heading', 2], ['title', 2], ['label', 1]] as const);
      plantIn(position, (pos) => ({ text: rng.pick(INVISIBLES), plant: { kind: 'invisible', position: pos, length: 1 } }), 'han');
    }
    if (rng.chance(0.15)) plantIn('prose', (pos) => ({ text: '\ufffd', plant: { kind: 'replacement', position: pos, length: 1 } }), 'han');
  }
  if (rng.chance(0.2)) {
    const position = rng.chance(0.5) ? 'date' : 'prose';
    plantIn(position, (pos) => ({ text: rng.pick(MARKUPS), plant: { kind: 'markup', position: pos, length: 1 } }), position === 'date' ? 'digit' : 'punctuation');
  }

  // ---- render, convert script, strip the markers
  const encLabel = encoding === 'gb18030' ? 'gbk' : encoding;
  let marked = renderDocument(blocks, layout === 'prose' ? 'one-cell' : layout, rng, encLabel);
  if (script === 'traditional') marked = traditional(marked);
  if (encoding === 'big5') marked = marked.replace(/戶/g, '户').replace(/群/g, '羣');
  if ((layout === 'converter-md' || layout === 'pdf-text') && rng.chance(0.7)) marked = marked.replace(/(\d{4})年/g, '$1 年');
  const stripped = strip(marked, marks);
  const { text, replaced } = sanitize(stripped.text, encoding);
  const plants: PlantSpan[] = stripped.spans.map(({ id, span }) => ({
    ...marks.plants[id],
    span,
    text: text.slice(span[0], span[1]),
    beside: besideOf(text, span),
  }));
  plants.sort((a, b) => a.span[0] - b.span[0]);

  const checks = fig ? truthChecks(format as TemplateFormat, fig.applications, fig.reviewLitigation) : [];
  const bom = encoding.startsWith('utf-16') ? rng.chance(0.5) : encoding === 'utf-8' ? rng.chance(0.1) : false;
  const kind = layout === 'html' ? 'html' : 'text';
  const ext = layout === 'html' ? 'html' : layout === 'converter-md' ? 'md' : 'txt';
  return {
    name: `report-${seed}.${ext}`,
    bytes: encodeText(text, encoding, bom),
    text,
    truth: {
      seed, layout, script, encoding, bom, kind, format, agency, year, agencyWhere,
      tables: { proactive: fig?.proactive ?? null, applications: fig?.applications ?? null, reviewLitigation: fig?.reviewLitigation ?? null },
      failing: checks.filter((c) => c.status === 'fail').map((c) => c.id),
      uncertain: checks.filter((c) => c.status === 'uncertain').map((c) => c.id),
      mismatches: fig?.planted ?? [],
      plants,
      duplicated,
      sanitized: replaced,
    },
  };
}
