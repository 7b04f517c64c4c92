import { describe, expect, it } from 'vitest';
import { fold } from '../normalize/fold';
import { loadLexicon } from './lexicon';
import { findCuts, templateGrams } from './cut';
import { templatePhrases } from './boilerplate';

const cuts = async (t: string) => {
  const f = fold(t);
  return findCuts(await loadLexicon(), f, templateGrams(templatePhrases())).map((s) => t.slice(s.start, s.end));
};

describe('noise cut into attested wording', () => {
  it('finds common characters cut into a word the document prints elsewhere', async () => {
    expect(await cuts('本机关主动公开政府信息情况如下。全年主动公开政就动种府信息120条。')).toEqual(['就动种']);
  });

  it('finds a run between words of a template label', async () => {
    expect(await cuts('第二十条多后第（五）项\n')).toEqual(['多后']);
    expect(await cuts('4.无正当会就定理由大量反复申请')).toEqual(['会就定']);
  });

  it('finds a run holding a word in template wording when it cuts a word in two', async () => {
    expect(await cuts('第会和行动二十条第（八）项\n')).toEqual(['会和行动']);
    expect(await cuts('二、主了对就地动公开政府信息情况\n')).toEqual(['了对就地']);
  });

  it('finds a run cut into the genre’s standard sentences', async () => {
    expect(await cuts('本报告根据《中华人民共和国政府信息公开条例》把叫（以下简称《条例》）编制。')).toEqual(['把叫']);
    expect(await cuts('本报告所列数据假她的统计期限自2014年1月1日起')).toEqual(['假她']);
  });

  it('finds one character inside a template citation’s numbering', async () => {
    expect(await cuts('第二十消条第（五）项\n')).toEqual(['消']);
    expect(await cuts('第二十条她第（五）项\n')).toEqual(['她']);
    // even one that makes a word with the numeral (十成)
    expect(await cuts('第二十成条第（八）项\n')).toEqual(['成']);
  });

  it('finds a run inside a short label alone in its cell or line', async () => {
    expect(await cuts('本年处理决定数量\n行可能分学出政处罚 2124\n')).toEqual(['可能分学出']);
    expect(await cuts('\t行政许也以可\t3\n')).toEqual(['也以']);
    expect(await cuts('4.无多正当理由大量反复申请\n')).toEqual(['多']);
  });

  it('keeps a writer’s word in a short label, and a label inside prose', async () => {
    expect(await cuts('\t行政审批许可\t12\n')).toEqual([]);
    expect(await cuts('\t行政许可\t12\n')).toEqual([]);
  });

  it('keeps words a writer puts between template words', async () => {
    expect(await cuts('二、主动公开政府依申请信息情况\n')).toEqual([]);
    expect(await cuts('二、主动公开的有关政府信息情况\n')).toEqual([]);
  });

  it('keeps a writer’s own variation of a phrase: a word inserted, reduplication, parallel wording', async () => {
    expect(await cuts('五、存在的主要问题及改进情况\n')).toEqual([]);
    expect(await cuts('因政府信息公开申请行政复议、提起行政诉讼的情况')).toEqual([]);
    expect(await cuts('省公安厅机关。调整了省公安厅厅机关政务公开工作')).toEqual([]);
    expect(await cuts('不断推进政务公开和警务公开工作。政务公开工作')).toEqual([]);
    expect(await cuts('信息公开类行政复议7件')).toEqual([]);
  });
});
