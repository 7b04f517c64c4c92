// Figures of one held-out report: consistent by construction, then blanks and planted
// mismatches; the printed form of each figure (raw) is chosen here too.
import type { Rng } from './prng';
import { APP_ADDENDS, APP_COLS, RL_COLS, RL_ROWS, appRows, proBlocks, type TemplateFormat, type Values } from './template';

export type FillMode = 'full' | 'zerosBlank' | 'totalOnly' | 'allBlank' | 'someBlank';

export interface Figures {
  /** truth: number or null for a blank cell */
  applications: Values;
  reviewLitigation: Values;
  proactive: Values;
  /** printed text of each cell ('' for blank) */
  raw: Record<'applications' | 'reviewLitigation' | 'proactive', Record<string, Record<string, string>>>;
  planted: { table: string; row: string; col: string; from: number; to: number }[];
}

const POPULAR = new Set(['granted', 'partiallyGranted', 'unavailableNotHeld', 'rejectedComplaint', 'otherHandling', 'otherOther', 'otherOverdueCorrection']);

function appValues(rng: Rng, format: TemplateFormat): Values {
  const scale = rng.weighted([[4, 5], [40, 4], [400, 2]] as const);
  const rows = appRows(format);
  const v: Values = {};
  for (const r of rows) v[r.key] = {};
  for (const c of APP_ADDENDS) {
    let total = 0;
    for (const r of rows.filter((x) => x.result)) {
      const p = (POPULAR.has(r.key) ? 0.6 : 0.12) * (c === 'naturalPerson' ? 1 : 0.25);
      const x = rng.chance(p) ? rng.int(1, Math.max(1, Math.round(scale * (POPULAR.has(r.key) ? 1 : 0.2)))) : 0;
      v[r.key][c] = x;
      total += x;
    }
    v.resultsTotal[c] = total;
    const fwd = rng.chance(0.25) ? rng.int(1, Math.max(1, Math.ceil(scale / 5))) : 0;
    const over = Math.min(total + fwd, rng.chance(0.25) ? rng.int(1, Math.max(1, Math.ceil(scale / 5))) : 0);
    v.carriedForward[c] = fwd;
    v.carriedOver[c] = over;
    v.newReceived[c] = total + fwd - over;
  }
  for (const r of rows) v[r.key].total = APP_ADDENDS.reduce((s, c) => s + (v[r.key][c] ?? 0), 0);
  return v;
}

function rlValues(rng: Rng): Values {
  const v: Values = {};
  const busy = rng.chance(0.4);
  for (const r of RL_ROWS) {
    v[r] = {};
    let t = 0;
    for (const c of RL_COLS.slice(0, 4)) {
      const x = busy && rng.chance(0.4) ? rng.int(1, r === 'review' ? 30 : 8) : 0;
      v[r][c] = x;
      t += x;
    }
    v[r].total = t;
  }
  return v;
}

function proValues(rng: Rng, format: TemplateFormat): Values {
  const v: Values = {};
  const big = rng.chance(0.3);
  for (const b of proBlocks(format)) {
    for (const r of b.rows) {
      v[r.key] = {};
      for (const c of b.cols) {
        let x: number;
        if (c === 'change') x = rng.chance(0.5) ? 0 : rng.int(-20, 30);
        else if (c === 'amount') x = rng.chance(0.3) ? 0 : Math.round(rng.next() * (big ? 500000 : 2000) * 100) / 100;
        else if (c === 'decisions') x = rng.int(0, big ? 90000 : 3000);
        else if (c === 'inForce' || c === 'total') x = rng.int(0, big ? 400 : 60);
        else x = rng.int(0, big ? 60 : 12);
        v[r.key][c] = x;
      }
    }
  }
  return v;
}

const FULL_WIDTH = '０１２３４５６７８９';

