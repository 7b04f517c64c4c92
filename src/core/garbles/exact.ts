// Cheap, exact garbles found by character class or pattern alone: U+FFFD runs, invisible
// characters (zero-width, bidi, controls, private use, a BOM inside the text), converter
// markup left in the text, and the fixed mojibake runs (锟斤拷, 烫烫烫, 屯屯屯).
// NBSP and U+3000 are layout, not damage: they are never flagged here.
import type { Garble } from '../types';
import { because } from '../diagnostics';
import { PINYIN_GLOSS } from '../normalize/fold';

function isInvisible(c: number): boolean {
  if (c < 0x20) return c !== 0x09 && c !== 0x0a && c !== 0x0d;
  if (c >= 0x7f && c <= 0x9f) return true; // DEL and C1 controls
  if (c === 0xad) return true; // soft hyphen
  if (c >= 0x200b && c <= 0x200f) return true; // zero-width, LRM/RLM
  if (c >= 0x202a && c <= 0x202e) return true; // bidi embeddings
  if (c >= 0x2060 && c <= 0x2064) return true; // word joiner, invisible operators
  if (c >= 0x2066 && c <= 0x2069) return true; // bidi isolates
  if (c === 0xfeff) return true;
  if (c >= 0xe000 && c <= 0xf8ff) return true; // private use
  if (c >= 0xfff9 && c <= 0xfffb) return true; // interlinear annotation
  return false;
}

/**
 * Every code unit at which findCharGarbles does anything: U+FFFD, and the units invisibleWidth
 * can flag (isInvisible's set, and the surrogates). Every other unit is stepped over, so a
 * native regex scan jumps between these (a char-by-char loop cost ~18 ns a unit, the whole
 * text, for meta's clean view and for the detector). No `u` flag: surrogates match one by one.
 */
// oxlint-disable-next-line no-control-regex -- control characters are among what it looks for
const CANDIDATE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\xad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ud800-\udfff\ue000-\uf8ff\ufeff\ufff9-\ufffb\ufffd]/g;

/** runs of U+FFFD and of invisible characters (incl. supplementary private use, lone surrogates) */
export function findCharGarbles(text: string, out: Garble[]): void {
  const n = text.length;
  const re = CANDIDATE;
  re.lastIndex = 0;
  // the loop of findCharGarblesPlain (exact.test.ts), entered only at candidate units
  while (re.test(text)) {
    const i = re.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 0xfffd) {
      let j = i + 1;
      while (j < n && text.charCodeAt(j) === 0xfffd) j++;
      out.push({ kind: 'replacement', span: [i, j], text: text.slice(i, j), suggestion: '', ...because('garble.replacement', {}) });
      re.lastIndex = j;
      continue;
    }
    const w = invisibleWidth(text, i);
    if (w > 0) {
      let j = i + w;
      for (let k; j < n && (k = invisibleWidth(text, j)) > 0; ) j += k;
      const codes = [...new Set(Array.from(text.slice(i, j), (ch: string) => ch).map((ch) => 'U+' + ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')))];
      out.push({ kind: 'invisible', span: [i, j], text: text.slice(i, j), suggestion: '', ...because('garble.invisible', { codes: codes.slice(0, 4) }) });
      re.lastIndex = j;
    }
  }
}

/** width (1 or 2 units) of an invisible character at i, 0 if visible */
function invisibleWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x20 || (c >= 0x7f && c <= 0xad) || (c >= 0x200b && c <= 0x206f) || c >= 0xd800) {
    if (isInvisible(c)) return 1;
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        // planes 15–16 are private use
        return c >= 0xdb80 ? 2 : 0;
      }
      return 1; // lone high surrogate
    }
    if (c >= 0xdc00 && c <= 0xdfff) {
      const p = text.charCodeAt(i - 1);
      return p >= 0xd800 && p <= 0xdbff ? 0 : 1; // lone low surrogate
    }
  }
  return 0;
}

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ensp: ' ', emsp: ' ', middot: '·', mdash: '—', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', hellip: '…' };

