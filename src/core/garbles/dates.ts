// Noise inside a date (20[乒]24年, 2025年[墨]1月, 1月[鈷]8日, 2023[學]年): dates have a grammar
// that the word lattice does not see (digits stand between its Han segments). A date is read
// leniently — Han runs allowed between its digits and units — and accepted only when what is
// left is a whole date (a four-digit year 19xx/20xx, 年, a month 1–12, 月, and optionally a day
// 1–31 with 日/号); the Han runs it had to skip are injected, unless they hold anything a real date
// may hold there (年 月 日, 至, 和, 底, 度, 份 …).
import type { Garble } from '../types';
import { because } from '../diagnostics';

/** Han characters that real dates and ranges hold: never skipped as noise */
const DATE_WORDS = /[年月日号至到和及或与、底初中末份度内以前后起止间第季上下旬个周期每共约近余多]/;
const MAX_RUN = 5;

/**
 * May this Han run inside a date be noise? Not if it holds a date word (2019年前3[个]月), unless
 * it is 3 or more characters of which most are no date words (2026年1[主这也后下]月): random runs
 * drawn from the most frequent characters often hold one (上 下 中 后 多), real dates hold no
 * such run.
 */
function noiseRun(run: string): boolean {
  let dateWords = 0;
  for (const ch of run) if (DATE_WORDS.test(ch)) dateWords++;
  return dateWords === 0 || (run.length >= 3 && dateWords * 2 < run.length);
}

/** what follows the year in a report's title or opening (2021年度政府信息公开工作年度报告) */
const YEAR_OF_REPORT = /^度?(?:政府)?信息公开/;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHan = (c: number) => c >= 0x3400 && c <= 0x9fff;

class Reader {
  noise: [number, number][] = [];
  constructor(
    private readonly f: string,
    public at: number,
  ) {}

  /**
   * skip spaces, and a Han run (≤ MAX_RUN, see `noiseRun`) before `next` if `next` follows it;
   * never a run holding `unit` (the field's own unit: 3月[转无]4日 is no month 34)
   */
  skip(next: (c: number) => boolean, unit = ''): boolean {
    const f = this.f;
    while (f[this.at] === ' ') this.at++;
    if (next(f.charCodeAt(this.at))) return true;
    for (let j = this.at + 1; j <= f.length && j - this.at <= MAX_RUN && isHan(f.charCodeAt(j - 1)); j++) {
      let k = j;
      while (f[k] === ' ') k++;
      if (!next(f.charCodeAt(k))) continue;
      if (!noiseRun(f.slice(this.at, j)) || (unit && f.slice(this.at, j).includes(unit))) return false;
      this.noise.push([this.at, j]);
      this.at = k;
      return true;
    }
    return false;
  }

  /** digits (up to `max`), with noise allowed between them but not the unit after them */
  number(max: number, unit: string): string | null {
    let digits = '';
    while (digits.length < max) {
      if (digits && !this.skip(isDigit, unit)) break;
      const c = this.f.charCodeAt(this.at);
      if (!isDigit(c)) break;
      digits += this.f[this.at++];
    }
    if (isDigit(this.f.charCodeAt(this.at))) return null; // too many digits: not this field
    return digits || null;
  }

  unit(u: string): boolean {
    const code = u.charCodeAt(0);
    if (!this.skip((c) => c === code)) return false;
    this.at++;
    return true;
  }
}

export function findDateNoise(text: string, folded: string, out: Garble[]): void {
  const f = folded;
  for (let i = 0; i < f.length; i++) {
    if (!isDigit(f.charCodeAt(i)) || isDigit(f.charCodeAt(i - 1))) continue;
    const r = new Reader(f, i);
    const year = r.number(4, '年');
    if (!year || year.length !== 4 || !/^(?:19|20)/.test(year) || !r.unit('年')) continue;
    // a year alone (2[…]021年度报告) counts when one run split its digits: digits of a year are
    // never split by Han text. (Glued table text can make a "year" of single-digit cells and
    // their labels, 2[…]0[…]1[…]9年: one run only, and a plausible year.)
    const inYear = r.noise.length === 1 && +year >= 1990 && +year <= 2039 && YEAR_OF_REPORT.test(f.slice(r.at, r.at + 12)) ? 1 : 0;
    const yearEnd = r.at;
    if (!r.skip(isDigit)) {
      if (inYear) pushNoise(text, r.noise.slice(0, inYear), out);
      i = yearEnd - 1;
      continue;
    }
    const month = r.number(2, '月');
    if (!month || +month < 1 || +month > 12 || !r.unit('月')) {
      if (inYear) pushNoise(text, r.noise.slice(0, inYear), out);
      i = yearEnd - 1;
      continue;
    }
    const back = { at: r.at, n: r.noise.length };
    const day = r.skip(isDigit) ? r.number(2, '日') : null;
    if (!(day && +day >= 1 && +day <= 31 && (r.unit('日') || r.unit('号')))) {
      r.at = back.at;
      r.noise.length = back.n;
    }
    pushNoise(text, r.noise, out);
    i = r.at - 1;
  }
}

function pushNoise(text: string, noise: [number, number][], out: Garble[]): void {
  for (const [s, e] of noise) out.push({ kind: 'injected', span: [s, e], text: text.slice(s, e), suggestion: '', ...because('garble.noiseInDate', {}) });
}
