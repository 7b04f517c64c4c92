// Where a table's own structure begins inside a region of its key phrases. A region is a
// cluster of words the table prints, but prose near a table uses the same words (部分公开,
// 行政许可 …): a region may begin in the prose, even before another table. Each table is read
// from its anchor — its column header (三), its first numbered block (二), its 行政复议 header
// (四) — and up to the next anchor of another copy or table, so no table reads another's rows.
import { findLabel } from './fuzzy';
import { findGapLabel } from './gap';
import { isFooterLine } from './cells';
import type { Region } from './regions';

export type TableKind = 'applications' | 'reviewLitigation' | 'proactive';

export interface Anchored {
  kind: TableKind;
  region: Region;
  /** where the table's structure begins (region.start when none was seen) */
  anchor: number;
  /** whether the anchor is the table's own structure, not just the first key phrase */
  structural: boolean;
}

// column words only the header of 三 prints, after 申请人情况 / 自然人
const APP_COLUMN_WORDS = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '法人或其他组织'];

/** The header of table 三: 申请人情况 (or 自然人) with its applicant columns close after it. */
function applicationsAnchor(f: string, r: Region): number {
  const from = Math.max(0, r.start - 300);
  let cursor = from;
  for (let tries = 0; tries < 8 && cursor < r.end; tries++) {
    // injected characters only: a heading ending 申请情况 is not the header
    const head = findLabel(f, '申请人情况', cursor, r.end + 40, 0.7) ?? findLabel(f, '自然人', cursor, r.end + 40, 0.7);
    const start = head ? head.start : -1;
    // the header's column words follow within a short stretch (wrapped PDF labels included)
    const probe = head ? head.end : cursor;
    const col = firstOf(f, APP_COLUMN_WORDS, probe, Math.min(f.length, probe + 160));
    if (head && col >= 0) return start;
    if (!head) break;
    cursor = head.end;
  }
  return -1;
}

function firstOf(f: string, words: string[], from: number, to: number): number {
  let best = -1;
  for (const w of words) {
    const m = findLabel(f, w, from, best >= 0 ? Math.min(to, best + w.length) : to);
    if (m && (best < 0 || m.start < best)) best = m.start;
  }
  return best;
}

/** The first 第二十条 in [from, to), a heading with a run of injected characters (第二十[律类形]条) included. */
export function articleHeading(f: string, from: number, to: number): { start: number; end: number } | null {
  const m = findLabel(f, '第二十条', from, to);
  const g = findGapLabel(f, '第二十条', from, m ? m.start : to);
  return g ?? m;
}

/**
 * Table 二: its first block heading 第二十条 followed by its column word 信息内容 (prose citing
 * the article is passed over); damage inside the heading is matched by the label search.
 */
function proactiveAnchor(f: string, r: Region): number {
  // a damaged 第二十条 is no key phrase: the region may then begin at the 信息内容 after it
  let cursor = Math.max(0, r.start - 120);
  let first = -1;
  for (let tries = 0; tries < 8 && cursor < r.end; tries++) {
    const m = articleHeading(f, cursor, r.end);
    if (!m) break;
    if (first < 0) first = m.start;
    const col = findLabel(f, '信息内容', m.end, Math.min(f.length, m.end + 90));
    // a sentence ending between them: the article cited in prose, its block heading damaged past
    // matching in between (现将第二十条第(一)项…统计如下。第二十[时为发]条…信息内容)
    if (col && !/[。;]/.test(f.slice(m.end, col.start))) {
      // prose citing the article just before the first block (现将第二十条第(一)项…统计如下):
      // the heading is the last 第二十条 before the column word, not the prose's
      let head = m.start;
      for (let k = m.end, g = 0; g < 4; g++) {
        const n = articleHeading(f, k, col.start);
        if (!n) break;
        head = n.start;
        k = n.end;
      }
      return earlierBlock(f, head) ?? head;
    }
    cursor = m.end;
  }
  // no heading followed by its column word: the first block's heading damaged past matching
  // (第二十[时为发]条第(一[嘘玓])项) and no later block's inside the region; the first block's
  // column header with its first row 规章 is the table's start, when it stands after the prose
  const col = findLabel(f, '信息内容', Math.max(0, r.start - 120), r.end);
  if (col && (first < 0 || col.start > first)) {
    const block = earlierBlock(f, Math.min(f.length, col.end + 120));
    if (block !== null && block >= col.start - 40) return block;
  }
  return first;
}

