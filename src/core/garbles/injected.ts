// Injected characters (政府採購信微束姜息): the lattice's noise spans, minus what is more
// likely real text — a person's name after an official title or before 同志, and any string
// that recurs elsewhere in the document (random noise does not repeat itself).
import type { Garble } from '../types';
import { because } from '../diagnostics';
import type { TextContext } from '../context';
import type { Lexicon } from './lexicon';
import { findNoise, PRECISE, THOROUGH, type LatticeParams, type NoiseSpan, type Screened } from './lattice';
import { Attest, type Grams } from './phrases';
import { findCuts, hasWord, templateGrams } from './cut';
import { printedOnce, SpanIndex, withUnitSets, type UnitSet } from './span-index';
import { templatePhrases } from './boilerplate';

// Common Chinese surnames (百家姓, the frequent part); a name is 1–2 characters after one.
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由'.split(''),
);
const TITLE_BEFORE = /(?:长|书记|主任|政委|委员|主席|同志|民警|警官|干部|专员|组长|秘书|负责人|代表|记者|律师|教授|老师|医生|法官|检察官)$/;
const TITLE_AFTER = /^(?:同志|等同志|局长|副局长|厅长|副厅长|处长|主任|书记|政委|部长|所长|队长|科长|组长|为组长|任组长|担任)/;

function looksLikeName(f: string, s: number, e: number): boolean {
  const len = e - s;
  if (len < 1 || len > 3 || !SURNAMES.has(f[s])) return false;
  return TITLE_BEFORE.test(f.slice(Math.max(0, s - 4), s)) || TITLE_AFTER.test(f.slice(e, e + 4));
}

/**
 * Parallel wording: a character repeated two places on (配齐配强, 抓实抓细) or list items ending
 * alike (讲政事、述警事). Random noise seldom echoes its neighbours like that.
 */
function parallel(f: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (f[i] === f[i + 2] || f[i] === f[i - 2]) return true;
  return (/[、，,；;]/.test(f[s - 1] ?? '') && f[s - 2] === f[e]) || inFrame(f, s, e);
}

/** frames of two different characters; a repeated one (边学边改, 共建共享, 联防联控) is a frame too */
const CORRELATIVES = new Set(['先后', '既又', '能尽', '应尽', '上下', '前后', '内外', '左右', '不而']);
const isHanChar = (c: string | undefined) => c !== undefined && /[\u3400-\u9fff]/.test(c);

/**
 * Correlative frames: four characters X a Y b where X…Y is a pair that frames two parallel
 * slots (先审后发, 边学边改, 一村一品, 既快又好, 应收尽收, 能减尽减). A one-character flag in a slot
 * is the writer's. The four stand as a unit, so one side of them must be no Han text: noise
 * planted between 先 and 后 of 先后 inside running prose is still read as noise.
 */
function inFrame(f: string, s: number, e: number): boolean {
  if (e - s !== 1) return false;
  // the flag as slot a (X[a]Yb) or slot b (XaY[b])
  for (const x of [s - 1, s - 3]) {
    if (x < 0 || x + 3 >= f.length) continue;
    if (![0, 1, 2, 3].every((d) => isHanChar(f[x + d]))) continue;
    if (f[x] !== f[x + 2] && !CORRELATIVES.has(f[x] + f[x + 2])) continue;
    if (!isHanChar(f[x - 1]) || !isHanChar(f[x + 4])) return true;
  }
  return false;
}

/** an issuer's abbreviation in a document number (闽财非税函〔2020〕3号) is no noise */
function beforeDocNumber(f: string, end: number): boolean {
  let k = end;
  while (k < f.length && k - end < 4 && /[\u4e00-\u9fff]/.test(f[k])) k++;
  return f[k] === '〔' || f[k] === '[' || f[k] === '(' && /^\(\d{4}\)/.test(f.slice(k, k + 6));
}

/**
 * Inside an address (地址：…, 位于…号) the text is a run of proper nouns the lexicon cannot know
 * (北厝金井湾片区): a lattice cannot tell them from noise, so flags there are dropped.
 */
