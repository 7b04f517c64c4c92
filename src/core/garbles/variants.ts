// Script variants at the word level. Text converted to traditional word by word uses forms whose
// character-by-character fold is not the simplified word (瞭解 folds to 瞭解, not 了解; 藉助 to
// 藉助; Taiwan vocabulary 軟體 → 软体, not 软件). OpenCC's phrase tables (shipped by opencc-js,
// Apache-2.0) list them: each folded form becomes an alias of its simplified word in the lexicon,
// with that word's frequency, so it reads as a word rather than noise.
import { fold } from '../normalize/fold';

const HAN = /^[\u3400-\u4dbf\u4e00-\u9fff]{2,}$/;

/** an OpenCC table "from to1 to2|…": traditional or regional form → standard form(s) */
const pairs = (d: string) => d.split('|').map((p) => p.split(' ')).filter((p) => p.length >= 2);

/** [folded variant, folded standard word] pairs; the tables are imported on first use */
export async function variantAliases(): Promise<[string, string][]> {
  const [ts, twRev, hkRev, tw] = await Promise.all([
    import('opencc-js/dict/TSPhrases'),
    import('opencc-js/dict/TWPhrasesRev'),
    import('opencc-js/dict/HKPhrasesRev'),
    import('opencc-js/dict/TWPhrases'),
  ]);
  const out = new Map<string, string>();
  const add = (variant: string, standard: string) => {
    const a = fold(variant);
    const b = fold(standard);
    if (a !== b && HAN.test(a) && HAN.test(b) && !out.has(a)) out.set(a, b);
  };
  for (const d of [ts.default, twRev.default, hkRev.default]) for (const [from, to] of pairs(d)) add(from, to);
  // mainland → Taiwan: the Taiwan form is the variant
  for (const [from, ...to] of pairs(tw.default)) for (const t of to) add(t, from);
  return [...out];
}
