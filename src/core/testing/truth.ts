// Ground truth for generated reports: consistent tables (every 勾稽关系 holds), blanks only
// where the figure is 0, then planted mismatches whose failing check ids are known by
// construction (one changed cell breaks exactly the rules it takes part in).
import * as fc from 'fast-check';
import { APPLICANT_COLS, APPLICATION_COLS, REVIEW_PARTS, REVIEW_ROWS, proactiveLayout, resultRows, type TableFormat } from '../checks/keys';
import type { Rows } from './build-table';

export interface Agency {
  name: string;
  /** may it make 规章 (hand-assigned, not computed by the check under test) */
  canMakeRules: boolean;
}

export const AGENCIES: Agency[] = [
  { name: '江北省公安厅', canMakeRules: true },
  { name: '临川市人民政府', canMakeRules: true },
  { name: '临川市生态环境局', canMakeRules: true },
  { name: '青石县人民政府', canMakeRules: false },
  { name: '青石县交通运输局', canMakeRules: false },
  { name: '临川市东湖区人民政府', canMakeRules: false },
  { name: '青石县白沙镇人民政府', canMakeRules: false },
];

export interface Truth {
  format: TableFormat;
  agency: Agency;
  year: number;
  proactive: Rows;
  applications: Rows;
  reviewLitigation: Rows;
  /** figures quoted in the prose; a planted prose mismatch changes one */
  prose: { received: number; answered: number; review: number; litigation: number };
  /** check ids that must fail (status 'fail'), errors and warnings */
  failing: string[];
}

const small = fc.nat({ max: 40 });

interface Seeds {
  results: number[][]; // [result row][applicant col]
  carried: number[];
  forward: number[];
  review: number[][];
  proactive: ProactiveSeed[];
  blankMask: boolean[];
  plants: { kind: number; a: number; b: number; d: number }[];
  agency: number;
  yearOffset: number;
  zeroCols: boolean[];
}

