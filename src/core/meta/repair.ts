// A body's name with runs injected inside it that the garble detector did not flag
// (秦安县白沙镇人民[要以有是下]政府, 温州市医疗保[中他会是们]障局): a name is built of words — places,
// the words of a body's name, single administrative and organisational characters — so the
// fewest characters, in at most three runs of one to five, whose removal leaves a name read
// wholly as such words are injected. A name that reads whole as printed is left alone.
import type { Lexicon } from '../garbles/lexicon';
import type { Places } from '../garbles/places';

/** What a name is read with: the garble detector's lexicon and gazetteer. */
export interface NameWords {
  lex: Lexicon;
  places: Places | null;
}

/** Characters that stand alone in a name: administrative levels, bodies' endings, connectors. */
const SINGLE = new Set('省市县区州盟旗镇乡村局厅委署院部处所队站馆社行办科和与及()（）');

const MAX_RUN = 5;
const MAX_RUNS = 3;
/** longest place name tried (the gazetteer's names with their level: 敖东镇, 中国(上海)…) */
const MAX_TOKEN = 8;
// Costs of a reading (−ln P-like): a word its lexicon cost, a place or a single character a
// flat price, each character taken out and each run a price (fewer, shorter runs first); a
// character taken out costs more than a common word, so what reads as words stays.
const PLACE_COST = 14;
const SINGLE_COST = 9;
const SKIP_CHAR = 15;
const SKIP_RUN = 20;
/** a word read across a run (保[…]障) pays extra: injected characters on both sides of a run
 * make words by chance (人民[定]过[子]年政府 reads 过年) */
const ACROSS = 15;

interface State {
  cost: number;
  /** the kept characters of the token under way ('' at a boundary) */
  tok: string;
  runs: number;
  skipped: number;
  /** the state before, and what was kept or skipped to get here */
  prev: State | null;
  kept: string;
  /** whether the token under way has a run inside it */
  across: boolean;
}

/** the price of `tok` read as one token, or Infinity */
function tokenCost(words: NameWords, tok: string): number {
  if (tok.length === 1) return SINGLE.has(tok) ? SINGLE_COST : Infinity;
  let node = 0;
  for (let k = 0; k < tok.length && node >= 0; k++) node = words.lex.next(node, tok.charCodeAt(k));
  const c = node >= 0 ? words.lex.cost(node) : Infinity;
  if (c !== Infinity) return c;
  return words.places?.has(tok) ? PLACE_COST : Infinity;
}

/** may `tok` still grow into a token (a lexicon prefix, or short enough to be a place)? */
function mayGrow(words: NameWords, tok: string): boolean {
  if (tok.length >= MAX_TOKEN) return false;
  if (words.places && tok.length < MAX_TOKEN) return true;
  let node = 0;
  for (let k = 0; k < tok.length && node >= 0; k++) node = words.lex.next(node, tok.charCodeAt(k));
  return node >= 0;
}

/**
 * The cheapest reading of `name` as tokens with at most `maxRuns` runs taken out (a run may cut
 * through a word: 保[中他会是们]障), or null when there is none.
 */
function read(words: NameWords, name: string, maxRuns: number): State | null {
  const n = name.length;
  // at[i]: states before position i, keyed by runs, whether a run just ended, token under way
  const at: Map<string, State>[] = Array.from({ length: n + 1 }, () => new Map());
  const put = (i: number, s: State, afterRun: boolean) => {
    const key = `${s.runs}|${afterRun ? 1 : 0}|${s.across ? 1 : 0}|${s.tok}`;
    const old = at[i]!.get(key);
    if (!old || s.cost < old.cost) at[i]!.set(key, s);
  };
  put(0, { cost: 0, tok: '', runs: 0, skipped: 0, prev: null, kept: '', across: false }, false);
  for (let i = 0; i < n; i++) {
    for (const [key, s] of at[i]!) {
      const c = name[i]!;
      const tok = s.tok + c;
      const close = tokenCost(words, tok);
      // (a place's name read across a run pays nothing extra: chance words are common words)
      if (close !== Infinity) put(i + 1, { ...s, cost: s.cost + close + (s.across && close !== PLACE_COST ? ACROSS : 0), tok: '', prev: s, kept: c, across: false }, false);
      if (mayGrow(words, tok)) put(i + 1, { ...s, tok, prev: s, kept: c }, false);
      // runs lie inside the name: its first and last characters are its own
      if (i === 0 || key.split('|')[1] === '1' || s.runs >= maxRuns) continue;
      for (let j = i + 1; j <= Math.min(n - 1, i + MAX_RUN); j++) {
        put(j, { ...s, cost: s.cost + SKIP_RUN + SKIP_CHAR * (j - i), runs: s.runs + 1, skipped: s.skipped + (j - i), prev: s, kept: '', across: s.tok !== '' }, true);
      }
    }
  }
  let best: State | null = null;
  for (const s of at[n]!.values()) if (s.tok === '' && (!best || s.cost < best.cost)) best = s;
  return best;
}

/**
 * The name with its injected runs taken out, or null when it reads whole as printed or cannot be
 * read as words with at most three runs taken out. The result keeps the name's characters in
 * order (a subsequence), so its span stays the printed one.
 */
export function repairName(words: NameWords, name: string): string | null {
  if (name.length < 4 || name.length > 40) return null;
  if (read(words, name, 0)) return null;
  const best = read(words, name, MAX_RUNS);
  if (!best) return null;
  let out = '';
  for (let s: State | null = best; s; s = s.prev) out = s.kept + out;
  return out;
}
