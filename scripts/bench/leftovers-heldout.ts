// Leftovers found, measured with a generator of its own (written from issue 12's item 5 and the
// forms such leftovers take on government sites and in Word files, composed at random from parts;
// not from the detector's patterns): template placeholders, Word field codes and their error
// texts, conditional comments, web page chrome, planted in the held-out real reports'
// (holdout/real/texts) lines — at a line start, a line end, inside a sentence, or on a line of
// their own. A plant is found when every character of it lies inside a markup garble. Also: markup
// garbles on the same lines without plants (false flags), and chrome words inside table text.
//   npx tsx scripts/bench/leftovers-heldout.ts [reports=200] [seed=7000000]      held out: totals only
//   npx tsx scripts/bench/leftovers-heldout.ts 200 1 --debug   debug split: seeds < 7,000,000 planted in
//   the samples' lines (fixtures/samples/*.txt), each miss printed; look for mechanisms here only
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeContext } from '../../src/core/context';
import { detectGarbles } from '../../src/core/garbles';
import { loadLexicon } from '../../src/core/garbles/lexicon';
import { Rng } from '../../holdout/prng';

const root = join(import.meta.dirname, '..', '..');
const n = Number(process.argv[2] ?? 200);
const seed0 = Number(process.argv[3] ?? 7_000_000);

const FIELDS = ['单位名称', '年份', 'agency', 'year', 'report_year', '机关名称', 'name', '数量', 'DATE', '填报单位', 'orgName', '统计截止日期'];
const HANS = ['单位名称', '年度', '具体数字', '机关全称', '联系电话', '日期', '内容', '负责人', '数据', '文号'];

function placeholder(r: Rng): string {
  const f = r.pick(FIELDS);
  const h = r.pick(HANS);
  return r.pick([
    `{{${f}}}`,
    `{{ ${f} }}`,
    `\${${f}}`,
    `{{${h}}}`,
    `\${${h}}`,
    `{% if ${f} %}`,
    `{%endif%}`,
    `【此处填写${h}】`,
    `【请填写${h}】`,
    `（请填写${h}）`,
    `(此处填写${h})`,
    `[请在此输入${h}]`,
    `【填写${h}】`,
    `〔此处插入${h}〕`,
    `（请补充${h}）`,
    `【待填】`,
    `××年××月××日`,
    `XXXX年`,
    `××县`,
    `××件`,
    `ＸＸ局`,
  ]);
}

function fieldCode(r: Rng): string {
  return r.pick([
    '{ PAGE }',
    '{ PAGE \\* MERGEFORMAT }',
    '{ NUMPAGES }',
    `{ TOC \\o "1-${r.int(2, 4)}" \\h \\z \\u }`,
    `{ SEQ 表 \\* ARABIC }`,
    `{ DATE \\@ "yyyy年M月d日" }`,
    `{ REF _Ref${r.int(100000, 999999)} \\h }`,
    `HYPERLINK \\l "_Toc${r.int(10000000, 99999999)}"`,
    `PAGEREF _Toc${r.int(10000000, 99999999)} \\h`,
    '错误！未定义书签。',
    '错误!未找到引用源。',
    '错误！未指定书签。',
    'Error! Bookmark not defined.',
    'Error! Reference source not found.',
  ]);
}

function conditional(r: Rng): string {
  return r.pick([
    '<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->',
    '<!--[if !supportLists]-->',
    '<!--[endif]-->',
    '[if !supportLists]',
    '[endif]',
    '[if !supportLineBreakNewLine]',
    '<![if !supportEmptyParas]>',
    '<![endif]>',
    '[if gte vml 1]',
  ]);
}

function chrome(r: Rng): string {
  const crumbs = ['首页', '政务公开', '政府信息公开', '信息公开年报', '年度报告', '法定主动公开内容', '政府信息公开年度报告'];
  const trail = () => r.shuffle([...crumbs]).slice(0, r.int(1, 3)).join(r.pick([' > ', '>', ' >> ', '》', ' / ', '→']));
  return r.pick([
    `当前位置：首页${r.pick([' > ', '>', ' >> '])}${trail()}`,
    `您当前的位置：首页 > ${trail()}`,
    `您现在的位置：${trail()}`,
    `当前位置: 首页 > ${trail()}`,
    '【打印本页】',
    '【关闭窗口】',
    '【打印本页】【关闭窗口】',
    '[打印本页] [关闭窗口]',
    '【打印】【关闭】',
    '字号：大 中 小',
    '【字号：大 中 小】',
    '【字体：大 中 小】',
    '字体：【大 中 小】',
    '分享到：',
    `浏览次数：${r.int(1, 9999)}`,
    `阅读次数：${r.int(1, 9999)}`,
    `访问量：${r.int(1, 9999)}`,
    '上一篇：无',
    `下一篇：${r.pick(['关于印发', '2021年政府信息公开工作年度报告', '通知'])}`,
    '微信 微博 QQ空间',
    '扫一扫在手机打开当前页',
    '【我要纠错】',
    '【收藏】【打印】【关闭】',
  ]);
}

