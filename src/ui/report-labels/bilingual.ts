// The core writes some texts for people as "中文（English gloss）" (garble reasons, decode
// warnings). The UI shows the half in its language; a text without an English gloss is whole.
import type { Lang } from '../store/store';

export function splitGloss(s: string): { zh: string; en: string } | null {
  const m = s.match(/^([\s\S]*?)\s*（([^（）]*)）$/);
  if (!m || !m[1] || !/^[\x20-\x7E’“”…]+$/.test(m[2]!) || !/[a-z]{3}/.test(m[2]!)) return null;
  return { zh: m[1], en: m[2]! };
}

/** The text in `lang` when it carries both, else as written. */
export function inLang(s: string, lang: Lang): string {
  const g = splitGloss(s);
  return g ? g[lang] : s;
}
