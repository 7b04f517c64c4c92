// Quoted material inside a worded diagnostic: what the report itself prints (a row's label, an
// agency's name, a table's numeral) stays in the report's language, marked so a view can set
// it apart (<span lang="zh">) and a test can tell it from untranslated wording. The marks are
// two private-use characters; plain text (a title, a label for a button) drops them.

const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKS = /[\uE000\uE001]/g;

/** `s` marked as quoted source text */
export const q = (s: string): string => `${OPEN}${s}${CLOSE}`;

/** the text without its quote marks */
export const unquote = (s: string): string => s.replace(MARKS, '');

export interface Part {
  text: string;
  /** quoted source text, in the report's language */
  quoted: boolean;
}

/** a marked text cut into its plain and quoted parts, in order (empty parts dropped) */
export function quoteParts(s: string): Part[] {
  const out: Part[] = [];
  let quoted = false;
  let from = 0;
  const push = (to: number) => {
    if (to > from) out.push({ text: s.slice(from, to), quoted });
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== OPEN && c !== CLOSE) continue;
    push(i);
    quoted = c === OPEN;
    from = i + 1;
  }
  push(s.length);
  return out;
}
