// Metadata from damaged titles, dates and signatures (issue 9, item 3), each case built from
// the mechanism: garbles the detector is sure of inside the title or the date, a run injected
// inside the title's words, a damaged signing date, a block published again after the
// signature, a stray year in the prose, the same name damaged differently in two places.
import { describe, expect, it } from 'vitest';
import { makeContext } from '../context';
import { findSections } from '../sections';
import { detectMeta } from './index';
import { cleanSlice } from './clean';

const BODY = '一、总体情况\n本年度，我们认真贯彻《条例》。\n二、主动公开政府信息情况\n略。\n六、其他需要报告的事项\n无。\n';
const read = (text: string, format: '2019' | '2021' | 'unknown' = 'unknown') => {
  const ctx = makeContext(text);
  const m = detectMeta(ctx, findSections(ctx), format);
  return { ...m, ctx };
};

describe('meta on damaged text', () => {
  it('does not take a run injected between the title year and its words for a name when the signature names the body', () => {
    const m = read(`2024年学作年政府信息公开工作年度报告\n${BODY}\n青石县民政局\n2025年2月6日\n`);
    expect(m.agency).toBe('青石县民政局');
    expect(m.decidedBy?.agency).toEqual(['signature']);
  });

  it('prefers the name printed clean over the same name with runs injected at two places', () => {
    const m = read(`青石县石桥致材贸谓镇人民政数州府2021年政府信息公开工作年度报告\n${BODY}\n青石县石桥镇人民政府\n2022年1月6日\n`);
    expect(m.agency).toBe('青石县石桥镇人民政府');
  });

  it('reads a title broken by an invisible character, a BOM or U+FFFD, and keeps its spans in the text', () => {
    for (const mark of ['\u200b', '\ufeff', '\ufffd', '\ue000']) {
      const text = `青石县公${mark}安局2022年政府信${mark}息公开工作年度报告\n${BODY}`;
      const m = read(text);
      expect([m.agency, m.year]).toEqual(['青石县公安局', 2022]);
      expect(cleanSlice(m.ctx, m.agencySpan!)).toBe('青石县公安局');
      expect(text.slice(...m.yearSpan!)).toBe('2022');
      expect(m.decidedBy?.agency).toContain('title');
    }
  });

  it('reads a signing date broken by a converter tag or a private-use character', () => {
    for (const date of ['20[bookmark: _GoBack]24年1月15日', '20\ue0052\ue0014年1月15日']) {
      const m = read(`${BODY}\n青石县公安局\n${date}\n`);
      expect([m.agency, m.year]).toEqual(['青石县公安局', 2023]);
      expect(m.decidedBy?.year).toContain('signature');
    }
  });

  it('reads a signing date with a run injected between its digits', () => {
    const m = read(`${BODY}\n青石县公安局\n202山水3年1月2人口1日\n`);
    expect([m.agency, m.year]).toEqual(['青石县公安局', 2022]);
  });

  it('finds the signature before a block published again after it', () => {
    const again = '五、存在的主要问题及改进情况\n一是公开内容不够全面。二是解读形式较为单一。下一步将加强培训。'.repeat(12);
    const m = read(`${BODY}\n青石县公安局\n2022年2月10日\n${again}\n`);
    expect([m.agency, m.year]).toEqual(['青石县公安局', 2021]);
  });

  it('takes the name before the year when a run injected after the year is no name', () => {
    const m = read(`青石县公安局2021年学作政府信息公开工作年度报告\n${BODY}`);
    expect(m.agency).toBe('青石县公安局');
    expect(m.year).toBe(2021);
  });

  it('reads a title a converter wrapped over lines, its span into the text', () => {
    for (const title of ['# 青石县人力资源和社会保\n障局2024 年政府信息\n公开工作年度报告', '# 青石县交通运输局2022\n年政府信息公开工作年度\n报告']) {
      const text = `${title}\n\n${BODY}`;
      const m = read(text);
      expect(m.agency).toBe(title.includes('保') ? '青石县人力资源和社会保障局' : '青石县交通运输局');
      expect(text.slice(...m.agencySpan!).replace(/\n/g, '')).toBe(m.agency);
    }
  });

  it('lets a name printed once in the body outvote the title\'s name with a run injected, but not a short form', () => {
    const body = BODY.replace('本年度，我们', '2021年，青石县公安局');
    expect(read(`青石县公多行安局2021年政府信息公开工作年度报告\n${body}`).agency).toBe('青石县公安局');
    const short = BODY.replace('本年度，我们', '2021年，青石县政府');
    expect(read(`青石县人民政府2021年政府信息公开工作年度报告\n${short}`).agency).toBe('青石县人民政府');
  });

  it('finds the signature in text whose lines were glued, before a block published again, its date split by a run', () => {
    const glued = `${BODY.replace(/\n/g, ' ')} 青石县司法局 2021年走政商划1月13日 三、收到和处理政府信息公开申请情况 略。`;
    const m = read(glued);
    expect(m.agency).toBe('青石县司法局');
    expect(m.decidedBy?.agency).toEqual(['signature']);
  });

  it('reads a title with a run injected inside its words', () => {
    expect(read(`青石县公安局2021年政府信息公开工作年度中报告\n${BODY}`).agency).toBe('青石县公安局');
    expect(read(`青石县公安局2021年政谈府信息公开工作年度报告\n${BODY}`).agency).toBe('青石县公安局');
  });

  it('does not let one stray year in the prose outrank the period and the signing date', () => {
    const text = `政府信息公开工作年度报告\n本报告统计期限自2022年1月1日起至2022年12月31日止。\n一、总体情况\n对照2019年度的要求，持续改进。\n六、其他需要报告的事项\n无。\n青石县公安局\n2023年1月20日\n`;
    const m = read(text);
    expect(m.year).toBe(2022);
    expect(m.decidedBy?.year).toEqual(expect.arrayContaining(['period', 'signature']));
  });

  it('a damaged title year loses to the period and the signing date agreeing', () => {
    const m = read(`青石县公安局2012年政府信息公开工作年度报告\n本报告统计期限自2021年1月1日起至2021年12月31日止。\n${BODY}青石县公安局\n2022年1月20日\n`);
    expect(m.year).toBe(2021);
  });

  it('takes the clean name when title and signature differ by an injected run', () => {
    const m = read(`青石县公山水人安局2021年政府信息公开工作年度报告\n${BODY}青石县公安局\n2022年1月20日\n`);
    expect(m.agency).toBe('青石县公安局');
    expect(m.decidedBy?.agency).toEqual(expect.arrayContaining(['title', 'signature']));
  });
});
