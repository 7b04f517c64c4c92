import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { makeContext } from '../context';
import { findLeftovers } from './leftovers';
import { detectGarbles } from './index';
import { rng } from './injector';
import type { Garble } from '../types';

const find = (t: string, tables: [number, number][] = []) => {
  const ctx = makeContext(t);
  const out: Garble[] = [];
  findLeftovers(ctx.text, ctx.folded, out, tables);
  return out;
};

// Leftover shapes (written for this test, not taken from the samples), traditional forms too.
// '××市': the flag is the crosses only (the part before '|' in FLAGGED below).
const LEFTOVERS = [
  '{{agency_name}}', '${year}', '{% if total %}', '【此处填写单位名称】', '（请填写联系电话）', '[在此输入正文]',
  '××市', '{ PAGE }', '{ NUMPAGES \\* Arabic }', '{ TOC \\o "1-3" \\h \\z \\u }', '错误！未定义书签。',
  'Error! Reference source not found.', '[if !supportLists]', '[endif]', 'FORMTEXT',
  '当前位置：首页 > 政务公开 > 年度报告', '當前位置：首頁 > 政務公開', '您现在的位置：首页', '【打印本页】', '【關閉窗口】',
  '【字体：大 中 小】', '字号：大 中 小', '【返回顶部】', '分享到：', '浏览次数：1024', '微信 微博 QQ空间',
];
/** the part of a shape that is flagged: all of it, but for a placeholder before a real word */
const flagged = (l: string) => (l === '××市' ? '××' : l);

describe('leftovers: placeholders, field codes, bare conditional comments, page chrome', () => {
  it('finds each shape whole', () => {
    for (const l of LEFTOVERS) {
      const t = `本机关依法公开政府信息。${l}\n全年共收到申请12件。`;
      const g = find(t);
      expect(g.map((x) => x.text), l).toEqual([flagged(l)]);
      expect(g[0].kind).toBe('markup');
    }
  });

  it('finds field codes glued to digits and letters (12PAGEREF …, AHYPERLINK \\l "…")', async () => {
    const codes = ['PAGEREF _Toc12345678 \\h', 'HYPERLINK \\l "_Toc12345678"', 'FORMTEXT', '{ PAGE }'];
    for (const c of codes)
      // glued to letters only the unmistakable forms (AFORMTEXTB is a word)
      for (const [a, b] of [['申请12', '件'], ['2023', '年'], ['本机关', '申请'], ...(c.includes('_Toc') ? [['A', 'B']] : [])]) {
        const t = `第一行。\n${a}${c}${b}\n第三行。`;
        const s = t.indexOf(c);
        const { garbles } = await detectGarbles(makeContext(t), []);
        const marks = garbles.filter((g) => g.kind === 'markup');
        // every character of the code inside one markup garble, nothing of its neighbours
        expect(marks.map((g) => g.span), `${a}${c}${b}`).toEqual([[s, s + c.length]]);
      }
  });

  it('finds chrome standing on its own line: a bare trail, an empty font widget, a share label', () => {
    for (const l of ['首页 > 政务公开 > 政府信息公开年报 > 2021', '首頁 » 政務公開 » 年報', '[字体： ] 打印', '[字型： ] 列印', '【字號：】', '• 分享：', '分享', '【列印本頁】', '【關閉視窗】', '字型：大 中 小']) {
      const t = `本机关依法公开政府信息。\n  ${l}\n全年共收到申请12件。`;
      expect(find(t).map((x) => x.text), l).toEqual([l]);
    }
    // report wording that begins the same way
    for (const l of ['首页 > 政务公开', '分享经验做法。', '首页栏目 > 3个', '字体：宋体'])
      expect(find(`本机关依法公开政府信息。\n${l}\n全年共收到申请12件。`), l).toEqual([]);
  });

  it('leaves report wording alone', () => {
    const t = '按照要求填写年度报告，文字大中小学校均已公开。当前工作位置：首页设置专栏。XX Bank 和 xx 的 Latin text。详见第（一）项。';
    expect(find(t)).toEqual([]);
  });

  it('never flags chrome inside a table’s text, but does outside it', () => {
    const t = '字号：大 中 小\n规格\t字号：大 中 小\n';
    const second = t.lastIndexOf('字号');
    const g = find(t, [[second - 3, t.length]]);
    expect(g.map((x) => x.span[0])).toEqual([0]);
  });

  it('finds every planted leftover in the samples (100%) and nothing else', async () => {
    const dir = new URL('../../../fixtures/samples/', import.meta.url);
    const rand = rng(7);
    let planted = 0;
    let found = 0;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const clean = readFileSync(new URL(f, dir), 'utf8');
      const before = (await detectGarbles(makeContext(clean), [])).garbles.filter((g) => g.kind === 'markup').length;
      let t = clean;
      const spans: [number, number][] = [];
      // plant each shape once at a random line start (spans shift as text grows: plant right to left)
      const at = LEFTOVERS.map(() => Math.floor(rand() * clean.length)).sort((a, b) => b - a);
      for (const [k, p] of at.entries()) {
        const l = LEFTOVERS[k];
        t = t.slice(0, p) + '\n' + l + '\n' + t.slice(p);
        for (const s of spans) {
          s[0] += l.length + 2;
          s[1] += l.length + 2;
        }
        spans.push([p + 1, p + 1 + flagged(l).length]);
      }
      const { garbles } = await detectGarbles(makeContext(t), []);
      const marks = garbles.filter((g) => g.kind === 'markup');
      const extra = marks.filter((g) => !spans.some(([s, e]) => g.span[0] === s && g.span[1] === e));
      if (extra.length !== before) console.log(f, extra.map((g) => g.text));
      planted += spans.length;
      found += spans.filter(([s, e]) => marks.some((g) => g.span[0] === s && g.span[1] === e)).length;
      expect(marks.length - spans.length, f).toBe(before);
    }
    console.log(`leftovers planted ${planted}, found whole ${found}`);
    expect(found).toBe(planted);
  }, 60_000);
});
