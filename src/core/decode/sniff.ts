// What kind of file the bytes are, from their first bytes (magic numbers) and the name:
// a document we read (PDF, DOCX, HTML, text) or a binary we refuse with a clear message.
import type { Failure } from '../types';
import { fail } from '../diagnostics';

export type Sniffed =
  | { kind: 'pdf' }
  | { kind: 'docx' }
  | { kind: 'html' }
  | { kind: 'text' }
  | { kind: 'refuse'; why: Failure };

const starts = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Binary formats people drop by mistake, with what to tell them. */
const REFUSED: { sig: number[]; at?: number; why: () => Failure }[] = [
  { sig: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], why: () => fail('decode.legacyOffice', {}) },
  { sig: [0x89, 0x50, 0x4e, 0x47], why: () => fail('decode.image', { format: 'PNG' }) },
  { sig: [0xff, 0xd8, 0xff], why: () => fail('decode.image', { format: 'JPEG' }) },
  { sig: ascii('GIF8'), why: () => fail('decode.image', { format: 'GIF' }) },
  { sig: ascii('WEBP'), at: 8, why: () => fail('decode.image', { format: 'WebP' }) },
  { sig: [0x7f, 0x45, 0x4c, 0x46], why: () => fail('decode.executable', {}) },
  { sig: [0x1f, 0x8b], why: () => fail('decode.compressed', { format: 'gzip' }) },
  { sig: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], why: () => fail('decode.compressed', { format: '7z' }) },
  { sig: ascii('Rar!'), why: () => fail('decode.compressed', { format: 'RAR' }) },
  { sig: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], why: () => fail('decode.compressed', { format: 'xz' }) },
  { sig: ascii('{\\rtf'), why: () => fail('decode.rtf', {}) },
];

export function sniffKind(bytes: Uint8Array, name: string): Sniffed {
  // The PDF header may follow a little junk (the spec allows it within the first 1 KB).
  if (findAscii(bytes.subarray(0, 1024), '%PDF-') !== -1) return { kind: 'pdf' };
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04]) || starts(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    if (zipHasEntry(bytes, 'word/document.xml')) return { kind: 'docx' };
    return { kind: 'refuse', why: fail('decode.zipNotDocx', {}) };
  }
  for (const r of REFUSED) {
    if (starts(bytes, r.sig, r.at ?? 0)) return { kind: 'refuse', why: r.why() };
  }
  if (/\.(x?html?|shtml|xht)$/i.test(name)) return { kind: 'html' };
  return { kind: 'text' };
}

/** A docx names its parts in the zip's local headers and central directory (at the end). */
function zipHasEntry(bytes: Uint8Array, entry: string): boolean {
  const tail = bytes.subarray(Math.max(0, bytes.length - 256 * 1024));
  return findAscii(tail, entry) !== -1 || findAscii(bytes.subarray(0, 256 * 1024), entry) !== -1;
}

export function findAscii(hay: Uint8Array, needle: string): number {
  const first = needle.charCodeAt(0);
  outer: for (let i = hay.indexOf(first); i !== -1 && i + needle.length <= hay.length; i = hay.indexOf(first, i + 1)) {
    for (let k = 1; k < needle.length; k++) if (hay[i + k] !== needle.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
}

/** Decoded text that is an HTML page or fragment (many pages are saved as .txt or have no name). */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).replace(/^[\s\uFEFF]+/, '');
  // every test reads the head's start but the <?xml one: only its first characters lowercased
  // (lowercasing 2 KB of every report cost more than the tests)
  if (head.charCodeAt(0) !== 0x3c) return false; // '<'
  const start = head.slice(0, 16).toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return true;
  if (start.startsWith('<?xml') && head.toLowerCase().includes('<html')) return true;
  return /^<(head|body|meta|title|p|div|table|span|h[1-6]|section|article|style|script|link|br|font|center)[\s>/]/.test(start);
}

/** A charset declared in an HTML page's meta, mapped to the label we decode with. */
export function declaredCharset(bytes: Uint8Array): 'gb18030' | 'big5' | 'utf-8' | null {
  // Most files declare nothing: no "<" means no meta tag, and no string to build.
  const n = Math.min(bytes.length, 4096);
  if (bytes.subarray(0, n).indexOf(0x3c) === -1) return null;
  // One fromCharCode over a copy, not 4096 concatenations (which cost more than the decode).
  const codes = new Uint16Array(n);
  for (let i = 0; i < n; i++) codes[i] = bytes[i] < 0x80 ? bytes[i] : 0x20;
  const head = String.fromCharCode.apply(null, codes as unknown as number[]);
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  if (!m) return null;
  const cs = m[1].toLowerCase();
  if (/^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn)$/.test(cs)) return 'gb18030';
  if (/^(big5|big5-hkscs|cp950|x-x-big5)$/.test(cs)) return 'big5';
  if (cs === 'utf-8' || cs === 'utf8') return 'utf-8';
  return null;
}
