// Agency evidence the held-out debug split showed read wrong (issue 9): a page footer between the
// signature's name and its date, a run holding 年 inside the signing date's year, a run injected
// right after 政府 in the title's words, a short run ending like a name between the title's year
// and its words, the detector taking one character of the name with a run, runs injected at two
// places of the title's words, and prose that quotes the title after a verb (现公布…).
import { describe, expect, it } from 'vitest';
import { makeContext } from '../context';
import { findSections } from '../sections';
import { detectMeta } from './index';
import { findTitles } from './title';
import { compiler } from './agency';
import type { Garble } from '../types';

const BODY = '一、总体情况\n本年度，我们认真贯彻《条例》。\n二、主动公开政府信息情况\n略。\n六、其他需要报告的事项\n无。\n';
const read = (text: string, garbles: Garble[] = []) => {
  const ctx = makeContext(text);
  return detectMeta(ctx, findSections(ctx), 'unknown', garbles);
};
const injected = (text: string, run: string): Garble => {
  const s = text.indexOf(run);
  return { kind: 'injected', span: [s, s + run.length], text: run, suggestion: '' } as Garble;
};

const titleName = (s: string) => findTitles(s, 0, s.length)[0]?.agency?.value;

describe('agency evidence', () => {
  it('finds the signature\'s name above a page footer and a damaged date', () => {
    for (const footer of ['- 5 -', '第5页', '— 12 —']) {
      const m = read(`2022年政府信息公开工作年度报告\n${BODY}\n青石县水利局\n${footer}\n202德山心3年馬足1月2舁1日\n`);
      expect(m.agency).toBe('青石县水利局');
      expect(m.decidedBy?.agency).toEqual(['signature']);
    }
  });

  it('reads a damaged signing date whose injected run holds a 年 before the year\'s own', () => {
    const m = read(`2024年政府信息公开工作年度报告\n${BODY}\n青石县司法局\n202年对动成5年2月11日\n`);
    expect(m.agency).toBe('青石县司法局');
  });

  it('does not read 政府 plus a run injected after it as a body\'s name', () => {
    const m = read(`2020年政府平处信息公开工作年度报告\n${BODY}\n青石县民政局\n2021年1月23日\n`);
    expect(m.agency).toBe('青石县民政局');
    // a body whose name holds 政府 still reads: 县政府办公室
    expect(findTitles('青石县政府办公室信息公开工作年度报告', 0, 30)[0]!.agency?.value).toBe('青石县政府办公室');
  });

  it('takes the name before the year over a short run after it that ends like a name', () => {
    const m = read(`青石县应急管理局2020年四委政府信息公开工作年度报告\n${BODY.replace('本年度，', '2020年，青石县应急管理局')}`);
    expect(m.agency).toBe('青石县应急管理局');
    // a name after the year that the body names too stays the title's name
    const t = findTitles('某市2020年青石县应急管理局政府信息公开工作年度报告\n2020年，青石县应急管理局推进', 0, 40);
    expect(t[0]!.agency?.value).toBe('青石县应急管理局');
  });

  it('prefers a name printed whole over the same name missing a character the detector took out with a run', () => {
    const text = `青石市市场愄氛溫闀监督管理局2019年政府信息公开工作年度报告\n${BODY}\n青石市市场监督管理局\n2020年3月20日\n`;
    const m = read(text, [injected(text, '场愄氛溫闀')]);
    expect(m.agency).toBe('青石市市场监督管理局');
  });

  it('reads a title whose words carry runs injected at two places', () => {
    const m = read(`青石市生态环境局2022年政府信下主善武追视息公开第受际象工作年度报告\n\n本报告根据《条例》编制。\n${BODY}\n2023年2月11日\n`);
    expect([m.agency, m.year]).toEqual(['青石市生态环境局', 2022]);
    // and with a run inside the year too: the name still begins the line, the year comes from elsewhere
    const broken = read(`青石县龙泉镇人民政府20在於有也20年政府信息公机客研开工作年度报告\n本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。\n${BODY}`);
    expect([broken.agency, broken.year]).toEqual(['青石县龙泉镇人民政府', 2020]);
  });

  it('reads the title line with runs at two places only inside [from, to)', () => {
    const line = '青石市生态环境局2022年政府信下主善武追视息公开第受际象工作年度报告';
    const rows = '| | | 1 |\n'.repeat(50);
    const text = `${rows}${line}\n${rows}`;
    const at = rows.length;
    expect(findTitles(text, 0, at - 5)[0]?.agency ?? null).toBeNull();
    expect(findTitles(text, 0, at + 1)[0]?.agency?.value).toBe('青石市生态环境局');
    expect(findTitles(text, at, text.length)[0]?.agency?.value).toBe('青石市生态环境局');
    // a search starting inside the line does not take its rest for a line
    expect(findTitles(text, at + 3, text.length)[0]?.agency ?? null).toBeNull();
  });

  it('reads the report\'s own title in 《》, not a document quoted in 《》', () => {
    expect(titleName('《青石县公安局2022年政府信息公开工作年度报告》\n一、总体情况')).toBe('青石县公安局');
    expect(titleName('现将《青石县公安局2022年政府信息公开工作年度报告》公布如下。')).toBe('青石县公安局');
    expect(titleName('根据《青石省人民政府办公厅关于做好2020年政府信息公开工作年度报告编制和发布工作的通知》要求') ?? null).toBeNull();
  });

  it('drops the verb of prose that quotes the title from the name', () => {
    expect(titleName('根据要求，现公布区统计局2023年政府信息公开工作年度报告。')).toBe('区统计局');
    expect(titleName('现将青石县公安局2022年度政府信息公开工作年度报告公布如下')).toBe('青石县公安局');
    expect(titleName('特编制青石县公安局2022年度政府信息公开工作年度报告')).toBe('青石县公安局');
    // a body whose name begins like a verb keeps it when what is left is no name
    expect(titleName('公布局2020年政府信息公开工作年度报告')).toBe('公布局');
  });

  it('takes no title from a document the prose quotes, nor from prose that only resembles the title\'s words', () => {
    // the quoted notice names another body and the year of the reports it asks for
    const quoted = titleName('根据转发的《某省人民政府办公厅关于做好2020年政府信息公开年度报告编制和发布工作的通知》有关要求，现将我局情况报告如下。');
    expect(quoted).toBeUndefined();
    const prose = findTitles('进一步处理好公开与保密的关系，有效保障了政府信息公开工作的稳步推进。认真做好政府信息公开工作。\n二、主动公开政府信息情况', 0, 80);
    expect(prose).toEqual([]);
  });

  it('does not take a count or an action after "2023年，" for the body', () => {
    const m = read(`${BODY}四是强化回应。2023年，共办理政府12345热线47件，已全部办结。\n`);
    expect(m.agency).toBeNull();
    expect(read(`一、总体情况\n2021年，在区委、区政府的正确领导下，我局高度重视。\n${BODY}`).agency).toBeNull();
  });

  it('reads the subject after "YYYY年以来，" and after a "在…领导下，" clause, up to a following 在', () => {
    expect(read(`一、总体情况\n2022年以来，青石乡在县委县政府的正确领导下，扎实推进政务公开。\n${BODY}`).agency).toBe('青石乡');
    expect(read(`一、总体情况\n2023年，在区委、区政府的坚强领导下，青石街道办事处认真贯彻落实《条例》。\n${BODY}`).agency).toBe('青石街道办事处');
    // the subject's sentence goes on with words no name holds (高度重视…政府信息公开)
    expect(read(`一、总体情况\n2019年，青石街道办事处高度重视政府信息公开工作。\n${BODY}`).agency).toBe('青石街道办事处');
  });

  it('takes the body the prose names as the report\'s compiler or contact, a bureau\'s office standing for the bureau', () => {
    const compiled = read(`本年报是根据《条例》要求，由青石市浦口区教育局办公室编制的2024年度政府信息公开工作年度报告。\n一、总体情况\n2024年，区教育局发布信息32条。2024年，区教育局共受理申请7件。\n${BODY}`);
    expect(compiled.agency).toBe('青石市浦口区教育局');
    const contact = read(`本报告中所列数据统计期限为2023年1月1日至2023年12月31日。如对本年度报告有疑问，请与青石旗自然资源局办公室联系（电话：0479-2022416）。\n${BODY}`);
    expect(contact.agency).toBe('青石旗自然资源局');
    // a government's office is a body of its own: kept whole
    expect(read(`本报告由青石县人民政府办公室编制。\n${BODY}`).agency).toBe('青石县人民政府办公室');
    // but the office that compiles and signs for a government does not outvote the government's title
    const county = read(`青石县人民政府2023年政府信息公开工作年度报告\n如对本报告有疑问，请与青石县人民政府办公室联系。\n${BODY}\n青石县人民政府办公室\n2024年1月20日\n`);
    expect(county.agency).toBe('青石县人民政府');
    // 由于 is no compiler
    expect(compiler('由于青石县公安局编制工作调整，本报告推迟发布。')).toBeNull();
  });

  it('gives the title\'s name back its last character when the detector took it with the run after it', () => {
    const text = `青石市医疗保障峘罦淺貺局2021年政府信息公开工作年度报告\n${BODY}`;
    const m = read(text, [injected(text, '峘罦淺貺局')]);
    expect(m.agency).toBe('青石市医疗保障局');
    // a repair, and said to be one
    expect(m.decidedBy?.agency).toContain('words');
  });
});
