// Extracting the three standard tables (二 主动公开, 三 依申请, 四 复议诉讼) from a report's text,
// whatever its layout. Tables are found by their own anchors in the folded text (sections are
// only a hint); a table printed twice is read once and reported. Never throws.
import type { Format, Section, Table, TableNote, Tables } from '../types';
import { say, type Said } from '../diagnostics';
import type { TextContext } from '../context';
import { extractApplications, type TableRead } from './applications';
import { filledCount } from './assemble';
import { findLabel } from './fuzzy';
import { extractProactive, type ProactiveRead } from './proactive';
import { anchorRegion, readLimit, type Anchored } from './anchors';
import { APPLICATION_KEYS, findClusterSets, PROACTIVE_KEYS, REVIEW_KEYS, type ClusterSpec, type Region } from './regions';
import { extractReview, type ReviewRead } from './review';
import { joinContinuations } from './continuation';
import { reviewUnderHeading } from './review-row';

/** A table's row keys in template order (assemble writes them so). */
const rowOrder = (r: { table: Table }) => Object.keys(r.table.rows);

/** Pieces of one table joined, then each copy scored by the rows it found and the cells it read. */
function candidates<T extends { table: Table; rowsFound: number; warnings: Said[] }>(reads: T[]) {
  return joinContinuations(reads, rowOrder).map((read) => ({ read, table: read.table, score: read.rowsFound * 1000 + filledCount(read.table) }));
}

export interface Extraction {
  tables: Tables;
  format: Format;
  warnings: Said[];
}

// where each table stands: its key phrases close together (one scan of the text for all three)
const CLUSTERS: ClusterSpec[] = [
  { keys: APPLICATION_KEYS, gap: 400, minDistinct: 5 },
  { keys: REVIEW_KEYS, gap: 200, minDistinct: 2 },
  { keys: PROACTIVE_KEYS, gap: 300, minDistinct: 4 },
];

export function extractTables(ctx: TextContext, _sections: Section[]): Extraction {
  try {
    return extract(ctx);
  } catch (e) {
    return {
      tables: { proactive: null, applications: null, reviewLitigation: null },
      format: 'unknown',
      warnings: [say('tables.failed', { detail: e instanceof Error ? e.message : String(e) })],
    };
  }
}

/** The region read from its anchor: prose before the table's structure is not part of it. */
function fromAnchor(a: Anchored): Region {
  return { start: a.anchor, end: Math.max(a.region.end, a.anchor), distinct: a.region.distinct };
}

interface Candidate<T> {
  read: T;
  table: Table;
  score: number;
}

/** Pick the copy that reads most completely; note the others as duplicates. */
function pickCopy<T>(key: keyof Tables, cands: Candidate<T>[], warnings: Said[]): Candidate<T> | null {
  if (cands.length === 0) return null;
  let best = cands[0]!;
  for (const c of cands) if (c.score > best.score) best = c;
  for (const c of cands) {
    if (c === best) continue;
    const note: TableNote = {
      kind: 'duplicate-table',
      ...say('note.printedTwice', { at: c.table.span[0], used: best.table.span[0] }),
      span: c.table.span,
      usedSpan: best.table.span,
    };
    (best.table.notes ??= []).push(note);
    const differs = JSON.stringify(c.table.rows) !== JSON.stringify(best.table.rows);
    const [used, usedEnd] = best.table.span;
    const [at, atEnd] = c.table.span;
    warnings.push(say('tables.printedTwice', { table: key, used, usedEnd, at, atEnd, differs }));
  }
  return best;
}