function seeds(format: TableFormat): fc.Arbitrary<Seeds> {
  const nResults = resultRows(format).length;
  return fc.record({
    results: fc.array(fc.array(fc.oneof(fc.constant(0), fc.constant(0), small), { minLength: 6, maxLength: 6 }), { minLength: nResults, maxLength: nResults }),
    carried: fc.array(fc.nat({ max: 5 }), { minLength: 6, maxLength: 6 }),
    forward: fc.array(fc.nat({ max: 5 }), { minLength: 6, maxLength: 6 }),
    review: fc.array(fc.array(fc.nat({ max: 12 }), { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 3 }),
    proactive: fc.array(proactiveSeed, { minLength: 8, maxLength: 8 }),
    blankMask: fc.array(fc.boolean(), { minLength: 300, maxLength: 300 }),
    plants: fc.array(fc.record({ kind: fc.nat({ max: 4 }), a: fc.nat(), b: fc.nat(), d: fc.integer({ min: 1, max: 9 }) }), { maxLength: 2 }),
    agency: fc.nat({ max: AGENCIES.length - 1 }),
    yearOffset: fc.nat({ max: 3 }),
    // some applicant columns entirely zero (they are often left blank, as in Shanghai)
    zeroCols: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
  });
}

/** One table 二 row's random draws (uniform in [0, 1) each, and a mode for the usual cases). */
interface ProactiveSeed {
  x: number;
  y: number;
  z: number;
  mode: number;
}

const unit = fc.integer({ min: 0, max: 999_999 }).map((n) => n / 1_000_000);
const proactiveSeed: fc.Arbitrary<ProactiveSeed> = fc.record({ x: unit, y: unit, z: unit, mode: fc.nat({ max: 9 }) });

/**
 * A count spread evenly over orders of magnitude from 0 to `max` (as real reports' figures are:
 * 项目数量 from 2 to 2,648, 处理决定数量 from 8 to 3,985,758 in the samples).
 */
const logCount = (u: number, max: number): number => Math.floor(Math.pow(max + 1, u)) - 1;

/**
 * Table 二's figures as real reports print them (fixtures/golden, shared/samples), not
 * independent draws: 新公开 is usually 新制作 and part of 对外公开总数; 现行有效 is last year's
 * plus 制发 minus 废止; 本年增/减 is most often 0 and never takes the count below 0; 处理决定
 * spans orders of magnitude; 采购总金额 is its projects times a plausible average. A body that
 * cannot make 规章 prints 0 for them.
 */
function proactiveFigures(format: TableFormat, draws: ProactiveSeed[], agency: Agency): Rows {
  const out: Rows = {};
  proactiveLayout(format).forEach(([row, cols], i) => {
    const { x, y, z, mode } = draws[i % draws.length]!;
    const v: Record<string, number> = {};
    // 文件 counts: tens in a year (1 … 77 in the samples), hundreds in force
    if (cols[0] === 'made') {
      v.made = mode < 3 ? 0 : 1 + Math.floor(x * 80);
      v.published = mode < 8 ? v.made : Math.floor(y * 80);
      v.total = v.published + Math.floor(z * 500);
    } else if (cols[0] === 'issued') {
      v.issued = mode < 3 ? 0 : 1 + Math.floor(x * 80);
      const before = Math.floor(z * 500);
      v.repealed = mode < 6 ? 0 : Math.min(Math.floor(y * 60), before + v.issued);
      v.inForce = before + v.issued - v.repealed;
    } else if (cols[0] === 'previousCount') {
      v.previousCount = logCount(x, 400);
      // a change is a part of the count (a few items added or dropped), and a decrease never
      // takes it below 0; a body with no item yet may add a few
      const step = 1 + Math.floor(y * Math.min(30, Math.max(3, v.previousCount)));
      v.change = mode < 5 ? 0 : mode < 7 || v.previousCount === 0 ? Math.min(step, Math.max(3, v.previousCount)) : -Math.min(step, v.previousCount);
      if (cols.includes('decisions')) v.decisions = logCount(z, 250_000);
    } else if (cols[0] === 'projects') {
      v.projects = logCount(x, 400);
      // an average project between 1 and 2,000 万元, two decimals
      v.amount = v.projects === 0 ? 0 : Math.round(v.projects * Math.pow(2000, y) * 100) / 100;
    } else if (cols[0] === 'decisions') {
      v.decisions = mode < 2 ? 0 : logCount(x, 500_000);
    } else if (cols[0] === 'amount') {
      v.amount = mode < 6 ? 0 : Math.round(Math.pow(10, 1 + 4 * x) * 137.13) / 100;
    }
    out[row] = {};
    for (const col of cols) out[row]![col] = row === 'regulations' && !agency.canMakeRules ? 0 : v[col]!;
  });
  return out;
}

function build(format: TableFormat, s: Seeds): Truth {
  const results = resultRows(format);
  const apps: Rows = {};
  const zero = (c: number) => s.zeroCols[c] && c > 0; // natural persons always apply
  results.forEach((row, r) => {
    apps[row] = {};
    APPLICANT_COLS.forEach((col, c) => (apps[row][col] = zero(c) ? 0 : s.results[r][c]));
  });
  apps.resultsTotal = {};
  apps.carriedOver = {};
  apps.carriedForward = {};
  apps.newReceived = {};
  APPLICANT_COLS.forEach((col, c) => {
    const rt = results.reduce((a, row) => a + (apps[row][col] ?? 0), 0);
    const carried = zero(c) ? 0 : Math.min(s.carried[c], rt);
    const forward = zero(c) ? 0 : s.forward[c];
    apps.resultsTotal[col] = rt;
    apps.carriedOver[col] = carried;
    apps.carriedForward[col] = forward;
    apps.newReceived[col] = rt + forward - carried; // 一 + 二 = (七) + 四
  });
  for (const row of Object.keys(apps)) apps[row].total = APPLICANT_COLS.reduce((a, col) => a + (apps[row][col] ?? 0), 0);

  const review: Rows = {};
  REVIEW_ROWS.forEach((row, r) => {
    review[row] = {};
    REVIEW_PARTS.forEach((col, c) => (review[row][col] = s.review[r][c]));
    review[row].total = s.review[r].reduce((a, b) => a + b, 0);
  });

  const agency = AGENCIES[s.agency];
  const proactive = proactiveFigures(format, s.proactive, agency);

  const truth: Truth = {
    format,
    agency,
    year: (format === '2019' ? 2019 : 2021) + (format === '2019' ? s.yearOffset % 2 : s.yearOffset),
    proactive,
    applications: apps,
    reviewLitigation: review,
    prose: {
      received: apps.newReceived.total ?? 0,
      answered: apps.resultsTotal.total ?? 0,
      review: review.review.total ?? 0,
      litigation: (review.litigationDirect.total ?? 0) + (review.litigationAfterReview.total ?? 0),
    },
    failing: [],
  };
  plant(truth, s.plants);
  blankZeros(truth, s.blankMask);
  return truth;
}

/** Change cells so that exactly known rules break. Each plant uses its own row and column. */
function plant(t: Truth, plants: Seeds['plants']): void {
  const results = resultRows(t.format);
  const usedRows = new Set<string>();
  const usedCols = new Set<string>();
  const fail = new Set<string>();
  for (const p of plants) {
    if (p.kind <= 1) {
      // one applicant cell of a result row: breaks its row total and its column's (七)总计
      const row = results[p.a % results.length];
      const col = APPLICANT_COLS[p.b % 6];
      if (usedRows.has(row) || usedCols.has(col)) continue;
      usedRows.add(row);
      usedCols.add(col);
      t.applications[row][col] = (t.applications[row][col] ?? 0) + p.d;
      fail.add(`applications.rowTotal.${row}`).add(`applications.resultsTotal.${col}`);
    } else if (p.kind === 2) {
      // one applicant cell of 一、本年新收: breaks its row total and its column's balance
      const col = APPLICANT_COLS[p.b % 6];
      if (usedRows.has('newReceived') || usedCols.has(col)) continue;
      usedRows.add('newReceived');
      usedCols.add(col);
      t.applications.newReceived[col] = (t.applications.newReceived[col] ?? 0) + p.d;
      fail.add('applications.rowTotal.newReceived').add(`applications.balance.${col}`);
    } else if (p.kind === 3) {
      // a review/litigation total
      const row = REVIEW_ROWS[p.a % 3];
      if (usedRows.has(row)) continue;
      usedRows.add(row);
      t.reviewLitigation[row].total = (t.reviewLitigation[row].total ?? 0) + p.d;
      fail.add(`reviewLitigation.total.${row}`);
      // keep the prose in line with the printed totals
      t.prose.review = t.reviewLitigation.review.total ?? 0;
      t.prose.litigation = (t.reviewLitigation.litigationDirect.total ?? 0) + (t.reviewLitigation.litigationAfterReview.total ?? 0);
    } else {
      // the prose quotes a wrong number of applications received
      if (usedRows.has('prose')) continue;
      usedRows.add('prose');
      t.prose.received += p.d;
      if (t.prose.received === (t.applications.newReceived.total ?? 0) + (t.applications.carriedOver.total ?? 0)) t.prose.received += 1;
      fail.add('prose.received');
    }
  }
  // a county body never reports 规章 here (see build), so no authority warning is planted
  t.failing = [...fail].sort();
}

/** blank out some zero cells: blanks count as 0, so no rule changes */
function blankZeros(t: Truth, mask: boolean[]): void {
  let i = 0;
  for (const rows of [t.applications, t.reviewLitigation, t.proactive]) {
    for (const row of Object.keys(rows)) {
      for (const col of Object.keys(rows[row])) {
        if (rows[row][col] === 0 && mask[i++ % mask.length]) rows[row][col] = null;
      }
    }
  }
  // keep every table from being entirely blank (that is a warning of its own)
  if (t.applications.newReceived.total === null) t.applications.newReceived.total = 0;
  if (t.reviewLitigation.review.total === null) t.reviewLitigation.review.total = 0;
  if (t.proactive.licensing[Object.keys(t.proactive.licensing)[0]] === null) t.proactive.licensing[Object.keys(t.proactive.licensing)[0]] = 0;
}

export function arbTruth(format: TableFormat): fc.Arbitrary<Truth> {
  return seeds(format).map((s) => build(format, s));
}

/** the same truth without blanks (glued copies print every figure) */
const fillBlanks = (rows: Rows): Rows =>
  Object.fromEntries(Object.entries(rows).map(([r, cols]) => [r, Object.fromEntries(Object.entries(cols).map(([c, v]) => [c, v ?? 0]))]));

export function withoutBlanks(t: Truth): Truth {
  const fill = fillBlanks;
  return { ...t, applications: fill(t.applications), reviewLitigation: fill(t.reviewLitigation), proactive: fill(t.proactive) };
}

export { APPLICATION_COLS };