const ADDRESS_CUE = /(?:地址|住所|位于|坐落于|邮寄至)[:：]?/g;
const ADDRESS_END = /[。；;，,（(\n]/;

function inAddress(f: string, s: number): boolean {
  const from = Math.max(0, s - 40);
  const before = f.slice(from, s);
  ADDRESS_CUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let cueEnd = -1;
  while ((m = ADDRESS_CUE.exec(before))) cueEnd = m.index + m[0].length;
  return cueEnd >= 0 && !ADDRESS_END.test(before.slice(cueEnd));
}

/** what a converter may leave inside a word: spaces, line breaks, tabs, zero-width marks, a BOM */
const SKIPPABLE = /[ \t\r\n\u00a0\u3000\u200b-\u200f\u2060\ufeff]/;
/**
 * … and inside a word only, what other damage leaves there (flagged on its own): private-use
 * characters and U+FFFD (情[\ue0a1]况, 情�况)
 */
const SKIPPABLE_IN_WORD = /[ \t\r\n\u00a0\u3000\u200b-\u200f\u2060\ufeff\ue000-\uf8ff\ufffd]/;
/** a page footer PDF text leaves between the two halves of a word (情\n- 2 -\n况, 第 3 页) */
const FOOTER = /^[ \t]*(?:[-—–][ \t]*\d{1,4}[ \t]*[-—–]|第[ \t]*\d{1,4}[ \t]*页(?:[ \t]*[,，/]?[ \t]*共[ \t]*\d{1,4}[ \t]*页)?)[ \t]*$/;

/**
 * At the line break `k`: the line break on the far side of a page-footer line next to it, in
 * direction `dir` (−1: none).
 */
function pastFooter(f: string, k: number, dir: 1 | -1): number {
  if (f.charCodeAt(k) !== 10) return -1;
  const ls = dir === 1 ? k + 1 : f.lastIndexOf('\n', k - 1) + 1;
  let le = dir === 1 ? f.indexOf('\n', k + 1) : k;
  if (le < 0) le = f.length;
  if (le - ls > 24 || le <= ls || !FOOTER.test(f.slice(ls, le))) return -1;
  return dir === 1 ? le : ls - 1;
}
const isHanUnit = (c: string | undefined) => c !== undefined && /[\u3400-\u9fff]/.test(c);

/**
 * A flag that forms a lexicon word with Han text across a line break, spaces or an invisible
 * mark (PDF text wraps labels and spaces header words: 行 政 訴[訟], 申請\n人情\n[況]; a
 * zero-width mark inside 栾‍川县) is part of that word, not noise: random characters seldom
 * complete a word across the break.
 */
function wrappedWord(lex: Lexicon, f: string, s: number, e: number): boolean {
  const seq: string[] = [];
  const gapAfter: boolean[] = [];
  // up to 6 Han characters each side, skipping what a converter leaves inside words
  const left: [string, boolean][] = [];
  let gap = false;
  for (let k = s - 1; k >= 0 && left.length < 6; k--) {
    const past = pastFooter(f, k, -1);
    if (past >= 0) {
      k = past + 1; // on to the line break before the footer
      gap = true;
    } else if (isHanUnit(f[k])) {
      left.unshift([f[k], gap]);
      gap = false;
    } else if (SKIPPABLE_IN_WORD.test(f[k])) gap = true;
    else break;
  }
  // each left character carries whether a break follows it
  for (const [c, g] of left) {
    seq.push(c);
    gapAfter.push(g);
  }
  const first = seq.length;
  for (let k = s; k < e; k++) {
    if (!isHanUnit(f[k])) return false;
    seq.push(f[k]);
    gapAfter.push(false);
  }
  const last = seq.length - 1;
  gap = false;
  for (let k = e, n = 0; k < f.length && n < 6; k++) {
    const past = pastFooter(f, k, 1);
    if (past >= 0) {
      k = past - 1; // on to the line break after the footer
      gap = true;
    } else if (isHanUnit(f[k])) {
      gapAfter[seq.length - 1] = gap;
      seq.push(f[k]);
      gapAfter.push(false);
      gap = false;
      n++;
    } else if (SKIPPABLE_IN_WORD.test(f[k])) gap = true;
    else break;
  }
  for (let a = 0; a <= first; a++) {
    let node = 0;
    let crossed = false;
    for (let b = a; b < seq.length && b - a < lex.maxLen; b++) {
      node = lex.next(node, seq[b].charCodeAt(0));
      if (node < 0) break;
      if (b >= last && b > a && crossed && lex.cost(node) !== Infinity) return true;
      if (gapAfter[b]) crossed = true;
    }
  }
  return false;
}

/**
 * Characters past the ~4,500 most frequent (cost ≥ 13: 邾 圫 芑 紞 莕; 翔 宇 are 12.4 and 11.7):
 * rare enough that a run of nothing else, holding no word, is noise whatever its neighbours are.
 */
const RARE_COST = 13;

/** the longest run of rare characters inside a noise span that also holds commoner ones, or null */
function rareCore(lex: Lexicon, f: string, s: NoiseSpan): NoiseSpan | null {
  let best: [number, number] | null = null;
  for (let i = s.start; i < s.end; ) {
    if (!(lex.charCost[f.charCodeAt(i)] >= RARE_COST)) { i++; continue; }
    let j = i;
    while (j < s.end && lex.charCost[f.charCodeAt(j)] >= RARE_COST) j++;
    if (!best || j - i > best[1] - best[0]) best = [i, j];
    i = j;
  }
  if (!best || (best[0] === s.start && best[1] === s.end) || hasWord(lex, f, best[0], best[1])) return null;
  return { start: best[0], end: best[1], inWord: s.inWord };
}

/** two UTF-16 units as one int32 (a small integer: Map lookups by it stay on V8's fast path) */
const pairKey = (f: string, i: number) => (f.charCodeAt(i) << 16) | f.charCodeAt(i + 1);
const isHanAt = (f: string, i: number) => i >= 0 && i < f.length && /[\u3400-\u9fff]/.test(f[i]);

/** does some Han pair touching the flag (inside it, or across an edge) satisfy `test`? */
function pairOf(f: string, s: NoiseSpan, test: (key: number) => boolean): boolean {
  for (let i = s.start - 1; i < s.end; i++) if (isHanAt(f, i) && isHanAt(f, i + 1) && test(pairKey(f, i))) return true;
  return false;
}

/**
 * How often each character pair touching a flag occurs in the whole text. Random noise makes
 * pairs that occur nowhere else; a pair seen again is the document's own vocabulary (涉密,
 * 警务, a local name), which the general lexicon may lack.
 */
function recurringPairs(f: string, spans: NoiseSpan[]): Map<number, number> {
  return withUnitSets((a, b) => recurringPairsWith(f, spans, a, b));
}

function recurringPairsWith(f: string, spans: NoiseSpan[], firstSet: UnitSet, secondSet: UnitSet): Map<number, number> {
  const counts = new Map<number, number>();
  const firsts = firstSet.has;
  const seconds = secondSet.has;
  for (const s of spans) pairOf(f, s, (k) => (counts.set(k, 0), firstSet.add(k >>> 16), secondSet.add(k & 0xffff), false));
  if (!counts.size) return counts;
  // one pass; the typed-array screens keep the map lookups to the few candidate positions
  for (let i = 0; i + 1 < f.length; i++) {
    if (firsts[f.charCodeAt(i)] === 0 || seconds[f.charCodeAt(i + 1)] === 0) continue;
    const k = pairKey(f, i);
    const c = counts.get(k);
    if (c !== undefined) counts.set(k, c + 1);
  }
  return counts;
}

/** strings (with one character of context each side) that occur more than once in `f` */
function recurring(f: string, keys: string[]): Set<string> {
  return withUnitSets((a, b) => recurringWith(f, keys, a, b));
}

function recurringWith(f: string, keys: string[], firstSet: UnitSet, secondSet: UnitSet): Set<string> {
  // keys by their first two units (every key has ≥ 2); each unit screens by typed array
  const byPair = new Map<number, string[]>();
  const firsts = firstSet.has;
  const seconds = secondSet.has;
  for (const k of new Set(keys)) {
    if (k.length < 2) continue;
    firstSet.add(k.charCodeAt(0));
    secondSet.add(k.charCodeAt(1));
    const list = byPair.get(pairKey(k, 0));
    if (list) list.push(k);
    else byPair.set(pairKey(k, 0), [k]);
  }
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < f.length; i++) {
    if (firsts[f.charCodeAt(i)] === 0 || seconds[f.charCodeAt(i + 1)] === 0) continue;
    const list = byPair.get(pairKey(f, i));
    if (list) for (const k of list) if (f.startsWith(k, i)) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n > 1).map(([k]) => k));
}

