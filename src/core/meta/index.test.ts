import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeContext } from '../context';
import { findSections } from '../sections';
import type { Format } from '../types';
import { detectMeta } from './index';

const sample = (name: string) => readFileSync(new URL(`../../../fixtures/samples/${name}`, import.meta.url), 'utf8');
const meta = (text: string, format: Format = 'unknown') => {
  const ctx = makeContext(text);
  return detectMeta(ctx, findSections(ctx), format);
};
const brief = (text: string) => {
  const m = meta(text);
  return [m.agency, m.year, m.format];
};

describe('detectMeta on the samples', () => {
  it.each([
    ['hainan-provincial-police-2020-traditional.txt', '海南省公安厅', 2020, '2019', 'traditional'],
    ['guangdong-provincial-police-2017-traditional.txt', '广东省公安厅', 2017, 'pre-2019', 'traditional'],
    ['ziyang-county-police-2020.txt', '紫阳县公安局', 2020, '2019', 'simplified'],
    ['bachu-county-police-2023.txt', '巴楚县公安局', 2023, '2021', 'simplified'],
    ['haidong-city-police-2019.txt', '海东市公安局', 2019, '2019', 'simplified'],
    ['pingtan-2020-flattened.txt', '平潭综合实验区', 2020, '2019', 'simplified'],
    ['pingtan-2021-flattened.txt', '平潭综合实验区', 2021, '2021', 'simplified'],
    ['huaian-gov-2024-pdftext.txt', '淮安市人民政府', 2024, '2021', 'simplified'],
  ])('%s → %s %d %s %s', (name, agency, year, format, script) => {
    const text = sample(name);
    const m = meta(text);
    expect([m.agency, m.year, m.format, m.script]).toEqual([agency, year, format, script]);
    // the spans point at the printed name and year
    expect(makeContext(text).folded.slice(...m.agencySpan!)).toBe(agency);
    expect(text.slice(...m.yearSpan!)).toBe(String(year));
  });

  it('reads the Shanghai page once its text is extracted', () => {
    // A crude tag strip stands in for the HTML decoder here.
    const html = sample('shanghai-gov-office-2019.html');
    const text = html.replace(/<(script|style)[\s\S]*?<\/\1>/g, '').replace(/<[^>]*>/g, '\n').replace(/&nbsp;/g, ' ');
    expect(brief(text)).toEqual(['上海市人民政府办公厅', 2019, '2019']);
  });
});

