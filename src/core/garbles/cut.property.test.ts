// gramAnswers (the answers behind findCuts' exact test, found in one pass for the strings asked)
// answers exactly what the plain scan answers, for any text and any question: strings of the
// text's own pieces, joined pieces, strings that hold spaces, digits or are not 6 long (those go
// to the plain scan), and strings not asked beforehand (also the plain scan).
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { gramAnswers, gramTables, occursElsewhere } from './cut';

// a small alphabet, so 6-grams repeat and hash chains hold many positions
const unit = fc.constantFrom('政', '府', '信', '息', '公', '开', '，', 'a', '1', ' ', '\n', '\u200b');
const text = fc.array(unit, { minLength: 0, maxLength: 400 }).map((a) => a.join(''));

describe('gramAnswers', () => {
  it('answers as the plain scan does', () => {
    fc.assert(
      fc.property(text, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.array(unit, { minLength: 0, maxLength: 8 }), fc.integer({ min: -1, max: 410 }))), (f, questions) => {
        const { ahead } = gramTables(f);
        const n = Math.max(1, f.length);
        const piecesOf = ([a, b, free]: (typeof questions)[number]) =>
          [f.slice(a % n, (a % n) + 6), f.slice(a % n, (a % n) + 3) + f.slice(b % n, (b % n) + 3), free.join('')].filter((p) => p.length > 0);
        // the first half asked beforehand, the rest not (the plain scan answers those)
        const ask = gramAnswers(f, ahead, questions.slice(0, Math.ceil(questions.length / 2)).flatMap(piecesOf));
        for (const q of questions) {
          const [a, , , not] = q;
          // (findCuts never asks for an empty string; the plain scan would not end on one)
          for (const s of piecesOf(q)) {
            expect(ask(s, not)).toBe(occursElsewhere(f, s, not));
            // the position of the piece itself, the case findCuts asks
            expect(ask(s, a % n)).toBe(occursElsewhere(f, s, a % n));
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('finds a repeated phrase far apart, and not its only copy', () => {
    const f = '主动公开政府信息情况' + '。'.repeat(5000) + '主动公开政府信息情况';
    const { ahead } = gramTables(f);
    const g = '开放政府信息情况';
    const ask = gramAnswers(f, ahead, ['公开政府信息', g.slice(0, 6)]);
    expect(ask('公开政府信息', -1)).toBe(true);
    expect(ask('公开政府信息', 2)).toBe(true);
    expect(ask(g.slice(0, 6), -1)).toBe(false);
    const once = '年度报告的编制';
    const { ahead: ah } = gramTables(once);
    expect(gramAnswers(once, ah, ['度报告的编制'])('度报告的编制', 1)).toBe(false);
    expect(gramAnswers(once, ah, ['度报告的编制'])('度报告的编制', -1)).toBe(true);
  });
});
