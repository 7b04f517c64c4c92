import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { loadLexicon } from './lexicon';
import { findMojibake, t2sUnits } from './mojibake';
import { encodeLegacy } from './codec';
import { cleanText } from './index';
import { t2sCharMap } from '../normalize/fold';

const t2s = t2sCharMap();

const dir = new URL('../../../fixtures/samples/', import.meta.url);
const lines = [
  ...new Set(
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split('\n'))
      .filter((l) => /[\u4e00-\u9fff]{4}/.test(l)),
  ),
];
const enc = new TextEncoder();
const latin1 = (b: Uint8Array) => new TextDecoder('windows-1252').decode(b);
const asGbk = (s: string) => new TextDecoder('gb18030').decode(enc.encode(s));

/** damage every line with `make`, repair with findMojibake, count exact repairs */
async function measure(make: (l: string) => string | null) {
  const lex = await loadLexicon();
  let n = 0;
  let exact = 0;
  let wrong = 0;
  for (const l of lines) {
    const m = make(l);
    if (m === null) continue;
    n++;
    const g = findMojibake(lex, m);
    const fixed = cleanText(m, g);
    if (fixed === l) exact++;
    // a line fully repaired by our own claim (no piece a guess or left out) but not the original
    else if (g.length && g.every((x) => x.code === 'garble.misread')) wrong++;
  }
  return { n, exact: exact / n, wrong: wrong / n };
}