function printNumber(rng: Rng, x: number, style: { thousands: boolean; fullWidth: boolean; wan: boolean; plain: boolean }, col: string): string {
  let s: string;
  if (x < 0) s = !style.plain && rng.chance(0.3) ? `减${-x}` : String(x);
  else if (style.thousands && x >= 1000 && Number.isInteger(x)) s = x.toLocaleString('en-US');
  else s = String(x);
  if (style.fullWidth) s = s.replace(/[0-9]/g, (d) => FULL_WIDTH[Number(d)]);
  if (col === 'amount' && style.wan && !style.plain && x !== 0) s += '万元';
  return s;
}

export interface FigureOptions {
  /** layouts where a blank cell leaves no trace (PDF text, glued crawler text) */
  blanksVanish: boolean;
  /** layouts whose figures must stay plain ASCII digits */
  plainDigits: boolean;
  plantMismatch: boolean;
}

function applyFill(rng: Rng, v: Values, mode: FillMode, totalCol: string): void {
  for (const r of Object.keys(v)) {
    for (const c of Object.keys(v[r])) {
      const x = v[r][c];
      if (mode === 'allBlank') v[r][c] = null;
      else if (mode === 'zerosBlank' && x === 0) v[r][c] = null;
      else if (mode === 'totalOnly' && c !== totalCol) v[r][c] = null;
      else if (mode === 'someBlank' && x === 0 && rng.chance(0.15)) v[r][c] = null;
    }
  }
}

export function makeFigures(rng: Rng, format: TemplateFormat, opts: FigureOptions): Figures {
  const applications = appValues(rng, format);
  const reviewLitigation = rlValues(rng);
  const proactive = proValues(rng, format);
  const pickMode = (): FillMode =>
    opts.blanksVanish
      ? rng.weighted([['full', 19], ['allBlank', 1]] as const)
      : rng.weighted([['full', 12], ['zerosBlank', 3], ['totalOnly', 2], ['allBlank', 1], ['someBlank', 2]] as const);
  applyFill(rng, applications, pickMode(), 'total');
  applyFill(rng, reviewLitigation, pickMode(), 'total');
  const proMode = opts.blanksVanish ? 'full' : rng.weighted([['full', 6], ['zerosBlank', 2], ['someBlank', 2]] as const);
  applyFill(rng, proactive, proMode, '');

  const planted: Figures['planted'] = [];
  if (opts.plantMismatch) {
    const n = rng.weighted([[1, 4], [2, 1]] as const);
    for (let k = 0; k < n; k++) {
      const table = rng.chance(0.8) ? 'applications' : 'reviewLitigation';
      const v = table === 'applications' ? applications : reviewLitigation;
      const filled: [string, string][] = [];
      for (const r of Object.keys(v)) for (const c of Object.keys(v[r])) if (v[r][c] !== null) filled.push([r, c]);
      if (filled.length === 0) continue;
      const [r, c] = rng.pick(filled);
      const from = v[r][c] as number;
      let to = from + (rng.chance(0.5) ? 1 : -1) * rng.int(1, 5);
      if (to < 0) to = from + rng.int(1, 5);
      v[r][c] = to;
      planted.push({ table, row: r, col: c, from, to });
    }
  }

  const style = {
    thousands: rng.chance(0.3),
    fullWidth: !opts.plainDigits && rng.chance(0.05),
    wan: rng.chance(0.3),
  };
  const raw = { applications: {}, reviewLitigation: {}, proactive: {} } as Figures['raw'];
  for (const [name, v] of [['applications', applications], ['reviewLitigation', reviewLitigation], ['proactive', proactive]] as const) {
    for (const r of Object.keys(v)) {
      raw[name][r] = {};
      for (const c of Object.keys(v[r])) {
        const x = v[r][c];
        raw[name][r][c] = x === null ? '' : printNumber(rng, x, { ...style, thousands: style.thousands && !opts.plainDigits, plain: opts.plainDigits }, c);
      }
    }
  }
  for (const r of Object.keys(applications)) for (const c of APP_COLS) if (!(c in applications[r])) throw new Error(`missing ${r}.${c}`);
  return { applications, reviewLitigation, proactive, raw, planted };
}