// Leftovers of HTML/Word/PDF converters. General shapes, not particular strings.
const HTML_TAGS = 'a|abbr|b|big|blockquote|body|br|center|col|colgroup|dd|div|dl|dt|em|font|h[1-6]|head|hr|html|i|img|input|li|link|meta|ol|p|pre|s|small|span|strike|strong|style|sub|sup|table|tbody|td|tfoot|th|thead|title|tr|tt|u|ul|script|section|article|header|footer|nav|label|form|button|select|option|textarea|iframe|object|param|embed';
/** HTML attribute syntax, so `a<b 且 c>d` is not taken for a tag */
const ATTRS = String.raw`(?:\s+[\w:-]+(?:\s*=\s*(?:"[^"\n]{0,300}"|'[^'\n]{0,300}'|[^\s"'<>]{1,100}))?){0,30}`;
const MARKUP = new RegExp(
  [
    // <!--[if !supportLists]-->, and a whole block up to its <![endif]--> (<xml> inside)
    String.raw`<!--\[if [^\]\n]{0,80}\]>(?:[^\n]{0,2000}?<!\[endif\]-->)?`,
    String.raw`<!\[(?:if [^\]\n]{0,80}|endif)\]-*>`, // <![endif]-->, <![if …]>
    String.raw`<!--[^\n]{0,400}?-->`, // other HTML comments
    String.raw`<\/?(?:${HTML_TAGS})${ATTRS}\s*\/?>`, // stray HTML tags
    String.raw`<\/?[a-zA-Z]{1,10}:[a-zA-Z]{1,20}${ATTRS}\s*\/?>`, // <o:p>, <w:sdt …>
    String.raw`\[(?:bookmark|image|comment|footnote|endnote|hyperlink|anchor|toc)(?::[^\]\n]{0,120})?\]`, // [bookmark: _GoBack]
    // (after a letter it is a word, not a field; after a digit, as in 12PAGEREF, it is still one)
    String.raw`(?<![A-Za-z])(?:HYPERLINK|PAGEREF|MERGEFORMAT|INCLUDEPICTURE|SHAPE\s+\\\*|EMBED\s+[A-Z][\w.]*)\b(?:\s+(?:\\[*lhop]\s*)?(?:"[^"\n]{0,300}"|[A-Z_a-z0-9\\]+)){0,3}`,
    // their unmistakable forms anywhere, even glued to a letter (AHYPERLINK \l "_Toc…")
    String.raw`(?:HYPERLINK\s+\\l\s*"[^"\n]{0,300}"|PAGEREF\s+_(?:Toc|Ref|Hlk)\d+(?:\s+\\[hp])*)`,
    String.raw`(?<![A-Za-z])_(?:Toc|Hlk|Ref|GoBack)\d*\b`,
    String.raw`\bmso-[a-z-]+:[^;"\n<>]{0,80};?`,
    String.raw`&(?:${Object.keys(ENTITIES).join('|')});|&#(?:x[0-9a-fA-F]{2,5}|\d{2,6});`,
    // a pinyin gloss a page's annotation left after a character: 區(qū), 領(lǐng)導(dǎo) (the pattern
    // normalize/fold.ts folds out of the table search, so both find the same glosses)
    String.raw`(?<=[\u3400-\u4dbf\u4e00-\u9fff])` + PINYIN_GLOSS.source,
  ].join('|'),
  'g',
);

export function findMarkup(text: string, out: Garble[]): void {
  MARKUP.lastIndex = 0;
  for (let m; (m = MARKUP.exec(text)); ) {
    const s = m[0];
    let suggestion = '';
    if (s.startsWith('&')) {
      if (s[1] === '#') {
        const cp = s[2] === 'x' ? parseInt(s.slice(3, -1), 16) : parseInt(s.slice(2, -1), 10);
        suggestion = cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
      } else suggestion = ENTITIES[s.slice(1, -1)] ?? '';
    }
    out.push({ kind: 'markup', span: [m.index, m.index + s.length], text: s, suggestion, ...because('garble.markup', {}) });
  }
}

// Fixed mojibake runs: 锟斤拷 (UTF-8 of U+FFFD read as GBK), 烫 (0xCCCC) and 屯 (0xCDCD) from
// uninitialised buffers. Matched on the folded text, so the traditional forms (錕斤拷, 燙) count.
const FIXED = /(?:锟斤拷|斤拷|锟斤)+锟?|烫{3,}|屯{2,}|(?:烫屯|屯烫)+/g;

export function findFixedMojibake(text: string, folded: string, out: Garble[]): void {
  FIXED.lastIndex = 0;
  for (let m; (m = FIXED.exec(folded)); ) {
    const span: [number, number] = [m.index, m.index + m[0].length];
    out.push({ kind: 'mojibake', span, text: text.slice(span[0], span[1]), suggestion: '', ...because('garble.lostBytes', { sample: m[0].slice(0, 3) }) });
  }
}