describe('mojibake repair (measured on the samples’ lines)', () => {
  it('changes no clean line', async () => {
    const lex = await loadLexicon();
    const changed = lines.filter((l) => findMojibake(lex, l).length > 0);
    expect(lines.length).toBeGreaterThan(400);
    expect(changed).toEqual([]);
  });

  it('repairs UTF-8 read as GBK (U+FFFD holes inferred from UTF-8 structure)', async () => {
    const r = await measure((l) => new TextDecoder('gb18030').decode(enc.encode(l)));
    console.log(`UTF-8 read as GBK: ${r.n} lines, exact ${r.exact.toFixed(3)}, wrong repair ${r.wrong.toFixed(3)}`);
    // target 0.75; measured 0.760, 0.786 with the document's evidence (enumerators, attested strings)
    expect(r.exact).toBeGreaterThanOrEqual(0.75);
    expect(r.wrong).toBeLessThanOrEqual(0.06);
  });

  it('repairs Big5 read as GBK', async () => {
    const r = await measure((l) => {
      const b = encodeLegacy(l, 'big5');
      return b && !b.includes(-1) ? new TextDecoder('gb18030').decode(new Uint8Array(b)) : null;
    });
    console.log(`Big5 read as GBK: ${r.n} lines, exact ${r.exact.toFixed(3)}`);
    expect(r.n).toBeGreaterThan(100);
    expect(r.exact).toBeGreaterThanOrEqual(0.99);
  });

  it('repairs GBK read as Big5 (simplified lines: a mainland GB file opened as Big5)', async () => {
    const r = await measure((l) => {
      if ([...l].some((c) => t2s.has(c.charCodeAt(0)))) return null; // traditional characters: not a GB file
      const b = encodeLegacy(l, 'gb18030');
      return b && !b.includes(-1) ? new TextDecoder('big5').decode(new Uint8Array(b)) : null;
    });
    console.log(`GBK read as Big5: ${r.n} lines, exact ${r.exact.toFixed(3)}, wrong repair ${r.wrong.toFixed(3)}`);
    expect(r.n).toBeGreaterThan(200);
    expect(r.exact).toBeGreaterThanOrEqual(0.99);
    expect(r.wrong).toBeLessThanOrEqual(0.01);
  });

  it('repairs GBK read as Big5, any line (traditional text in GBK too)', async () => {
    const r = await measure((l) => {
      const b = encodeLegacy(l, 'gb18030');
      return b && !b.includes(-1) ? new TextDecoder('big5').decode(new Uint8Array(b)) : null;
    });
    console.log(`GBK read as Big5, any line: ${r.n} lines, exact ${r.exact.toFixed(3)}, wrong repair ${r.wrong.toFixed(3)}`);
    // Big5 drops every GBK character it cannot map; for traditional text in GBK that is many
    expect(r.exact).toBeGreaterThanOrEqual(0.85);
    expect(r.wrong).toBeLessThanOrEqual(0.02);
  });

  it('repairs the classic example and keeps its span', async () => {
    const lex = await loadLexicon();
    const t = '报告：' + new TextDecoder('gb18030').decode(enc.encode('政府信息公开工作年度报告')) + '\n下一行正常。';
    const g = findMojibake(lex, t);
    expect(g).toHaveLength(1);
    expect(g[0].kind).toBe('mojibake');
    expect(cleanText(t, g)).toBe('报告：政府信息公开工作年度报告\n下一行正常。');
  });

  it('repairs UTF-8 and GBK read as Latin-1, and UTF-8 read as Latin-1 twice', async () => {
    const lex = await loadLexicon();
    const line = '第二十条第(五)项：政府信息公开工作年度报告';
    const once = latin1(enc.encode(line));
    expect(cleanText(once, findMojibake(lex, once))).toBe(line);
    const twice = latin1(enc.encode(once));
    const g = findMojibake(lex, twice);
    expect(cleanText(twice, g)).toBe(line);
    expect(g[0].params).toEqual({ encoding: 'UTF-8', readAs: 'Latin-1 (×2)' });
    const gbk = encodeLegacy(line, 'gb18030')!;
    const fromGbk = latin1(new Uint8Array(gbk));
    expect(cleanText(fromGbk, findMojibake(lex, fromGbk))).toBe(line);
  });

  it('repairs UTF-8 read as GBK twice where the second reading lost a byte', async () => {
    const lex = await loadLexicon();
    for (const line of ['本年制发件数 |', '三、收到和处理政府信息公开申请情况']) {
      const twice = asGbk(asGbk(line));
      expect(twice).toContain('\ufffd'); // the odd last byte of the first reading, lost
      const g = findMojibake(lex, twice);
      expect(cleanText(twice, g)).toBe(line);
      expect(g[0].params).toEqual({ encoding: 'UTF-8', readAs: 'GBK (×2)' });
    }
  });

  it('measures Latin-1 repairs on the samples', async () => {
    const r = await measure((l) => new TextDecoder('windows-1252').decode(enc.encode(l)));
    console.log(`UTF-8 read as Latin-1: ${r.n} lines, exact ${r.exact.toFixed(3)}, wrong repair ${r.wrong.toFixed(3)}`);
    expect(r.exact).toBeGreaterThanOrEqual(0.99);
  });

  it('flags a line whose bytes are lost (GBK read as UTF-8) whole, without a suggestion', async () => {
    const lex = await loadLexicon();
    const line = '本机关全年共收到政府信息公开申请12件，均已按时答复。';
    const bad = new TextDecoder('utf-8').decode(new Uint8Array(encodeLegacy(line, 'gb18030')!));
    const g = findMojibake(lex, `第一行正常。\n${bad}\n下一行正常。`);
    expect(g).toHaveLength(1);
    expect(g[0].suggestion).toBe('');
    expect(g[0].code).toBe('garble.lostBytes');
    // every non-ASCII unit of the damaged line lies inside the garble
    const s = '第一行正常。\n'.length;
    for (let i = 0; i < bad.length; i++) if (bad.charCodeAt(i) >= 0x80) expect(g[0].span[0] <= s + i && s + i < g[0].span[1]).toBe(true);
  });

  it('leaves rows of symbols, bullets and Latin text alone', async () => {
    const lex = await loadLexicon();
    for (const l of ['１０　３８　１４０３', '┌──────┬──────┐', '■■■■■■ ★★★ ●●●', 'Café São Paulo – Zürich “quoted” …', '注：“—”表示无数据；× 表示不适用。', '①②③④⑤⑥⑦⑧']) {
      expect(findMojibake(lex, l)).toEqual([]);
    }
  });

  it('suggests its best guess for a lost byte, marked as a guess, with the other readings', async () => {
    const lex = await loadLexicon();
    // 五 is E4 BA 94: read as GBK, its last byte is swallowed before ')' (no list to say which numeral)
    const bad = new TextDecoder('gb18030').decode(enc.encode('(五)不予处理'));
    const g = findMojibake(lex, bad).filter((x) => x.code === 'garble.misreadGuess');
    expect(g).toHaveLength(1);
    expect(g[0].text).toBe(bad.slice(g[0].span[0], g[0].span[1])); // what was printed is kept
    expect(g[0].suggestion).not.toBe('');
    expect(g[0].alternatives!.length).toBeGreaterThan(0);
    expect([g[0].suggestion, ...g[0].alternatives!]).toContain('五');
    expect(g[0].params).toMatchObject({ encoding: 'UTF-8', readAs: 'GBK' });
  });

  it('repairs UTF-8 read as Big5: each U+FFFD a lost byte pair, filled jointly', async () => {
    const lex = await loadLexicon();
    // Node's Big5 decoder (as Windows' cp950) drops a lead byte with a trail 0x80–0xA0 as one U+FFFD
    for (const w of ['行政复议', '行政诉讼', '年度报告']) {
      const bad = new TextDecoder('big5').decode(enc.encode(w));
      expect(cleanText(bad, findMojibake(lex, bad))).toBe(w);
    }
    // a longer line: every unit flagged, the repair marked as a guess where bytes were lost
    const line = '主动公开政府信息情况';
    const long = new TextDecoder('big5').decode(enc.encode(line));
    const g = findMojibake(lex, long);
    for (let i = 0; i < long.length; i++) expect(g.some((x) => x.span[0] <= i && i < x.span[1])).toBe(true);
    expect(g.every((x) => x.suggestion.length > 0)).toBe(true);
  });

  it('repairs UTF-8 read as GBK twice where the first reading lost a byte (锟 + U+FFFD)', async () => {
    const lex = await loadLexicon();
    const line = '规范性文件 |';
    const bad = asGbk(asGbk(line));
    expect(bad).toContain('锟\ufffd');
    const g = findMojibake(lex, bad);
    expect(cleanText(bad, g)).toBe(line);
    expect(g[0].params).toMatchObject({ readAs: 'GBK (×2)' });
  });

  it('settles a lost byte from the templates’ wording (第二十条第(五)项)', async () => {
    const lex = await loadLexicon();
    // 第 and 项 lose their last byte before '(' and ' ' when read as GBK; 五 its last before ')'
    const line = '第二十条第(五)项 |';
    const bad = new TextDecoder('gb18030').decode(enc.encode(line));
    const g = findMojibake(lex, bad);
    expect(cleanText(bad, g)).toBe(line);
  });

  it('flags what is left of a line beside the pieces it repaired', async () => {
    const lex = await loadLexicon();
    // one clause GBK read as UTF-8 (bytes lost: no repair), the others UTF-8 read as GBK (repaired)
    const lost = new TextDecoder('utf-8').decode(new Uint8Array(encodeLegacy('规范性文件', 'gb18030')!));
    const bad = `${asGbk('本机关全年共收到申请')},${lost},${asGbk('均已按时答复')}`;
    const g = findMojibake(lex, bad);
    for (let i = 0; i < bad.length; i++) if (bad.charCodeAt(i) >= 0x80) expect(g.some((x) => x.span[0] <= i && i < x.span[1]), bad[i]).toBe(true);
  });

  it('reads an enumerator lost to a swallowed byte from the list it continues', async () => {
    const lex = await loadLexicon();
    // (三) and (五): UTF-8 E4 B8 89 / E4 BA 94 lose their last byte before ')' when read as GBK
    const list = ['(二)部分公开', '(三)不予公开', '(四)无法提供', '(五)不予处理'];
    const bad = list.map((l, i) => (i % 2 ? new TextDecoder('gb18030').decode(enc.encode(l)) : l)).join('\n');
    expect(cleanText(bad, findMojibake(lex, bad))).toBe(list.join('\n'));
  });
});

describe('t2sUnits', () => {
  it('maps every UTF-16 unit as t2sCharMap does (the unit itself where the map has none)', () => {
    const table = t2sUnits();
    for (let c = 0; c < 65536; c++) if (table[c] !== (t2s.get(c) ?? c)) expect([c, table[c]]).toEqual([c, t2s.get(c) ?? c]);
  });
});
