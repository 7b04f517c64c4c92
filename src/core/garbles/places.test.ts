import { describe, expect, it } from 'vitest';
import { makeContext } from '../context';
import { baseName, dropNames, loadPlaces, orgAbbreviation, villageBase } from './places';
import type { Garble } from '../types';

const flag = (text: string, part: string): Garble => {
  const s = text.indexOf(part);
  return { kind: 'injected', span: [s, s + part.length], text: part, suggestion: '' };
};

describe('place and organisation names', () => {
  it('cuts administrative suffixes to the base name', () => {
    expect(baseName('敖东镇')).toBe('敖东');
    expect(baseName('屿头乡')).toBe('屿头');
    expect(baseName('鄂温克族乡')).toBe('鄂温克');
    expect(baseName('东华门街道')).toBe('东华门');
    expect(baseName('市')).toBe('市');
  });

  it('drops flags inside a township the gazetteer knows, keeps others', async () => {
    const places = await loadPlaces();
    const t = '屿头乡和岚城乡的群众，以及酷乘乡的群众。';
    const f = makeContext(t).folded;
    const kept = dropNames(f, [flag(t, '屿头'), flag(t, '岚城'), flag(t, '酷乘')], places);
    expect(kept.map((g) => g.text)).toEqual(['酷乘']);
    // the flag may take in the suffix too
    const t2 = '政府信息公开量较大的乡镇是敖东镇、澳前镇。';
    expect(dropNames(makeContext(t2).folded, [flag(t2, '敖东镇')], places)).toEqual([]);
  });

  it('drops a flag on a short place name standing bare in a list of places', async () => {
    const places = await loadPlaces();
    const t = '在徐汇、虹口、浦东等区开展培训，在黄浦、静安区设立窗口。';
    const f = makeContext(t).folded;
    expect(dropNames(f, [flag(t, '虹口'), flag(t, '徐汇'), flag(t, '黄浦')], places)).toEqual([]);
    // a known name alone, or beside no other place, is still looked at
    const t2 = '在虹口开展培训，工作、虹口、进展顺利。';
    expect(dropNames(makeContext(t2).folded, [flag(t2, '虹口')], places)).toHaveLength(1);
    expect(dropNames(makeContext(t2).folded, [{ ...flag(t2, '虹口'), span: [11, 13] }], places)).toHaveLength(1);
  });

  it('cuts village suffixes to the base name', () => {
    expect(villageBase('南中村委会')).toBe('南中');
    expect(villageBase('多福巷社区居委会')).toBe('多福巷');
    expect(villageBase('瑞龙居委会')).toBe('瑞龙');
    expect(villageBase('新村')).toBe(null); // a one-character base is no name to look up
  });

  it('drops flags inside a village the gazetteer knows, only before a village suffix', async () => {
    const places = await loadPlaces();
    expect(places.hasVillage('南中')).toBe(true);
    expect(places.hasVillage('瑞龙')).toBe(true);
    const t = '南中村、瑞龙社区和城东居委会的群众，酷乘村的群众。';
    const f = makeContext(t).folded;
    const kept = dropNames(f, [flag(t, '南中'), flag(t, '瑞龙社区'), flag(t, '城东'), flag(t, '酷乘')], places);
    expect(kept.map((g) => g.text)).toEqual(['酷乘']);
    // without a village suffix after it a village's name is not looked up
    const t2 = '南中的群众';
    expect(dropNames(makeContext(t2).folded, [flag(t2, '南中')], places)).toHaveLength(1);
  });

  it('reads a short flag between an administrative level and an organisation suffix as an abbreviation', () => {
    const f = '会同区发改局、县住建局';
    expect(orgAbbreviation(f, 3, 5)).toBe(true);
    expect(orgAbbreviation(f, 8, 10)).toBe(true);
    expect(orgAbbreviation('工作发改进展', 2, 4)).toBe(false);
  });
});