/**
 * `domain`: the genre's attested 4-grams (phrases.ts; null: the document's own wording only).
 * `params` overrides the mode's lattice parameters (measuring only).
 */
export function detectInjected(
  lex: Lexicon,
  ctx: TextContext,
  mode: 'precise' | 'thorough' = 'precise',
  domain: Grams | null = null,
  params?: Partial<LatticeParams> & { damaged?: Partial<LatticeParams> },
): Garble[] {
  const screened: Screened = { segs: [], done: false };
  const { damaged, ...own } = params ?? {};
  const found = detectWith(lex, ctx, { ...(mode === 'thorough' ? THOROUGH : PRECISE), ...own }, domain, screened);
  // The noise rate is a property of the document: where the precise reading already finds
  // several runs of noise, noise is likely enough that the weaker readings of thorough mode
  // (two common characters between words: 。[酷乘]為方便) are worth flagging too. A clean
  // document keeps the precise reading.
  let out = found;
  if (mode !== 'thorough' && found.length >= DAMAGED_RUNS) {
    const more = detectWith(lex, ctx, { ...PRECISE, ...own, ...DAMAGED, ...damaged }, domain, screened);
    if (more.length >= found.length) out = more;
  }
  const lattice = new SpanIndex(out.map((o) => o.span));
  const stranded = findStranded(lex, ctx).filter((g) => !lattice.overlaps(g.span[0], g.span[1]));
  if (stranded.length) out = [...out, ...stranded];
  // noise cut into wording attested elsewhere: united with what overlaps it (index.ts merges)
  const cuts = findCuts(lex, ctx.folded, (templates ??= templateGrams(templatePhrases())));
  const before = new SpanIndex(out.map((o) => o.span));
  // cuts come in order of their start, so one held by an earlier cut is held by the furthest-reaching
  let cutEnd = -1;
  for (const c of cuts) {
    if (before.holds(c.start, c.end) || cutEnd >= c.end) continue;
    cutEnd = Math.max(cutEnd, c.end);
    out.push({ kind: 'injected', span: [c.start, c.end], text: ctx.text.slice(c.start, c.end), suggestion: '', ...because('garble.noiseInWord', {}) });
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

let templates: ReturnType<typeof templateGrams> | null = null;

const SENTENCE_END = /[。；！？!?;]/;

/**
 * A stranded fragment: 1–5 Han characters between the end of a sentence and a line break
 * (…有待提高。[格]\n). A sentence that starts there runs on past the break (PDF text wraps it), so
 * its first words are words; a fragment holding no word of ≥ 2 characters, joining none across
 * the break and found nowhere else in the document is noise.
 */
function findStranded(lex: Lexicon, ctx: TextContext): Garble[] {
  const f = ctx.folded;
  const found: [number, number][] = [];
  for (let i = f.indexOf('\n'); i >= 0; i = f.indexOf('\n', i + 1)) {
    let a = i;
    while (a > 0 && i - a < 6 && isHanUnit(f[a - 1])) a--;
    const len = i - a;
    if (len < 1 || len > 5 || !SENTENCE_END.test(f[a - 1] ?? '')) continue;
    if (hasWord(lex, f, a, i) || crossesBreak(lex, f, a, i) || ENUMERATION.test(f.slice(a, i))) continue;
    found.push([a, i]);
  }
  // one that recurs is the document's own wording
  const once = printedOnce(f, found);
  return found
    .filter((_, k) => once[k])
    .map(([a, i]) => ({ kind: 'injected', span: [a, i], text: ctx.text.slice(a, i), suggestion: '', ...because('garble.noiseBetweenWords', {}) }));
}

/** 一是, 二要, 三则: the genre's enumerations start sentences with an ordinal and a verb */
const ENUMERATION = /^[一二三四五六七八九十][是要则]/;

/** does a word run from inside [a, b) over the line break at b into the next line (部\n分)? */
function crossesBreak(lex: Lexicon, f: string, a: number, b: number): boolean {
  let next = b;
  while (next < f.length && SKIPPABLE.test(f[next])) next++;
  for (let k = a; k < b; k++) {
    let node = 0;
    for (let m = k; m < b && node >= 0; m++) node = lex.next(node, f.charCodeAt(m));
    for (let m = next; node >= 0 && m < next + 4 && isHanUnit(f[m]); m++) {
      node = lex.next(node, f.charCodeAt(m));
      if (node >= 0 && lex.cost(node) !== Infinity) return true;
    }
  }
  return false;
}

/** precise flags at least this many runs: the document is damaged (see detectInjected) */
export const DAMAGED_RUNS = 3;
/**
 * the lattice parameters for a damaged document: thorough's (measured alternatives, in-sample:
 * singleExtra 3 / pairBound 4 gave common R .902 but P .896 on the damaged texts), and noise
 * drawn from the frequent characters too: a character cheap as a word on its own (cost < 8.5:
 * 的 是 在 人 大 …) costs 7.5 as noise instead of 8.5: damage uses them as often as any other
 * (in-sample top-300 runs .37 → .41, common .78 → .80, character precision .967 → .964; 7 gave
 * .45 / .81 but precision .947)
 */
const DAMAGED: Partial<LatticeParams> = { singleExtra: THOROUGH.singleExtra, pairBound: THOROUGH.pairBound, freqNoise: 7.5, freqBelow: 8.5 };

function detectWith(lex: Lexicon, ctx: TextContext, p: LatticeParams, domain: Grams | null, screened: Screened): Garble[] {
  const f = ctx.folded;
  // the 4-gram index costs a pass over the text: built only when something reads it
  const attest = domain !== null || p.bridgeBonus > 0 ? new Attest(f, domain) : null;
  const spans: NoiseSpan[] = findNoise(lex, f, p, attest, 0, f.length, screened);
  const key = (s: NoiseSpan) => f.slice(Math.max(0, s.start - 1), s.end + 1);
  const cores = spans.map((s) => rareCore(lex, f, s));
  const all = [...spans, ...cores.filter((c): c is NoiseSpan => c !== null)];
  const keys = all.map(key);
  const bare = all.filter((s) => s.end - s.start >= 2).map((s) => f.slice(s.start, s.end));
  const again = recurring(f, [...keys, ...bare]);
  const pairs = recurringPairs(f, spans);
  const kept = (s: NoiseSpan): boolean => {
    if (again.has(key(s)) || (s.end - s.start >= 2 && again.has(f.slice(s.start, s.end)))) return false;
    if (pairOf(f, s, (k) => (pairs.get(k) ?? 0) > 1)) return false;
    // domain phrasing (放管服, 黄赌毒 in other reports) or the document's own
    if (attest?.touched(s.start, s.end)) return false;
    if (looksLikeName(f, s.start, s.end)) return false;
    if (beforeDocNumber(f, s.end)) return false;
    if (parallel(f, s.start, s.end)) return false;
    if (inAddress(f, s.start)) return false;
    return !wrappedWord(lex, f, s.start, s.end);
  };
  const inContext = (s: NoiseSpan) => looksLikeName(f, s.start, s.end) || beforeDocNumber(f, s.end) || inAddress(f, s.start);
  const out: Garble[] = [];
  for (const [i, span] of spans.entries()) {
    // a run the rules give back to the document may still hold a core of rare characters that
    // the lattice widened with the real characters its cut left loose (做大做[阽沱]强问政 read as
    // 做阽沱强问, 1.加强[醌]用权 as 醌用权): the core is judged on its own
    // (not where the whole run stands in a name, a document number or an address: 政委熊[磊]为组长)
    const core = cores[i];
    const s = kept(span) ? span : core && !inContext(span) && kept(core) ? core : null;
    if (!s) continue;
    out.push({
      kind: 'injected',
      span: [s.start, s.end],
      text: ctx.text.slice(s.start, s.end),
      suggestion: '',
      ...because(s.inWord ? 'garble.noiseInWord' : 'garble.noiseBetweenWords', {}),
    });
  }
  return out;
}
