// Extracting the three standard tables (二 主动公开, 三 依申请, 四 复议诉讼) from a report's text,
// whatever its layout. Tables are found by their own anchors in the folded text (sections are
// only a hint); a table printed twice is read once and reported. Never throws.
import type { Format, Section, Table, TableNote, Tables } from '../types';
import { say, type Said } from '../diagnostics';
import type { TextContext } from '../context';
import { extractApplications } from './applications';
import { filledCount } from './assemble';
import { findLabel } from './fuzzy';
import { extractProactive } from './proactive';
import { anchorRegion, readLimit, type Anchored } from './anchors';
import { APPLICATION_KEYS, findClusterSets, PROACTIVE_KEYS, REVIEW_KEYS, type ClusterSpec, type Region } from './regions';
import { extractReview, type ReviewRead } from './review';
import { joinContinuations } from './continuation';
import { reviewUnderHeading } from './review-row';
import { Copies, foldCopies, type Candidate } from './copies';

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

/** What extract reads of a table's copies (all of them, or kept light: copies.ts). */
interface CopySet<T> {
  /** each piece's format as read, before pieces were joined */
  pieceFormats: ('2019' | '2021' | null)[];
  /** each copy's format, in text order */
  formats: ('2019' | '2021' | null)[];
  pick(key: keyof Tables, warnings: Said[]): Candidate<T> | null;
}

interface Read {
  table: Table;
  rowsFound: number;
  warnings: Said[];
  format: '2019' | '2021' | null;
}

/**
 * A table's copies read at its anchors. `light` (the default): folded as they are read, only the
 * best kept whole (copies.ts); the plain way, when pieces come out of text order or !light: all
 * read, joined, then picked from.
 */
function readCopies<A, P extends Read>(anchors: A[], read: (a: A) => P | null, light: boolean): CopySet<P> {
  if (light) {
    const pieceFormats: P['format'][] = [];
    const folded = foldCopies(anchors, (a) => {
      const p = read(a);
      if (p) pieceFormats.push(p.format);
      return p;
    }, rowOrder);
    if (folded) return { pieceFormats, formats: folded.list.map((c) => c.format), pick: (key, w) => folded.pick(key, w) };
  }
  const reads = anchors.map(read).filter((x): x is P => x !== null);
  const cands = candidates(reads);
  return { pieceFormats: reads.map((r) => r.format), formats: cands.map((c) => c.read.format), pick: (key, w) => pickCopy(key, cands, w) };
}

/** A copy of table 四: complete first, then the cells read */
const reviewScore = (read: ReviewRead) => (read.complete ? 1000 : 0) + filledCount(read.table);

/** Table 四's copies: scored by completeness, never joined; light as readCopies. */
function readReviewCopies(reads: Iterable<ReviewRead>, fallback: () => ReviewRead | null, light: boolean): Pick<CopySet<ReviewRead>, 'pick'> {
  const score = reviewScore;
  if (light) {
    const copies = new Copies<ReviewRead, null>();
    for (const read of reads) copies.add(read, read.table, score(read), null);
    // no header words at all (generic 数据1 … headers): the row of fifteen figures under the heading
    if (copies.list.length === 0) {
      const read = fallback();
      if (read) copies.add(read, read.table, 0, null);
    }
    return copies;
  }
  const cands = [...reads].map((read) => ({ read, table: read.table, score: score(read) }));
  if (cands.length === 0) {
    const read = fallback();
    if (read) cands.push({ read, table: read.table, score: 0 });
  }
  return { pick: (key, w) => pickCopy(key, cands, w) };
}

/** extract, the copies of each table read the plain way (all held, then picked): for tests */
export function extractPlain(ctx: TextContext): Extraction {
  return extract(ctx, false);
}

function extract(ctx: TextContext, light = true): Extraction {
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

  const readApps = (force?: '2019' | '2021') => readCopies(appAnchors, (a) => extractApplications(ctx, fromAnchor(a), limit(a), force, a.structural), light);
  // the 2021 rows are positive evidence, their absence is not: a table broken over pages
  // whose later piece prints them is read as 2021 throughout (its first piece cannot tell)
  const firstReads = readApps();
  let appCands = firstReads.pieceFormats.some((x) => x === '2021') && firstReads.pieceFormats.some((x) => x === '2019') ? readApps('2021') : firstReads;

  const proHint = appCands.formats[0] ?? null;
  const readPro = (force?: '2019' | '2021') => readCopies(proAnchors, (a) => extractProactive(ctx, fromAnchor(a), limit(a), proHint, force), light);
  let proCands = readPro();

  // the format: (六) split into three rows is decisive; otherwise table 二's rows (2019-only
  // rows), then its column headers; a table read under the other template is read again
  let format: Format = 'unknown';
  const appFormat = appCands.formats[0];
  const proFormat = proCands.formats.find((x) => x) ?? null;
  if (appFormat === '2021') format = '2021';
  else if (proFormat) format = proFormat;
  else if (appFormat) format = appFormat;
  if (appFormat && format !== 'unknown' && appFormat !== format) appCands = readApps(format);
  if (format !== 'unknown' && proCands.formats.some((x) => (x ?? proHint ?? '2019') !== format)) proCands = readPro(format);

  const reviewReads = function* () {
    for (const a of reviewAnchors) {
      const read = extractReview(ctx, a.structural ? fromAnchor(a) : a.region, limit(a), a.structural);
      if (read !== null) yield read;
    }
  };
  const reviewCands = readReviewCopies(reviewReads(), () => reviewUnderHeading(ctx, f.length), light);
  const app = appCands.pick('applications', warnings);
  const pro = proCands.pick('proactive', warnings);
  const rev = reviewCands.pick('reviewLitigation', warnings);
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
