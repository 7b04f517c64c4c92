// Scoring one inspected report against its truth, and the structural facts that must hold
// whatever the accuracy. Uses only the core's public document (gouji.report/1).
import type { ErrorDocument, ReportDocument } from '../src/core/types';
import type { GeneratedReport, Truth } from './generate';
import type { PlantSpan } from './marks';
import { CONTRACT_CHECK_PREFIXES } from './template';

export const TABLE_KEYS = ['proactive', 'applications', 'reviewLitigation'] as const;

export interface PlantResult {
  plant: PlantSpan;
  located: boolean;
  found: boolean;
}

export interface ReportScore {
  truth: Truth;
  error: string | null;
  cells: { right: number; total: number };
  cellsByTable: Record<string, { right: number; total: number }>;
  wrongCells: string[];
  /** tables the report prints that came back null */
  nullTables: string[];
  /** tables returned for a report that prints none (pre-2019) */
  phantomTables: string[];
  format: boolean;
  year: boolean;
  agency: boolean;
  got: { format: string | null; year: number | null; agency: string | null };
  checks: { tp: number; fp: number; fn: number; falseFail: string[]; missedFail: string[]; otherFails: number };
  plants: PlantResult[];
  falseFlags: { count: number; chars: number; cleanChars: number; texts: string[] };
  /** the inspected text (null when the core gave no document) */
  docText: string | null;
}

const contract = (id: string) => CONTRACT_CHECK_PREFIXES.some((p) => id.startsWith(p));

function sameValue(v: number | null, d: unknown): boolean {
  if (v === null) return d === null || d === undefined;
  return typeof d === 'number' && Math.abs(d - v) < 1e-6;
}

/** Find each plant in the inspected text: the same offsets when the text is the file, else by context. */
function locate(truth: Truth, source: string, docText: string): ([number, number] | null)[] {
  if (docText === source) return truth.plants.map((p) => p.span);
  const used = new Set<number>();
  return truth.plants.map((p) => {
    const stopL = /[>\n]/;
    const stopR = /[<\n]/;
    let l = '';
    for (let i = p.span[0] - 1; i >= 0 && l.length < 6 && !stopL.test(source[i]); i--) l = source[i] + l;
    let r = '';
    for (let i = p.span[1]; i < source.length && r.length < 6 && !stopR.test(source[i]); i++) r += source[i];
    const run = source.slice(p.span[0], p.span[1]);
    for (const [a, b] of [[l, r], ['', r], [l, '']] as const) {
      if (!a && !b) continue;
      let from = 0;
      for (;;) {
        const at = docText.indexOf(a + run + b, from);
        if (at < 0) break;
        const s = at + a.length;
        if (!used.has(s)) {
          used.add(s);
          return [s, s + run.length] as [number, number];
        }
        from = at + 1;
      }
    }
    return null;
  });
}