describe('detectMeta on made-up reports', () => {
  it('reads name and year from the title in its usual shapes', () => {
    expect(brief('青石市卫生健康委员会2021年度政府信息公开工作年度报告\n一、总体情况\n正文')).toEqual(['青石市卫生健康委员会', 2021, 'unknown']);
    expect(brief('2022年青石县人民政府政府信息公开工作年度报告\n一、总体情况')).toEqual(['青石县人民政府', 2022, 'unknown']);
    expect(brief('二〇二二年青石县人民政府政府信息公开工作年度报告\n一、总体情况')).toEqual(['青石县人民政府', 2022, 'unknown']);
    expect(brief('青石县公安局关于2020年政府信息公开工作的报告\n一、总体情况')).toEqual(['青石县公安局', 2020, 'unknown']);
    expect(brief('青石县公安局政府信息公开工作年度报告（2016年度）\n一、概述')).toEqual(['青石县公安局', 2016, 'pre-2019']);
    expect(brief('青石县水利局\n\n2022 年度政府信息公开工作年度报告\n\n一、总体情况')).toEqual(['青石县水利局', 2022, 'unknown']);
  });

  it('reads a title broken over two lines', () => {
    expect(brief('青石县人民政府办公室2020年\n政府信息公开工作年度报告\n一、总体情况')).toEqual(['青石县人民政府办公室', 2020, 'unknown']);
    expect(brief('现将有关情况报告如下\n政府信息公开工作年度报告\n一、总体情况')).toEqual([null, null, 'unknown']);
  });

  it('gives the name in simplified script', () => {
    expect(brief('青石縣環境保護局2020年度政府資訊公開工作年度報告\n一、總體情況')).toEqual(['青石县环境保护局', 2020, 'unknown']);
  });

  it('reads the title through crawler chrome', () => {
    const text = '当前位置：首页 > 政务公开 > 政府信息公开年报\n标题：临川市交通运输局2022年政府信息公开工作年度报告\n发布机构：临川市人民政府办公室\n发布时间：2023-01-30\n一、总体情况\n2022年，市交通运输局……';
    expect(brief(text)).toEqual(['临川市交通运输局', 2022, 'unknown']);
  });

  it('takes the statistics period when the title has no year', () => {
    const text = '青石县财政局政府信息公开工作年度报告\n本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n一、总体情况\n2022年将继续……';
    expect(brief(text)).toEqual(['青石县财政局', 2021, 'unknown']);
  });

  it('without a title, takes the signature and the year the body speaks of', () => {
    const text = '一、总体情况\n2022年，青石县市场监督管理局坚持公开。2022年，青石县市场监督管理局共发布信息12条。\n六、其他需要报告的事项\n无\n青石县市场监督管理局\n2023年2月1日';
    const m = meta(text);
    expect([m.agency, m.year]).toEqual(['青石县市场监督管理局', 2022]);
    expect(text.slice(...m.agencySpan!)).toBe('青石县市场监督管理局');
    expect(m.agencySpan![0]).toBeGreaterThan(text.indexOf('无'));
  });

  it('falls back on the recurring subject, then on the year before the signing date', () => {
    expect(brief('2021年，青石县财政局严格落实条例。2021年，青石县财政局共公开信息30条。')).toEqual(['青石县财政局', 2021, 'unknown']);
    expect(brief('一、总体情况\n我局认真落实条例。\n青石县财政局 2022年1月15日')).toEqual(['青石县财政局', 2021, 'unknown']);
  });

  it('prefers a title with both name and year, and uses the page publisher as a last resort', () => {
    const page = '首页 > 政府信息公开年报\n相关：政府信息公开年度报告\n青石县教育局2022年政府信息公开工作年度报告\n一、总体情况';
    expect(brief(page)).toEqual(['青石县教育局', 2022, 'unknown']);
    const links = '上一篇：青石县教育局2021年政府信息公开工作年度报告\n青石县教育局2022年政府信息公开工作年度报告\n一、总体情况';
    expect(brief(links)).toEqual(['青石县教育局', 2022, 'unknown']);
    const chrome = '发布机构：青石县教育局\n2022年度政府信息公开工作年度报告\n一、总体情况\n本年度，我局认真落实。';
    expect(brief(chrome)).toEqual(['青石县教育局', 2022, 'unknown']);
  });

  it('returns null when nothing tells', () => {
    const m = meta('我局认真落实条例，公开信息若干条。');
    expect([m.agency, m.year, m.format, m.script]).toEqual([null, null, 'unknown', 'simplified']);
    expect(m.agencySpan).toBeNull();
  });

  it('decides the format from the text only when the extractor could not', () => {
    expect(meta('第二十条第(一)项 本年制发件数 本年废止件数').format).toBe('2021');
    expect(meta('第二十条第（一）项 本年新制作数量 本年新公开数量').format).toBe('2019');
    expect(meta('（六）其他处理\t0\n（七）总计').format).toBe('2019');
    expect(meta('（六）其他处理\n1.申请人无正当理由逾期不补正').format).toBe('2021');
    expect(meta('根据《中华人民共和国政府信息公开条例》（国务院令第492号）').format).toBe('pre-2019');
    expect(meta('本年新制作数量', '2021').format).toBe('2021');
  });
});

describe('the agency keeps its own words', () => {
  it('a folded phrase (档案→文件, 专案→项目) never renames the body', () => {
    const text = '某市档案局2023年政府信息公开工作年度报告\n\n一、总体情况\n本局认真贯彻落实。\n\n某市档案局\n2024年1月20日\n';
    const ctx = makeContext(text);
    const m = detectMeta(ctx, findSections(ctx), 'unknown');
    expect(m.agency).toBe('某市档案局');
    const trad = makeContext('某市檔案局2023年政府資訊公開工作年度報告\n\n一、總體情況\n\n某市檔案局\n2024年1月20日\n');
    expect(detectMeta(trad, findSections(trad), 'unknown').agency).toBe('某市档案局');
  });
});
