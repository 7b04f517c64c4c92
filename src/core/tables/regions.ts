// Locating where each table stands: clusters of short key phrases that only the table prints
// close together. Each cluster is one printed copy (a report may print a table twice).
// One pass over the text (every other character), comparing a key only where it may start.

export interface Region {
  start: number;
  end: number;
  /** how many different key phrases were seen */
  distinct: number;
}

export const APPLICATION_KEYS = [
  '新收政府信息',
  '上年结转',
  '予以公开',
  '部分公开',
  '不予公开',
  '国家秘密',
  '第三方合法权益',
  '无法提供',
  '不予处理',
  '重复申请',
  '出版物',
  '结转下年',
  '申请人情况',
  '自然人',
  // the column header's words: a table cut after its header and first rows (a page excerpt)
  // still stands out as table 三
  '法人或其他组织',
  '商业企业',
  '科研机构',
  '社会公益组织',
  '法律服务机构',
];

export const REVIEW_KEYS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '直接起诉', '复议后起诉'];

export const PROACTIVE_KEYS = [
  '第二十条',
  '规章',
  '规范性文件',
  '行政许可',
  '行政处罚',
  '行政强制',
  '事业性收费',
  '集中采购',
  '信息内容',
  '处理决定数量',
  '制发件数',
  '新制作数量',
];

export interface ClusterSpec {
  keys: string[];
  gap: number;
  minDistinct: number;
}

// first characters of every key of every list, computed once per set of lists: the text is
// scanned once, and a key is compared only where its first character stands
interface KeyIndex {
  /** per character code: 1 + its entry in `byFirst`, 0 when no key starts with it */
  slot: Uint16Array;
  /** per character code: FIRST when a key starts with it, SECOND when it is a key's second */
  mark: Uint8Array;
  /** every key has two characters or more: every other character need be looked at */
  stride2: boolean;
  /** per first character: the keys starting with it, as flat [list, key] pairs */
  byFirst: Int32Array[];
  /** per first character, per pair of byFirst: the key's second character code (-1: none) */
  seconds: Int32Array[];
}
const FIRST = 1;
const SECOND = 2;
const indexes = new WeakMap<ClusterSpec[], KeyIndex>();

function keyIndex(specs: ClusterSpec[]): KeyIndex {
  let x = indexes.get(specs);
  if (!x) {
    const slot = new Uint16Array(65536);
    const mark = new Uint8Array(65536);
    let stride2 = true;
    const lists: number[][] = [];
    specs.forEach((spec, l) =>
      spec.keys.forEach((key, k) => {
        const c = key.charCodeAt(0);
        mark[c] = mark[c]! | FIRST;
        if (key.length >= 2) mark[key.charCodeAt(1)] = mark[key.charCodeAt(1)]! | SECOND;
        else stride2 = false;
        if (slot[c] === 0) {
          lists.push([]);
          slot[c] = lists.length;
        }
        lists[slot[c]! - 1]!.push(l, k);
      }),
    );
    const seconds = lists.map((pairs) => {
      const out = new Int32Array(pairs.length / 2);
      for (let q = 0; q < pairs.length; q += 2) {
        const key = specs[pairs[q]!]!.keys[pairs[q + 1]!]!;
        out[q / 2] = key.length >= 2 ? key.charCodeAt(1) : -1;
      }
      return out;
    });
    x = { slot, mark, stride2, byFirst: lists.map((pairs) => Int32Array.from(pairs)), seconds };
    indexes.set(specs, x);
  }
  return x;
}

/**
 * For each list: clusters of its key phrases at most `gap` characters apart, with at least
 * `minDistinct` kinds, in one scan of the text. Pass the same `specs` array each time (its
 * index is kept).
 */