/**
 * The first block's heading damaged past matching (runs injected at two places in 第二十条): its
 * column word 信息内容 followed by the block's first rows (规章, 规范性文件) stands just before the heading
 * found, and the table begins at that column header's line.
 */
export function earlierBlock(f: string, head: number): number | null {
  const col = findLabel(f, '信息内容', Math.max(0, head - 240), head);
  if (!col) return null;
  // its first row 规章, or (that label damaged: 规[企]章) its second, 规范性文件
  const row = findLabel(f, '规章', col.end, Math.min(head, col.end + 120)) ?? findLabel(f, '规范性文件', col.end, Math.min(head, col.end + 160));
  if (!row) return null;
  // the header's own line (its damaged heading may stand just before it on the same line); in
  // text without line breaks the column word itself: the line there is the whole report
  let ls = col.start;
  while (ls > col.start - 40 && ls > 0 && f.charCodeAt(ls - 1) !== 0x0a) ls--;
  return ls > 0 && f.charCodeAt(ls - 1) !== 0x0a ? col.start : ls;
}

const RESULT_WORDS = ['结果维持', '结果纠正', '其他结果', '尚未审结'];

/** Between two header cells: only separators and padding, no figure, no prose joining words. */
function cellGap(f: string, a: number, b: number): boolean {
  // a page footer (`- 4 -`) may stand between two header cells
  const gap = f.slice(a, b).split('\n').filter((line) => !isFooterLine(line)).join('\n');
  for (let k = 0; k < gap.length; k++) {
    const c = gap.charCodeAt(k);
    if ((c >= 0x30 && c <= 0x39) || c === 0x3001 || c === 0x2c || c === 0x548c || c === 0x53ca || (c >= 0x4e00 && c <= 0x9fff)) return false;
  }
  return true;
}

/**
 * Table 四: its result columns printed one after another (then 总计) with only cell separators
 * between them — prose quoting them joins them with 、 and 和 — and the header word 行政复议
 * shortly before. When no copy is printed that cleanly (damage between the header cells), the
 * result words with no figure between them are taken, as before.
 */
function reviewAnchor(f: string, r: Region): number {
  for (const strict of [true, false]) {
    let cursor = Math.max(0, r.start - 10);
    for (let tries = 0; tries < 8 && cursor < r.end; tries++) {
      const first = findLabel(f, RESULT_WORDS[0]!, cursor, r.end);
      if (!first) break;
      let at = first.end;
      let ok = true;
      for (const w of strict ? [...RESULT_WORDS.slice(1), '总计'] : RESULT_WORDS.slice(1)) {
        const m = findLabel(f, w, at, Math.min(f.length, at + 30));
        if (!m || (strict ? !cellGap(f, at, m.start) : /\d/.test(f.slice(at, m.start)))) {
          ok = false;
          break;
        }
        at = m.end;
      }
      if (ok) {
        const head = lastHeaderWord(f, '行政复议', Math.max(0, first.start - 120), first.start);
        return head ?? first.start;
      }
      cursor = first.end;
    }
  }
  return -1;
}

/**
 * The last `word` in [from, to) that is a header cell: wrapped over lines included (行政复\n议),
 * prose quoting it (行政复议19件, 行政复议、行政诉讼情况) passed over.
 */
function lastHeaderWord(f: string, word: string, from: number, to: number): number | null {
  let best: number | null = null;
  for (let cursor = from, g = 0; g < 8; g++) {
    // a tiny cost limit: whitespace inside the word is free, nothing else may differ
    const m = findLabel(f, word, cursor, to, 0.01);
    if (!m) break;
    let k = m.end;
    while (k < to && /\s/.test(f[k]!)) k++;
    if (!/[\d、,和及的情件]/.test(f[k] ?? '')) best = m.start;
    cursor = m.end;
  }
  return best;
}

export function anchorRegion(f: string, kind: TableKind, region: Region): Anchored {
  const at = kind === 'applications' ? applicationsAnchor(f, region) : kind === 'proactive' ? proactiveAnchor(f, region) : reviewAnchor(f, region);
  return { kind, region, anchor: at >= 0 ? at : region.start, structural: at >= 0 };
}

/** Where reading from `anchor` must stop: the next anchor of any other region, else `end`. */
export function readLimit(self: Anchored, all: Anchored[], end: number): number {
  let best = end;
  for (const a of all) if (a !== self && a.anchor > self.anchor && a.anchor < best) best = a.anchor;
  return best;
}
