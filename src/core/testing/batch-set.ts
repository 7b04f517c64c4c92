// A generated batch for tests and benchmarks: several bodies, each reporting over several
// years (template 2019 up to 2020, 2021 after), in mixed layouts, scripts and encodings, with
// the year chains consistent (this year's 二、上年结转 = last year's 四、结转下年度) except where a
// break is planted — whose chain check ids are known by construction.
import * as fc from 'fast-check';
import { APPLICANT_COLS } from '../checks/keys';
import { encodeLegacy, encodeUtf16 } from './legacy-encoder';
import { LAYOUTS, type Layout } from './layouts';
import { renderReport, type ScriptChoice } from './render';
import { AGENCIES, arbTruth, type Agency, type Truth } from './truth';

export interface BatchFile {
  /** a relative path: body/year.ext */
  name: string;
  bytes: Uint8Array;
  agency: string;
  year: number;
}

export interface BatchSet {
  files: BatchFile[];
  /** planted chain breaks: `${agency} ${from}→${to} carryOver.total` */
  plantedBreaks: string[];
}

export interface BatchSetOptions {
  /** how many reports in all */
  reports: number;
  /** first year of every chain */
  firstYear?: number;
  /** years per body (bodies = reports / years) */
  years?: number;
  seed?: number;
  /** every how many links a carry-over break is planted (0: none) */
  breakEvery?: number;
  layouts?: readonly Layout[];
}

const v = (x: number | null | undefined) => x ?? 0;

// Made-up places (no real body is meant) × levels × departments: enough distinct bodies for
// large batches, each a name the agency reader accepts (Han characters, a known ending).
const PLACES = ['桂溪', '白沙', '云溪', '石门', '安平', '清河', '龙泉', '桃源', '长宁', '永和', '南岭', '西山', '北林', '湖滨', '松岗', '柳塘', '金沙', '玉泉', '凤鸣', '丰乐', '瑞溪', '平湖', '望江', '梅岭'];
const LEVELS = ['县', '市', '区'];
const DEPARTMENTS = ['人民政府', '公安局', '交通运输局', '生态环境局', '教育局', '财政局', '民政局'];

/** body number b: the generator's seven agencies first, then made-up ones */
export function batchAgency(b: number): Agency {
  if (b < AGENCIES.length) return AGENCIES[b];
  const i = b - AGENCIES.length;
  const place = PLACES[i % PLACES.length];
  const level = LEVELS[Math.floor(i / PLACES.length) % LEVELS.length];
  const dept = DEPARTMENTS[Math.floor(i / (PLACES.length * LEVELS.length)) % DEPARTMENTS.length];
  return { name: `${place}${level}${dept}`, canMakeRules: level === '市' && dept === '人民政府' };
}

/** make `cur` continue `prev`: 二、上年结转 = last 四; 一 adjusted so the report still balances */
function continueChain(prev: Truth, cur: Truth): void {
  const a = cur.applications;
  let total = { carriedOver: 0, newReceived: 0, carriedForward: 0 };
  for (const col of APPLICANT_COLS) {
    const over = v(prev.applications.carriedForward[col]);
    a.carriedOver[col] = over;
    let received = v(a.resultsTotal[col]) + v(a.carriedForward[col]) - over;
    if (received < 0) {
      a.carriedForward[col] = v(a.carriedForward[col]) - received;
      received = 0;
    }
    a.newReceived[col] = received;
    total = { carriedOver: total.carriedOver + over, newReceived: total.newReceived + received, carriedForward: total.carriedForward + v(a.carriedForward[col]) };
  }
  a.carriedOver.total = total.carriedOver;
  a.newReceived.total = total.newReceived;
  a.carriedForward.total = total.carriedForward;
  // the prose quotes 收到 (received) and its answers; keep them in line with the table
  cur.prose = { ...cur.prose, received: total.newReceived };
  const p = cur.proactive;
  if (prev.format === '2021' && cur.format === '2021') {
    for (const row of ['regulations', 'normativeDocuments']) {
      // 现行有效 = last year's + 制发 − 废止; 废止 never more than there is
      const before = v(prev.proactive[row].inForce) + v(p[row].issued);
      p[row].repealed = Math.min(v(p[row].repealed), before);
      p[row].inForce = before - v(p[row].repealed);
    }
  }
  if (prev.format === '2019' && cur.format === '2019') {
    for (const row of ['licensing', 'otherServices', 'penalties', 'enforcement', 'fees']) {
      // 上一年项目数量 = last year's + its 本年增/减 (a decrease never below 0)
      const before = v(prev.proactive[row].previousCount);
      if (v(prev.proactive[row].change) < -before) prev.proactive[row].change = -before;
      p[row].previousCount = before + v(prev.proactive[row].change);
    }
  }
}