export function findClusterSets(folded: string, specs: ClusterSpec[]): Region[][] {
  const { slot, mark, stride2, byFirst, seconds } = keyIndex(specs);
  const out: Region[][] = specs.map(() => []);
  // per list, the cluster being built: its start, end and kinds (a bit set: at most 32 keys)
  const L = specs.length;
  const start = new Int32Array(L).fill(-1);
  const end = new Int32Array(L).fill(-1);
  const kinds = new Int32Array(L);
  const distinct = new Int32Array(L);
  const close = (l: number) => {
    if (start[l]! >= 0 && distinct[l]! >= specs[l]!.minDistinct) out[l]!.push({ start: start[l]!, end: end[l]!, distinct: distinct[l]! });
  };
  // distances count printed content only: Markdown ruling (`| --- |`), pipes and padding are
  // not distance (a converter's one-table-per-row output spreads a table's words far apart).
  // Counted between the two positions when asked (not a prefix array of the whole text: one
  // allocation and scan per report for a question asked a few dozen times); each list's `end`
  // moves up to its last key, so the stretches counted do not overlap: linear in all.
  const far = (i: number, l: number) => contentBeyond(folded, end[l]!, i, specs[l]!.gap);
  // where each key may next match (occurrences of one key do not overlap)
  const nextFree = specs.map((sp) => new Int32Array(sp.keys.length));
  // zero-width spaces inside keys (an invisible character, a pinyin gloss folded away: 规(guī)章)
  // are passed over; only texts that hold one take the slower comparison
  const zw = folded.indexOf('\u200b') >= 0;
  const visit = (i: number) => {
    const at = slot[folded.charCodeAt(i)]!;
    if (at === 0) return;
    const pairs = byFirst[at - 1]!;
    const second = seconds[at - 1]!;
    // most first characters are common words' (行, 不, 信 …): the second character is compared
    // before the whole key (startsWith would compare it first too, after a call)
    let c1 = i + 1 < folded.length ? folded.charCodeAt(i + 1) : -2;
    if (zw && c1 === 0x200b) c1 = folded.charCodeAt(pastZw(folded, i + 1));
    for (let q = 0; q < pairs.length; q += 2) {
      const s2 = second[q >> 1]!;
      if (s2 >= 0 && s2 !== c1) continue;
      const l = pairs[q]!;
      const k = pairs[q + 1]!;
      const key = specs[l]!.keys[k]!;
      if (i < nextFree[l]![k]!) continue;
      const keyEnd = folded.startsWith(key, i) ? i + key.length : zw ? endSkippingZw(folded, key, i) : -1;
      if (keyEnd < 0) continue;
      nextFree[l]![k] = keyEnd;
      if (start[l]! >= 0 && !far(i, l)) end[l] = Math.max(end[l]!, keyEnd);
      else {
        close(l);
        start[l] = i;
        end[l] = keyEnd;
        kinds[l] = 0;
        distinct[l] = 0;
      }
      if ((kinds[l]! & (1 << k)) === 0) {
        kinds[l] = kinds[l]! | (1 << k);
        distinct[l] = distinct[l]! + 1;
      }
    }
  };
  const n = folded.length;
  // (a key broken by zero-width spaces may cover no even position's pair: every position)
  if (!stride2 || zw) for (let i = 0; i < n; i++) visit(i);
  else {
    // a key at i covers i and i + 1, one of them even: from each even position, try the key
    // starts it may belong to, in text order (the odd one before, then itself)
    for (let p = 0; p < n; p += 2) {
      const m = mark[folded.charCodeAt(p)]!;
      if (m === 0) continue;
      if (m & SECOND && p > 0) visit(p - 1);
      if (m & FIRST) visit(p);
    }
  }
  for (let l = 0; l < L; l++) close(l);
  return out;
}

/** The first position from `i` that is not a zero-width space. */
function pastZw(f: string, i: number): number {
  while (i < f.length && f.charCodeAt(i) === 0x200b) i++;
  return i;
}

/** The end of `key` matched at `i` with zero-width spaces passed over between its characters, or -1. */
function endSkippingZw(f: string, key: string, i: number): number {
  let p = i;
  for (let k = 0; k < key.length; k++) {
    if (k > 0) p = pastZw(f, p);
    if (f.charCodeAt(p) !== key.charCodeAt(k)) return -1;
    p++;
  }
  return p;
}

/** A content character: not a pipe, a rule or padding. */
function isContent(c: number): boolean {
  return !(c <= 0x20 || c === 0x7c || c === 0x2d || c === 0x3a || c === 0xa0 || c === 0x3000);
}

/**
 * Whether more than `gap` content characters stand in [from, to) (none when to ≤ from): the
 * count stops as soon as it passes `gap`, and fewer than `gap` characters cannot pass it.
 */
export function contentBeyond(folded: string, from: number, to: number, gap: number): boolean {
  if (to - from <= gap) return false;
  let k = 0;
  for (let i = from; i < to; i++) if (isContent(folded.charCodeAt(i)) && ++k > gap) return true;
  return false;
}

/** How many content characters stand before each position: the plain reference contentBeyond is tested against. */
export function contentPrefix(folded: string): Int32Array {
  const n = folded.length;
  const out = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    out[i] = k;
    if (isContent(folded.charCodeAt(i))) k++;
  }
  out[n] = k;
  return out;
}

const singles = new Map<string[], ClusterSpec[]>();

/** Clusters of key phrases at most `gap` characters apart, with at least `minDistinct` kinds. */
export function findClusters(folded: string, keys: string[], gap: number, minDistinct: number): Region[] {
  let specs = singles.get(keys);
  if (!specs || specs[0]!.gap !== gap || specs[0]!.minDistinct !== minDistinct) {
    specs = [{ keys, gap, minDistinct }];
    singles.set(keys, specs);
  }
  return findClusterSets(folded, specs)[0]!;
}
