// Real names are not noise: a flag inside a place name the gazetteer knows (敖东镇, 屿头乡) or
// inside an organisation's name built on a place or an administrative level (区发改局) is dropped.
// The gazetteer (data/places.ts, built by scripts/build-places.ts) is loaded only when there is
// a flag to check.
import type { Garble } from '../types';

/** administrative suffixes cut off to get a base name (longest first) */
const ADMIN_SUFFIX =
  /(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|街道办事处|地区办事处|办事处|街道|民族乡|族乡|苏木|省|市|地区|盟|州|区|县|旗|镇|乡|农场|林场|牧场|鹿场|茶场|渔场|良种场|场)$/;

/** 敖东镇 → 敖东; 巴楚县 → 巴楚 (a name that is all suffix stays whole) */
export function baseName(name: string): string {
  const b = name.replace(ADMIN_SUFFIX, '');
  return b.length >= 2 ? b : name;
}

/**
 * What may follow a place's base name in text: an administrative level, or an organisation
 * (派出所, 政府, 中学 …).
 */
const AFTER_PLACE =
  /^(?:街道|镇|乡|村|社区|居委|苏木|嘎查|办事处|片区|新区|区|县|市|旗|州|盟|省|[\u4e00-\u9fff]{0,3}族|农场|林场|牧场|派出所|公安|政府|党委|人大|政协|法院|检察院|法庭|中学|小学|卫生院|医院|中心|分局|所|站|队)/;

/** organisation suffixes: a short flag right before one, right after an administrative level, is an abbreviation */
const ORG_AFTER = /^(?:局|委|办|中心|厅|署|院|队|处|科|站|所|公司|集团)/;
const LEVEL_BEFORE = /[省市县区镇乡州旗盟]$/;

export class Places {
  private readonly names: Set<string>;
  constructor(data: string) {
    this.names = new Set(data.split(' '));
  }

  has(name: string): boolean {
    return this.names.has(name);
  }

  /**
   * does a known place name followed by a suffix (or ≥ 3 characters long) cover [s, e) of f? The
   * suffix counts as covered too (a flag on the whole 敖东镇).
   */
  covers(f: string, s: number, e: number): boolean {
    for (let p = Math.max(0, s - 5); p <= s; p++) {
      for (let q = p + 2; q <= p + 8 && q <= f.length; q++) {
        if (q <= s || !this.names.has(f.slice(p, q))) continue;
        const suffix = AFTER_PLACE.exec(f.slice(q, q + 4))?.[0].length ?? -1;
        if (q >= e && (q - p >= 3 || suffix >= 0)) return true;
        if (suffix > 0 && q + suffix >= e) return true;
      }
    }
    return false;
  }
}

/** a short flag between an administrative level and an organisation suffix (区[发改]局) */
export function orgAbbreviation(f: string, s: number, e: number): boolean {
  return e - s <= 3 && LEVEL_BEFORE.test(f.slice(Math.max(0, s - 1), s)) && ORG_AFTER.test(f.slice(e, e + 2));
}

/** drop injected flags that are place or organisation names */
export function dropNames(folded: string, garbles: Garble[], places: Places): Garble[] {
  return garbles.filter((g) => g.kind !== 'injected' || !(places.covers(folded, g.span[0], g.span[1]) || orgAbbreviation(folded, g.span[0], g.span[1])));
}

let cached: Promise<Places> | null = null;

/** the gazetteer, a separate chunk loaded on first use */
export function loadPlaces(): Promise<Places> {
  cached ??= import('./data/places').then((m) => new Places(m.default));
  return cached;
}