function encode(text: string, script: ScriptChoice, pick: number): { bytes: Uint8Array; ext: string } {
  const utf8 = () => new TextEncoder().encode(text);
  if (pick % 4 === 1) {
    const e = encodeLegacy(text, script === 'simplified' ? 'gb18030' : 'big5');
    if (e.missing === 0) return { bytes: e.bytes, ext: 'txt' };
  }
  if (pick % 4 === 2) {
    const body = encodeUtf16(text, 'le');
    const out = new Uint8Array(body.length + 2);
    out.set([0xff, 0xfe]);
    out.set(body, 2);
    return { bytes: out, ext: 'txt' };
  }
  return { bytes: utf8(), ext: 'txt' };
}

export function generateBatchSet(opts: BatchSetOptions): BatchSet {
  const years = opts.years ?? 5;
  const firstYear = opts.firstYear ?? 2019;
  const bodies = Math.ceil(opts.reports / years);
  const seed = opts.seed ?? 7;
  const layouts = opts.layouts ?? LAYOUTS.filter((l) => l !== 'glued');
  const breakEvery = opts.breakEvery ?? 0;
  const files: BatchFile[] = [];
  const plantedBreaks: string[] = [];
  let n = 0;
  let link = 0;
  for (let b = 0; b < bodies && n < opts.reports; b++) {
    const body = batchAgency(b);
    const agency = body.name;
    // every year's truth first: continuing a chain may clamp last year's 本年增/减
    const truths: Truth[] = [];
    for (let y = 0; y < years && n + y < opts.reports; y++) {
      const year = firstYear + y;
      const format = year <= 2020 ? '2019' : '2021';
      const [truth] = fc.sample(arbTruth(format), { seed: seed * 100_003 + n + y, numRuns: 1 });
      truth.year = year;
      truth.agency = body;
      const prev = truths[truths.length - 1];
      if (prev) {
        continueChain(prev, truth);
        link++;
        if (breakEvery > 0 && link % breakEvery === 0) {
          const a = truth.applications;
          a.carriedOver.total = v(a.carriedOver.total) + 3;
          plantedBreaks.push(`${agency} ${year - 1}→${year} carryOver.total`);
        }
      }
      truths.push(truth);
    }
    for (const truth of truths) {
      const layout = layouts[n % layouts.length];
      const script: ScriptChoice = n % 5 === 3 ? 'tw' : 'simplified';
      const r = renderReport(truth, {
        layout, script, thousands: n % 2 === 0, fullWidth: n % 7 === 0, jian: n % 3 === 0, noise: false, ideographicComma: n % 2 === 1, anotherWording: n % 4 === 0,
      });
      const enc = layout === 'html' ? { bytes: r.bytes, ext: 'html' } : encode(new TextDecoder().decode(r.bytes), script, n);
      files.push({ name: `body-${String(b).padStart(3, '0')}/${truth.year}.${enc.ext}`, bytes: enc.bytes, agency, year: truth.year });
      n++;
    }
  }
  return { files, plantedBreaks };
}
