import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeContext } from '../context';
import { findSections } from './index';

const sample = (name: string) => readFileSync(new URL(`../../../fixtures/samples/${name}`, import.meta.url), 'utf8');
const find = (text: string) => findSections(makeContext(text));
const outline = (text: string) => find(text).map((s) => `${s.number}${s.key}${s.repeated ? '*' : ''}`);
const TEMPLATE = ['1overview', '2proactive', '3applications', '4reviewLitigation', '5problems', '6other'];

describe('findSections on the samples', () => {
  it.each([
    'bachu-county-police-2023.txt',
    'haidong-city-police-2019.txt',
    'huaian-gov-2024-pdftext.txt',
    'pingtan-2020-flattened.txt',
    'pingtan-2021-flattened.txt',
    'ziyang-county-police-2020.txt',
  ])('finds the six template sections in %s', (name) => {
    expect(outline(sample(name))).toEqual(TEMPLATE);
  });

  it('marks the sections Hainan publishes twice, and reads through injected characters', () => {
    const text = sample('hainan-provincial-police-2020-traditional.txt');
    const s = find(text);
    expect(s.map((x) => `${x.number}${x.key}${x.repeated ? '*' : ''}`)).toEqual([
      '1overview', '2proactive', '3applications', '4reviewLitigation', '5problems',
      '3applications*', '4reviewLitigation*', '5problems*',
    ]);
    expect(s[2].title).toBe('三、收到和處理政府信息公開申請情況再謎局');
  });

  it('finds the seven parts of a pre-2019 report', () => {
    const s = find(sample('guangdong-provincial-police-2017-traditional.txt'));
    expect(s.map((x) => x.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(s[0].key).toBe('overview');
    expect(s[5].key).toBe('reviewLitigation');
    expect(s[6].key).toBe('problems');
  });

  it('gives spans that cover the text from heading to heading', () => {
    const text = sample('ziyang-county-police-2020.txt');
    const s = find(text);
    for (let i = 0; i < s.length; i++) {
      expect(text.slice(...s[i].headingSpan)).toBe(s[i].title);
      expect(s[i].span[0]).toBe(s[i].headingSpan[0]);
      expect(s[i].span[1]).toBe(i + 1 < s.length ? s[i + 1].span[0] : text.length);
    }
  });
});

describe('findSections on made-up texts', () => {
  it('finds headings inline in flattened text and ends them where the prose begins', () => {
    const text =
      '如有疑问请与本机关联系。一、总体情况2022年，我县持续推进公开。二、主动公开政府信息情况 第二十条第(一)项' +
      '三、收到和处理政府信息公开申请情况(本列数据的勾稽关系为：第一项加第二项之和)一、本年新收政府信息公开申请数量12000003' +
      '二、上年结转政府信息公开申请数量000000三、本年度办理结果(一)予以公开1四、结转下年度继续办理0 ' +
      '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况 0 0 五、政府信息公开工作存在的主要问题及改进情况一是不足。' +
      '六、其他需要报告的事项无。';
    const s = find(text);
    expect(s.map((x) => `${x.number}${x.key}`)).toEqual(TEMPLATE);
    expect(s[0].title).toBe('一、总体情况');
    expect(s[2].title).toBe('三、收到和处理政府信息公开申请情况');
    expect(s[3].title).toBe('四、因政府信息公开工作被申请行政复议、提起行政诉讼情况');
  });

  it('ends a heading whose title runs over a line break where the next heading begins', () => {
    // found by the property test (sections/properties.test.ts): 一's title read on into 二's line
    const text = '一、\n二、一、';
    const s = find(text);
    for (const [i, x] of s.entries()) {
      expect(x.headingSpan[1]).toBeLessThanOrEqual(x.span[1]);
      expect(text.slice(...x.headingSpan)).toBe(x.title);
      if (i > 0) expect(x.span[0]).toBe(s[i - 1].span[1]);
    }
    expect(s[0].title).toBe('一、');
  });

  it('matches traditional script, full-width numerals and typos', () => {
    const text = [
      '一、總體情況', '正文。',
      '二、主動公開政府資訊情況', '正文。',
      '三、收到和處理政府信息公開申请請況', '正文。',
      '四、政府信息公開行政復議、行政訴訟情況', '正文。',
      '五、存在的主要問題及改近情況', '正文。',
      '六、其他需要報告的事項', '無',
    ].join('\n');
    expect(outline(text)).toEqual(TEMPLATE);
  });

  it('reads headings with characters injected in the middle', () => {
    const text = '三、收到和处理政府信息公微束姜开申请情况\n正文\n四、政府信息公开行政复议、行政诉讼殃拜情况\n正文';
    expect(outline(text)).toEqual(['3applications', '4reviewLitigation']);
  });

  it('does not take table rows or list items for headings', () => {
    const text = [
      '一、总体情况',
      '二、加强组织领导', '统一、规范地开展工作。',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '一、本年新收政府信息公开申请数量\t1',
      '二、上年结转政府信息公开申请数量\t0',
      '三、本年度办理结果\t(一)予以公开\t1',
      '四、结转下年度继续办理\t0',
      '四、政府信息公开行政复议、行政诉讼情况',
    ].join('\n');
    expect(outline(text)).toEqual(['1overview', '2proactive', '3applications', '4reviewLitigation']);
  });

  it('takes 一、主动公开情况 under 一、总体情况 for a sub-item, but keeps a misprinted numeral', () => {
    const text = [
      '一、总体情况', '一、主动公开情况', '正文。', '二、依申请公开情况', '正文。',
      '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况',
      '四、存在的主要问题及改进情况', '六、其他需要报告的事项',
    ].join('\n');
    expect(outline(text)).toEqual(['1overview', '2proactive', '3applications', '4reviewLitigation', '4problems', '6other']);
  });

  it('keeps free-worded headings that fill a gap in the numbering', () => {
    const text = '一、概述\n本年度工作。\n二、主动公开政府信息情况\n正文。\n三、政府信息公开工作的保障措施\n正文。\n四、主要问题和改进措施\n正文。';
    const s = find(text);
    expect(s.map((x) => `${x.number}${x.key}`)).toEqual(['1overview', '2proactive', '3other', '4problems']);
    expect(s[2].title).toBe('三、政府信息公开工作的保障措施');
  });

  it('does not take an introduction that lists the parts for their headings', () => {
    const intro = '本报告包括：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项。';
    const body = '一、总体情况2021年我县…二、主动公开政府信息情况 表格三、收到和处理政府信息公开申请情况 表格四、政府信息公开行政复议、行政诉讼情况 0 五、存在的主要问题及改进情况。六、其他需要报告的事项 无';
    const s = find(intro + body);
    expect(s.map((x) => `${x.number}${x.key}${x.repeated ? '*' : ''}`)).toEqual(TEMPLATE);
    expect(s[0].span[0]).toBe(intro.length);
  });

  it('returns nothing for text without headings', () => {
    expect(find('')).toEqual([]);
    expect(find('统一、规范、高效地推进政务公开。第一、第二。')).toEqual([]);
  });

  // speed is measured by `npm run bench`; here only that a 1 MB paste is read whole
  it.each(['hainan-provincial-police-2020-traditional.txt', 'pingtan-2021-flattened.txt'])('reads a 1 MB paste of %s', (name) => {
    const block = sample(name).replace(/\n/g, name.includes('flattened') ? ' ' : '\n');
    const big = block.repeat(Math.ceil(1_000_000 / block.length));
    const ctx = makeContext(big);
    const s = findSections(ctx);
    expect(s.length).toBeGreaterThan(600);
  });
});

describe('findSections on other numbering', () => {
  it('reads 第一部分 and full-width dots', () => {
    expect(outline('第一部分 总体情况\n正文\n第二部分 主动公开政府信息情况\n正文')).toEqual(['1overview', '2proactive']);
    expect(outline('一．总体情况\n正文\n二．主动公开政府信息情况\n正文')).toEqual(['1overview', '2proactive']);
  });

  it('reads (一)总体情况 as the top level when there is no 一、', () => {
    expect(outline('(一)总体情况\n正文\n（二）主动公开政府信息情况\n正文\n（三）收到和处理政府信息公开申请情况')).toEqual(['1overview', '2proactive', '3applications']);
    // but (一) under 一、 stays a sub-item
    expect(outline('一、总体情况\n（一）主动公开政府信息情况。正文\n二、主动公开政府信息情况')).toEqual(['1overview', '2proactive']);
  });

  it('reads a title put on the line after its numeral', () => {
    expect(outline('一、\n总体情况\n正文\n二、\n主动公开政府信息情况\n正文')).toEqual(['1overview', '2proactive']);
  });

  it('falls back on bare title lines when nothing is numbered', () => {
    const text = '青石县2021年度政府信息公开工作年度报告\n总体情况\n本年度……\n主动公开政府信息情况\n表格\n收到和处理政府信息公开申请情况\n表格\n其他需要报告的事项\n无';
    const s = find(text);
    expect(s.map((x) => `${x.number}${x.key}`)).toEqual(['1overview', '2proactive', '3applications', '6other']);
    expect(s[1].title).toBe('主动公开政府信息情况');
  });

  it('does not use bare lines when numbered headings exist', () => {
    const text = '一、总体情况\n正文\n主动公开政府信息情况\n二、主动公开政府信息情况\n正文';
    expect(outline(text)).toEqual(['1overview', '2proactive']);
  });
});
