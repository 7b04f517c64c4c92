// yearMatches (the regexes that start with a year tried only where a 年 stands) against the plain
// `g` exec loop over the whole text.
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { yearMatches, YEAR_LED } from './agency';
import { BODY_YEAR_RE } from './year';

/** the plain way: the same regex with g, every match in turn (from lastIndex `from`) */
function plain(sticky: RegExp, s: string, from = 0): RegExpExecArray[] {
  const re = new RegExp(sticky.source, 'g');
  re.lastIndex = from;
  const out: RegExpExecArray[] = [];
  for (let m: RegExpExecArray | null; (m = re.exec(s)); ) out.push(m);
  return out;
}

const REGEXES = [...Object.values(YEAR_LED), BODY_YEAR_RE];
const show = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, ...m]);

// what these regexes read: digits, numerals, blanks (\s includes U+3000), 年 月 日 度, commas
const PIECES = ['2', '0', '1', '9', '二', '〇', '十', '一', '三', ' ', '\u3000', '\n', '年', '年度', '月', '日', '，', ',', '县', '公安局', '2021', '二〇二一', '12', '31'];
const arbText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));

describe('yearMatches', () => {
  it('finds what the g exec loop finds, for each regex it serves', () => {
    fc.assert(
      fc.property(arbText, fc.nat({ max: 70 }), (s, from) => {
        for (const re of REGEXES) {
          expect(show([...yearMatches(re, s)])).toEqual(show(plain(re, s)));
          expect(show([...yearMatches(re, s, from)])).toEqual(show(plain(re, s, from)));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('finds dates and subjects in report-like text', () => {
    const s = '2020 \u3000\n年，某县公安局。2021年，某县公安局认真贯彻。2022年度 ，某县公安局\n某县公安局\n2022年1月20日\n二〇二二年十二月三十一日 12345年，x';
    for (const re of REGEXES) {
      const got = [...yearMatches(re, s)];
      expect(show(got)).toEqual(show(plain(re, s)));
      expect(got.length).toBeGreaterThan(0);
    }
  });
});
