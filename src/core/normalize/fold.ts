// A same-length "folded" view of a text, for matching labels and scoring words.
// Every UTF-16 unit maps to exactly one unit, so an offset in the folded string is the same
// offset in the original: matching on the fold never loses the way back to the source.
// Folds: full-width ASCII → ASCII, ideographic/NBSP and other spaces → ' ', traditional →
// simplified (character level, from OpenCC's tables, 1:1 only), Kangxi radicals → CJK, and a
// few equal-length Taiwan phrasings (檔案 → 文件) that machine conversion introduces.
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';

let charMap: Map<number, number> | null = null;

function addPairs(map: Map<number, number>, dict: string, chain: boolean): void {
  for (const pair of dict.split('|')) {
    const [from, to] = pair.split(' ');
    if (!from || !to || from.length !== 1 || to.length !== 1) continue;
    const f = from.charCodeAt(0);
    let t = to.charCodeAt(0);
    if (chain) t = map.get(t) ?? t;
    if (!map.has(f)) map.set(f, t);
  }
}

/** traditional (incl. TW/HK variants) → simplified, one BMP unit to one BMP unit */
export function t2sCharMap(): Map<number, number> {
  if (charMap) return charMap;
  const map = new Map<number, number>();
  addPairs(map, TSCharacters, false);
  // Variant forms (e.g. 爲 for 為) first go to the standard traditional form, then simplified.
  addPairs(map, TWVariantsRev, true);
  addPairs(map, HKVariantsRev, true);
  charMap = map;
  return map;
}

/** Equal-length phrase folds applied after the character fold (Taiwan vocabulary). */
export const PHRASES: [string, string][] = [
  ['档案', '文件'],
  ['专案', '项目'],
  ['入口网站', '门户网站'],
  ['视窗', '窗口'],
  ['套用', '应用'],
  ['契约', '合同'],
  ['程式', '程序'],
  ['资讯', '信息'],
  ['网路', '网络'],
];

function foldUnit(c: number, map: Map<number, number>): number {
  if (c < 0x80) return c;
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0; // full-width ASCII
  if (c === 0x3000 || c === 0xa0 || c === 0x2002 || c === 0x2003 || c === 0x2009 || c === 0x202f) return 0x20;
  if (c >= 0x2f00 && c <= 0x2fd5) {
    // Kangxi radicals (PDF text) → unified ideographs
    const n = String.fromCharCode(c).normalize('NFKC');
    return n.length === 1 ? n.charCodeAt(0) : c;
  }
  switch (c) {
    case 0x3001: return 0x3001; // 、 stays (it separates list items, unlike ',')
    case 0x2014: case 0x2015: case 0x2500: return 0x2d; // dashes
    case 0x2018: case 0x2019: return 0x27;
    case 0x201c: case 0x201d: return 0x22;
    case 0x3010: return 0x5b; // 【
    case 0x3011: return 0x5d; // 】
    case 0xff0e: return 0x2e;
    case 0x3007: return 0x3007;
  }
  return map.get(c) ?? c;
}

let table: Uint16Array | null = null;

/** One lookup table for every BMP unit, built once: folding is then one array read per unit. */
function foldTable(): Uint16Array {
  if (table) return table;
  const map = t2sCharMap();
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = foldUnit(c, map);
  table = t;
  return t;
}

const PHRASE_RE = new RegExp(PHRASES.map(([from]) => from).join('|'), 'g');
const PHRASE_TO = new Map(PHRASES);
// ignoreBOM: a leading U+FEFF is a unit like any other (by default the decoder drops it, and
// the fold came out one unit shorter than the text: every offset after it off by one)
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/**
 * A pinyin gloss a web page's annotation left after a character (區(qū), 領(lǐng)導(dǎo)): a toned
 * syllable in brackets right after a Han character. The same shape as garbles/exact.ts's markup.
 */
export const PINYIN_GLOSS = /[(（][a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}[)）]/g;

/** Whether the character before `i` is a Han character (a gloss follows one). */
function hanBefore(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** The folded view: same length as `text`, offsets identical. */
export function fold(text: string): string {
  const t = foldTable();
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = t[text.charCodeAt(i)];
  // pinyin glosses fold to zero-width spaces, which label matching passes over (信息內(nèi)容 is 信息内容)
  PINYIN_GLOSS.lastIndex = 0;
  for (let m; (m = PINYIN_GLOSS.exec(text)); ) if (m.index > 0 && hanBefore(text, m.index)) units.fill(0x200b, m.index, m.index + m[0].length);
  // Decoding the units as UTF-16 (little-endian, as every JS engine we target stores them) is
  // several times faster than String.fromCharCode over chunks. (A lone surrogate comes out as
  // U+FFFD: still one unit, so offsets hold; look for damage in ctx.text, not in the fold.)
  return UTF16.decode(units).replace(PHRASE_RE, (m) => PHRASE_TO.get(m) ?? m);
}

/** Fold a single character (for callers that walk text themselves). */
export function foldChar(ch: string): string {
  return String.fromCharCode(foldTable()[ch.charCodeAt(0)]);
}
