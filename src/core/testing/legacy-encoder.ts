// Test support only: encode a string as GB18030 (two-byte GBK part) or Big5, and as UTF-16.
// Runtimes decode these encodings but cannot encode them, so the inverse table is read out
// of TextDecoder, one two-byte code at a time.

const tables = new Map<string, Map<string, number[]>>();

function table(label: 'gb18030' | 'big5'): Map<string, number[]> {
  let t = tables.get(label);
  if (t) return t;
  t = new Map();
  const dec = new TextDecoder(label, { fatal: true });
  const [lo, hi] = label === 'gb18030' ? [0x81, 0xfe] : [0xa1, 0xf9];
  for (let a = lo; a <= hi; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f || (label === 'big5' && b > 0x7e && b < 0xa1)) continue;
      let ch: string;
      try {
        ch = dec.decode(new Uint8Array([a, b]));
      } catch {
        continue;
      }
      // Keep the first (canonical) code of characters that have two.
      if (!t.has(ch)) t.set(ch, [a, b]);
    }
  }
  tables.set(label, t);
  return t;
}

/** Bytes of `text`; characters the encoding lacks are dropped (like iconv -c) and counted. */
export function encodeLegacy(text: string, label: 'gb18030' | 'big5'): { bytes: Uint8Array; kept: string; missing: number } {
  const t = table(label);
  const out: number[] = [];
  let kept = '';
  let missing = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) {
      out.push(cp);
      kept += ch;
      continue;
    }
    const code = t.get(ch);
    if (code) {
      out.push(...code);
      kept += ch;
    } else missing++;
  }
  return { bytes: new Uint8Array(out), kept, missing };
}

export function encodeUtf16(text: string, order: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 * i + (order === 'le' ? 0 : 1)] = c & 0xff;
    out[2 * i + (order === 'le' ? 1 : 0)] = c >> 8;
  }
  return out;
}
