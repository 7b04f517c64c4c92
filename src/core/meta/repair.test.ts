import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../garbles/lexicon';
import { loadPlaces } from '../garbles/places';
import { repairName } from './repair';

// the lexicon and the gazetteer are big: a generous timeout for a loaded machine
describe('repairName', { timeout: 120_000 }, () => {
  const words = Promise.all([loadLexicon(), loadPlaces()]).then(([lex, places]) => ({ lex, places }));

  it('takes out runs injected inside a name, also through one of its words', async () => {
    const w = await words;
    expect(repairName(w, '青石县白沙镇人民要以有是下政府')).toBe('青石县白沙镇人民政府');
    expect(repairName(w, '青石县医疗保中他会是们障局')).toBe('青石县医疗保障局');
    expect(repairName(w, '青石县住房和城乡建设城它局')).toBe('青石县住房和城乡建设局');
  });

  it('leaves a name alone that reads whole as words', async () => {
    const w = await words;
    for (const name of ['巴楚县公安局', '海南省公安厅', '平潭综合实验区管理委员会', '国家税务总局平潭综合实验区税务局', '涿州市城关镇人民政府', '长沙市岳麓区教育局']) {
      expect(repairName(w, name)).toBeNull();
    }
  });

  it('keeps the name\'s first and last characters and its order', async () => {
    const w = await words;
    const name = '青石县成用人力资源和社会保障局';
    const fixed = repairName(w, name)!;
    expect(fixed[0]).toBe(name[0]);
    expect(fixed.at(-1)).toBe(name.at(-1));
    let j = 0;
    for (const c of name) if (c === fixed[j]) j++;
    expect(j).toBe(fixed.length);
  });
});
