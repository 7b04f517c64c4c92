import { describe, expect, it } from 'vitest';
import { Attest, domainGrams, Grams, minePhrases } from './phrases';

describe('phrase evidence', () => {
  it('Grams counts exact 4-grams and survives growth', () => {
    const g = new Grams(2);
    for (let i = 0; i < 1000; i++) g.add(i, i * 7);
    g.add(5, 35);
    expect(g.count(5, 35)).toBe(2);
    expect(g.count(5, 36)).toBe(0);
    expect(g.size).toBe(1000);
  });

  it('mines only wording shared by reports of different bodies', () => {
    const p = minePhrases([
      { body: 'a', text: '本机关不掌握相关政府信息。甲地特有名称。' },
      { body: 'a', text: '甲地特有名称' },
      { body: 'b', text: '本机关不掌握相关政府信息' },
    ]);
    expect(p).toBe('本机关不掌握相关政府信息');
  });

  it('a character cut into attested wording is bridged; the wording itself is not', () => {
    const f = '自然人法人或其他组织。自然反人法人';
    const at = new Attest(f, null);
    const x = f.indexOf('反');
    expect(at.bridged(x, x + 1)).toBe(true); // 自然人 occurs elsewhere, 然反人 nowhere
    expect(at.bridged(1, 2)).toBe(false); // 自[然]人法: 自人法 is attested nowhere
    const dom = new Attest('然反人法', domainGrams('然反人法'));
    expect(dom.touched(1, 2)).toBe(true);
  });
});