export function scoreReport(gen: GeneratedReport, doc: ReportDocument | ErrorDocument | null, thrown?: unknown): ReportScore {
  const truth = gen.truth;
  const base: ReportScore = {
    truth,
    error: null,
    cells: { right: 0, total: 0 },
    cellsByTable: {},
    wrongCells: [],
    nullTables: [],
    phantomTables: [],
    format: false,
    year: false,
    agency: false,
    got: { format: null, year: null, agency: null },
    checks: { tp: 0, fp: 0, fn: truth.failing.length, falseFail: [], missedFail: [...truth.failing], otherFails: 0 },
    plants: truth.plants.map((plant) => ({ plant, located: false, found: false })),
    falseFlags: { count: 0, chars: 0, cleanChars: 0, texts: [] },
    docText: null,
  };
  for (const t of TABLE_KEYS) {
    const tv = truth.tables[t];
    const n = tv ? Object.values(tv).reduce((s, r) => s + Object.keys(r).length, 0) : 0;
    base.cellsByTable[t] = { right: 0, total: n };
    base.cells.total += n;
  }
  if (!doc || 'error' in doc) {
    base.error = thrown ? String(thrown) : doc && 'error' in doc ? doc.error : 'no document';
    for (const t of TABLE_KEYS) if (truth.tables[t]) base.nullTables.push(t);
    return base;
  }
  const s = base;
  s.docText = doc.text;
  s.got = { format: doc.meta.format, year: doc.meta.year, agency: doc.meta.agency };
  s.format = doc.meta.format === truth.format;
  s.year = doc.meta.year === truth.year;
  s.agency = (doc.meta.agency ?? '').replace(/\s+/g, '') === truth.agency;
  for (const t of TABLE_KEYS) {
    const tv = truth.tables[t];
    const dt = doc.tables[t];
    if (!tv) {
      if (dt) s.phantomTables.push(t);
      continue;
    }
    if (!dt) {
      s.nullTables.push(t);
      continue;
    }
    for (const [r, cols] of Object.entries(tv)) {
      for (const [c, v] of Object.entries(cols)) {
        const d = dt.rows?.[r]?.[c];
        if (sameValue(v, d)) {
          s.cells.right++;
          s.cellsByTable[t].right++;
        } else s.wrongCells.push(`${t}.${r}.${c}: ${v} got ${String(d)}`);
      }
    }
  }
  const fails = new Set(doc.checks.filter((c) => c.status === 'fail' && contract(c.id)).map((c) => c.id));
  const planted = new Set(truth.failing);
  s.checks = {
    tp: [...fails].filter((id) => planted.has(id)).length,
    fp: [...fails].filter((id) => !planted.has(id)).length,
    fn: [...planted].filter((id) => !fails.has(id)).length,
    falseFail: [...fails].filter((id) => !planted.has(id)),
    missedFail: [...planted].filter((id) => !fails.has(id)),
    otherFails: doc.checks.filter((c) => c.status === 'fail' && !contract(c.id)).length,
  };

  // garbles: a plant is found when every character of it lies inside some reported garble
  const text = doc.text;
  const covered = new Uint8Array(text.length);
  for (const g of doc.garbles) for (let i = Math.max(0, g.span[0]); i < Math.min(text.length, g.span[1]); i++) covered[i] = 1;
  const spans = locate(truth, gen.text, text);
  const planted01 = new Uint8Array(text.length);
  s.plants = truth.plants.map((plant, k) => {
    const sp = spans[k];
    if (!sp) return { plant, located: false, found: false };
    let found = true;
    for (let i = sp[0]; i < sp[1]; i++) {
      planted01[i] = 1;
      if (!/\s/.test(text[i]) && !covered[i]) found = false;
    }
    return { plant, located: true, found };
  });
  let cleanChars = 0;
  for (let i = 0; i < text.length; i++) if (!planted01[i] && !/\s/.test(text[i])) cleanChars++;
  for (const g of doc.garbles) {
    let hits = false;
    let chars = 0;
    for (let i = Math.max(0, g.span[0]); i < Math.min(text.length, g.span[1]); i++) {
      if (planted01[i]) hits = true;
      else chars++;
    }
    if (!hits) {
      s.falseFlags.count++;
      s.falseFlags.texts.push(`${g.kind}:${g.text}`);
    }
    s.falseFlags.chars += chars;
  }
  s.falseFlags.cleanChars = cleanChars;
  return s;
}

/** Facts that must hold whatever the accuracy: spans inside the text, cells' spans slice to their raw. */
export function structuralProblems(doc: ReportDocument): string[] {
  const out: string[] = [];
  const n = doc.text.length;
  const inside = (sp: unknown, what: string) => {
    if (sp === null || sp === undefined) return;
    if (!Array.isArray(sp) || sp.length !== 2 || !Number.isInteger(sp[0]) || !Number.isInteger(sp[1]) || sp[0] < 0 || sp[1] > n || sp[0] > sp[1]) {
      out.push(`${what}: span ${JSON.stringify(sp)} outside [0, ${n}]`);
    }
  };
  for (const t of TABLE_KEYS) {
    const tb = doc.tables[t];
    if (!tb) continue;
    inside(tb.span, `${t}.span`);
    for (const c of tb.cells) {
      inside(c.span, `${t}.${c.row}.${c.col}`);
      if (c.span && doc.text.slice(c.span[0], c.span[1]) !== c.raw) out.push(`${t}.${c.row}.${c.col}: span slices to ${JSON.stringify(doc.text.slice(c.span[0], c.span[1]))}, raw ${JSON.stringify(c.raw)}`);
    }
  }
  for (const g of doc.garbles) {
    inside(g.span, `garble ${g.kind}`);
    if (doc.text.slice(g.span[0], g.span[1]) !== g.text) out.push(`garble ${g.kind}: span slices to ${JSON.stringify(doc.text.slice(g.span[0], g.span[1]))}, text ${JSON.stringify(g.text)}`);
  }
  for (const c of doc.checks) for (const sp of c.spans ?? []) inside(sp, `check ${c.id}`);
  for (const d of doc.duplicates) {
    inside(d.span, 'duplicate');
    inside(d.of, 'duplicate.of');
  }
  if (doc.meta.agencySpan) inside(doc.meta.agencySpan, 'meta.agencySpan');
  if (doc.meta.yearSpan) inside(doc.meta.yearSpan, 'meta.yearSpan');
  return out;
}
