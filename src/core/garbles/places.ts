// Real names are not noise: a flag inside a place name the gazetteer knows (敖东镇, 屿头乡, 下坂村)
// or inside an organisation's name built on a place or an administrative level (区发改局) is
// dropped. The gazetteer (data/places.ts: down to townships, exact; data/villages.ts: villages and
// residents' committees, an approximate set; both built by scripts/build-places.ts) is loaded only
// when there is a flag to check.
import type { Garble } from '../types';
import { NameSet } from './nameset';

/** administrative suffixes cut off to get a base name (longest first) */
const ADMIN_SUFFIX =
  /(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|街道办事处|地区办事处|办事处|街道|民族乡|族乡|苏木|省|市|地区|盟|州|区|县|旗|镇|乡|农场|林场|牧场|鹿场|茶场|渔场|良种场|场)$/;

/** 敖东镇 → 敖东; 巴楚县 → 巴楚 (a name that is all suffix stays whole) */
export function baseName(name: string): string {
  const b = name.replace(ADMIN_SUFFIX, '');
  return b.length >= 2 ? b : name;
}

/** a village's or residents' committee's official name → its base (下坂村委会 → 下坂), or null */
const VILLAGE_SUFFIX = /(?:社区居民委员会|社区居委会|村民委员会|居民委员会|村委会|居委会|委员会|社区|村|嘎查|生活区|管理区)$/;
export function villageBase(name: string): string | null {
  const b = name.replace(VILLAGE_SUFFIX, '');
  return b.length >= 2 && b !== name ? b : null;
}

/** what follows a village's base name in text (下坂村, 银闸社区, 额很嘎查) */
const VILLAGE_AFTER = /^(?:村|社区|居委会|居民委员会|嘎查|生活区|管理区)/;

/**
 * What may follow a place's base name in text: an administrative level, or an organisation
 * (派出所, 政府, 中学 …).
 */
const AFTER_PLACE =
  /^(?:街道|镇|乡|村|社区|居委|苏木|嘎查|办事处|片区|新区|区|县|市|旗|州|盟|省|[\u4e00-\u9fff]{0,3}族|农场|林场|牧场|派出所|公安|政府|党委|人大|政协|法院|检察院|法庭|中学|小学|卫生院|医院|中心|分局|所|站|队)/;

/** organisation suffixes: a short flag right before one, right after an administrative level, is an abbreviation */
const ORG_AFTER = /^(?:局|委|办|中心|厅|署|院|队|处|科|站|所|公司|集团)/;
const LEVEL_BEFORE = /[省市县区镇乡州旗盟]$/;

/** what separates the items of a list of names */
const LIST_SEP = /[、,，;；/]/;

const allHan = (s: string) => /^[\u3400-\u9fff]+$/.test(s);

export class Places {
  private readonly names: Set<string>;
  private readonly villages: NameSet | null;
  /** `data`: data/places.ts; `villages`: data/villages.ts (optional) */
  constructor(data: string, villages?: string) {
    this.names = new Set(data.split(' '));
    this.villages = villages ? new NameSet(villages) : null;
  }

  /** a base name down to townships (exact) */
  has(name: string): boolean {
    return this.names.has(name);
  }

  /** a village's base name (approximate: about one absent name in 16 answers yes) */
  hasVillage(name: string): boolean {
    return this.villages?.has(name) ?? false;
  }

  /**
   * A short base name [p, q) standing bare as an item of a list of places (徐汇、虹口、浦东): an
   * item next to it is a place the gazetteer knows too. A run of noise seldom both spells a place
   * and stands in a list of places.
   */
  private listed(f: string, p: number, q: number): boolean {
    const known = (w: string) => allHan(w) && (this.names.has(w) || this.names.has(baseName(w)));
    // the item before ends at the separator; the one after starts after it (静安区设立…: 静安区)
    if (LIST_SEP.test(f[p - 1] ?? '')) for (let a = p - 3; a >= Math.max(0, p - 7); a--) if (known(f.slice(a, p - 1))) return true;
    if (LIST_SEP.test(f[q] ?? '')) for (let b = q + 3; b <= Math.min(f.length, q + 7); b++) if (known(f.slice(q + 1, b))) return true;
    return false;
  }


  /**
   * Is [s, e) of the folded text f inside a place name the gazetteer knows? A base name down to
   * townships counts followed by a suffix (镇, 乡, 村, 派出所 …) or when ≥ 3 characters long; a
   * village's base only followed by 村, 社区, 居委会 or 嘎查 (the set is approximate: the suffix
   * keeps lookups few). The suffix counts as covered too (a flag on the whole 敖东镇).
   */
  covers(f: string, s: number, e: number): boolean {
    for (let p = Math.max(0, s - 5); p <= s; p++) {
      for (let q = p + 2; q <= p + 8 && q <= f.length; q++) {
        if (q <= s) continue;
        const name = f.slice(p, q);
        if (this.names.has(name)) {
          const suffix = AFTER_PLACE.exec(f.slice(q, q + 4))?.[0].length ?? -1;
          if (q >= e && (q - p >= 3 || suffix >= 0 || this.listed(f, p, q))) return true;
          if (suffix > 0 && q + suffix >= e) return true;
        } else if (this.villages && allHan(name)) {
          const suffix = VILLAGE_AFTER.exec(f.slice(q, q + 5))?.[0].length ?? 0;
          if (suffix > 0 && q + suffix >= e && this.villages.has(name)) return true;
        }
      }
    }
    return false;
  }
}

/**
 * A short flag between an administrative level and an organisation suffix (区[发改]局), or one
 * that with a suffix makes a whole item of a list (治安、禁毒、[拘戒]所、出入境): units are named
 * by abbreviations the lexicon cannot hold.
 */
export function orgAbbreviation(f: string, s: number, e: number): boolean {
  if (e - s > 3) return false;
  const suffix = ORG_AFTER.exec(f.slice(e, e + 2))?.[0].length ?? 0;
  if (!suffix) return false;
  if (LEVEL_BEFORE.test(f.slice(Math.max(0, s - 1), s))) return true;
  return LIST_MARK.test(f[s - 1] ?? '') && LIST_MARK.test(f[e + suffix] ?? '') && (f[s - 1] === '、' || f[e + suffix] === '、');
}
const LIST_MARK = /[、，,；;。：:]/;

/** drop injected flags that are place or organisation names */
export function dropNames(folded: string, garbles: Garble[], places: Places): Garble[] {
  return garbles.filter((g) => g.kind !== 'injected' || !(places.covers(folded, g.span[0], g.span[1]) || orgAbbreviation(folded, g.span[0], g.span[1])));
}

let cached: Promise<Places> | null = null;

/** the gazetteer, separate chunks loaded on first use */
export function loadPlaces(): Promise<Places> {
  cached ??= Promise.all([import('./data/places'), import('./data/villages')]).then(([m, v]) => new Places(m.default, v.default));
  return cached;
}