const KINDS: [string, (r: Rng) => string][] = [
  ['template placeholder', placeholder],
  ['Word field code', fieldCode],
  ['conditional comment', conditional],
  ['web page chrome', chrome],
];

const debug = process.argv.includes('--debug');
if (debug === seed0 + n > 7_000_000) throw new Error('--debug takes seeds below 7,000,000; the held-out seeds start there');
const dir = debug ? join(root, 'fixtures', 'samples') : join(root, 'holdout', 'real', 'texts');
const lines = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
  .filter((l) => /[\u4e00-\u9fff]{4}/.test(l));

async function main(): Promise<void> {
  await loadLexicon();
  const tally = new Map<string, { n: number; found: number }>();
  const where = new Map<string, { n: number; found: number }>();
  let falseFlags = 0;
  let cleanChars = 0;
  for (let k = 0; k < n; k++) {
    const r = new Rng(seed0 + k);
    const start = r.int(0, lines.length - 12);
    const doc = lines.slice(start, start + 10);
    // clean copy first: markup garbles on it are false flags
    const clean = doc.join('\n');
    const g0 = await detectGarbles(makeContext(clean), []);
    falseFlags += g0.garbles.filter((g) => g.kind === 'markup').length;
    if (debug) for (const g of g0.garbles.filter((x) => x.kind === 'markup')) console.log(`markup on clean text: ${JSON.stringify(g.text)}`);
    cleanChars += clean.length;
    const plants: { kind: string; pos: string; span: [number, number] }[] = [];
    const out: string[] = [];
    let at = 0;
    for (const line of doc) {
      let l = line;
      if (r.chance(0.4)) {
        const [kind, make] = r.pick(KINDS);
        const p = make(r);
        const pos = r.pick(['line start', 'line end', 'in a sentence', 'own line'] as const);
        let off: number;
        if (pos === 'own line') {
          out.push(p);
          plants.push({ kind, pos, span: [at, at + p.length] });
          at += p.length + 1;
        } else {
          off = pos === 'line start' ? 0 : pos === 'line end' ? l.length : r.int(1, Math.max(1, l.length - 1));
          l = l.slice(0, off) + p + l.slice(off);
          plants.push({ kind, pos, span: [at + off, at + off + p.length] });
        }
      }
      out.push(l);
      at += l.length + 1;
    }
    const text = out.join('\n');
    const { garbles } = await detectGarbles(makeContext(text), []);
    const markup = garbles.filter((g) => g.kind === 'markup');
    for (const p of plants) {
      let ok = true;
      // in ××年××月, XXXX年 the crosses are the leftover; 年, 县 are the template's own text
      const crosses = /^[×xXｘＸ]/.test(text[p.span[0]]);
      for (let i = p.span[0]; i < p.span[1] && ok; i++) {
        if (/\s/.test(text[i]) || (crosses && /[\u4e00-\u9fff]/.test(text[i]))) continue;
        if (!markup.some((g) => g.span[0] <= i && i < g.span[1])) ok = false;
      }
      if (debug && !ok) console.log(`missed ${p.kind}, ${p.pos}: ${JSON.stringify(text.slice(p.span[0], p.span[1]))} flagged: ${JSON.stringify(markup.filter((g) => g.span[0] < p.span[1] && g.span[1] > p.span[0]).map((g) => g.text))}`);
      for (const [m, key] of [[tally, p.kind], [where, p.pos]] as const) {
        const t = m.get(key) ?? { n: 0, found: 0 };
        t.n++;
        if (ok) t.found++;
        m.set(key, t);
      }
    }
  }
  console.log(`leftovers ${debug ? 'debug split' : 'held out'}: ${n} documents of 10 lines (seeds ${seed0}–${seed0 + n - 1}), planted in ${debug ? 'fixtures/samples' : 'holdout/real/texts'} lines`);
  let all = 0;
  let found = 0;
  for (const m of [tally, where])
    for (const [k, t] of [...m.entries()].sort()) {
      console.log(`  ${k.padEnd(24)} ${String(t.n).padStart(5)}  found ${(t.found / t.n).toFixed(3)}`);
      if (m === tally) [all, found] = [all + t.n, found + t.found];
    }
  console.log(`  all                      ${String(all).padStart(5)}  found ${(found / all).toFixed(3)}`);
  console.log(`  markup garbles on the clean documents: ${falseFlags} in ${cleanChars} characters`);

  // chrome words inside a table's text are data, not chrome
  const table = '类别\t大\t中\t小\n数量\t3\t2\t1\n字号：大 中 小\t1\t2\t3\n';
  const pre = '一、总体情况\n';
  const full = pre + table;
  const { garbles } = await detectGarbles(makeContext(full), [], { tables: [[pre.length, full.length]] });
  console.log(`  chrome-like words inside a table's text flagged: ${garbles.filter((g) => g.kind === 'markup').length}`);
}

await main();