function extract(ctx: TextContext): Extraction {
  const f = ctx.folded;
  const warnings: Said[] = [];
  const [appRegions, reviewAll, proAll] = findClusterSets(f, CLUSTERS);
  const reviewRegions = reviewAll!.filter((r) => {
    const s = f.slice(r.start, r.end);
    return s.includes('直接起诉') || s.includes('复议后起诉');
  });
  // 第二十条 may carry damage (an invisible character or a byte-order mark inside it)
  const proRegions = proAll!.filter((r) => f.slice(r.start, r.end).includes('第二十条') || findLabel(f, '第二十条', r.start, r.end) !== null);
  const appAnchors = appRegions!.map((r) => anchorRegion(f, 'applications', r));
  const reviewAnchors = reviewRegions.map((r) => anchorRegion(f, 'reviewLitigation', r));
  const proAnchors = proRegions.map((r) => anchorRegion(f, 'proactive', r));
  const all = [...appAnchors, ...reviewAnchors, ...proAnchors];
  const limit = (a: Anchored) => readLimit(a, all, f.length);

  const readApps = (force?: '2019' | '2021') =>
    appAnchors
      .map((a) => extractApplications(ctx, fromAnchor(a), limit(a), force, a.structural))
      .filter((x): x is TableRead => x !== null);
  // the 2021 rows are positive evidence, their absence is not: a table broken over pages
  // whose later piece prints them is read as 2021 throughout (its first piece cannot tell)
  const firstReads = readApps();
  let appCands = candidates(firstReads.some((r) => r.format === '2021') && firstReads.some((r) => r.format === '2019') ? readApps('2021') : firstReads);

  const proHint = appCands[0]?.read.format ?? null;
  const readPro = (force?: '2019' | '2021') =>
    proAnchors
      .map((a) => extractProactive(ctx, fromAnchor(a), limit(a), proHint, force))
      .filter((x): x is ProactiveRead => x !== null);
  let proCands = candidates(readPro());

  // the format: (六) split into three rows is decisive; otherwise table 二's rows (2019-only
  // rows), then its column headers; a table read under the other template is read again
  let format: Format = 'unknown';
  const appFormat = appCands[0]?.read.format;
  const proFormat = proCands.find((c) => c.read.format)?.read.format ?? null;
  if (appFormat === '2021') format = '2021';
  else if (proFormat) format = proFormat;
  else if (appFormat) format = appFormat;
  if (appFormat && format !== 'unknown' && appFormat !== format) appCands = candidates(readApps(format));
  if (format !== 'unknown' && proCands.some((c) => (c.read.format ?? proHint ?? '2019') !== format)) proCands = candidates(readPro(format));

  const reviewCands = reviewAnchors
    .map((a) => extractReview(ctx, a.structural ? fromAnchor(a) : a.region, limit(a), a.structural))
    .filter((x): x is ReviewRead => x !== null)
    .map((read) => ({ read, table: read.table, score: (read.complete ? 1000 : 0) + filledCount(read.table) }));

  // no header words at all (generic 数据1 … headers): the row of fifteen figures under the heading
  if (reviewCands.length === 0) {
    const read = reviewUnderHeading(ctx, f.length);
    if (read) reviewCands.push({ read, table: read.table, score: 0 });
  }
  const app = pickCopy('applications', appCands, warnings);
  const pro = pickCopy('proactive', proCands, warnings);
  const rev = pickCopy('reviewLitigation', reviewCands, warnings);
  // a table whose own header was seen but which yielded nothing is said, never silently null
  const unread: [keyof Tables, Anchored[], unknown][] = [['applications', appAnchors, app], ['proactive', proAnchors, pro], ['reviewLitigation', reviewAnchors, rev]];
  for (const [key, anchors, got] of unread) {
    const seen = anchors.find((a) => a.structural);
    if (!got && seen) warnings.push(say('tables.headerOnly', { table: key, at: seen.anchor }));
  }
  if (app) warnings.push(...app.read.warnings);
  if (pro) warnings.push(...pro.read.warnings);
  if (rev) warnings.push(...rev.read.warnings);
  return {
    tables: { proactive: pro?.table ?? null, applications: app?.table ?? null, reviewLitigation: rev?.table ?? null },
    format,
    warnings,
  };
}
