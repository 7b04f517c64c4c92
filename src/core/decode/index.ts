// Bytes of a dropped or opened file → the text the app inspects, its encoding and its kind.
// Plain text: the decoded file exactly, only a byte-order mark dropped. HTML, DOCX and PDF:
// the readable text extracted from them (conventions in html-text.ts and pdf-lines.ts).
// Bad input gets a reason to show (Chinese first, English in parentheses), never a throw.
import type { Encoding, Result, SourceKind } from '../types';
import { decodeTextBytes } from './encoding';
import { htmlToText } from './html-text';
import { MAX_CONTAINER_BYTES, MAX_EXTRACTED_CHARS, MAX_TEXT_BYTES } from './limits';
import { declaredCharset, looksLikeHtml, sniffKind } from './sniff';

export interface Decoded {
  text: string;
  encoding: Encoding;
  kind: SourceKind;
  warnings: string[];
}

export async function decodeInput(bytes: Uint8Array, name: string): Promise<Result<Decoded>> {
  if (bytes.length === 0) return { ok: false, reason: '文件为空（empty file）' };
  try {
    const sniffed = sniffKind(bytes, name);
    switch (sniffed.kind) {
      case 'refuse':
        return { ok: false, reason: sniffed.reason };
      case 'pdf':
      case 'docx':
        return await decodeContainer(bytes, sniffed.kind);
      default:
        return decodeTextual(bytes, sniffed.kind === 'html');
    }
  } catch (e) {
    // A library choking on a damaged file must not take the worker down.
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, reason: `无法读取文件（could not read the file: ${detail}）` };
  }
}

function decodeTextual(bytes: Uint8Array, namedHtml: boolean): Result<Decoded> {
  const warnings: string[] = [];
  let body = bytes;
  if (bytes.length > MAX_TEXT_BYTES) {
    body = bytes.subarray(0, MAX_TEXT_BYTES);
    warnings.push(cutWarning(MAX_TEXT_BYTES, bytes.length));
  }
  const charset = declaredCharset(body);
  const decoded = decodeTextBytes(body, charset === 'utf-8' ? null : charset);
  if (!decoded.ok) return decoded;
  const { text, encoding } = decoded.value;
  warnings.push(...(decoded.value.warnings ?? []));
  // A file named .html that holds no markup at all is read as the text it is.
  if ((namedHtml && /<[a-z!/]/i.test(text.slice(0, 65536))) || looksLikeHtml(text)) {
    return { ok: true, value: { text: htmlToText(text), encoding, kind: 'html', warnings } };
  }
  return { ok: true, value: { text, encoding, kind: 'text', warnings } };
}

async function decodeContainer(bytes: Uint8Array, kind: 'pdf' | 'docx'): Promise<Result<Decoded>> {
  if (bytes.length > MAX_CONTAINER_BYTES) {
    return {
      ok: false,
      reason: `文件过大（${mb(bytes.length)}），${kind.toUpperCase()} 文件最多读取 ${mb(MAX_CONTAINER_BYTES)}（file too large: ${kind.toUpperCase()} files are read up to ${mb(MAX_CONTAINER_BYTES)}）`,
    };
  }
  const extracted = kind === 'pdf' ? await (await import('./pdf')).pdfToText(bytes) : await (await import('./docx')).docxToText(bytes);
  if (!extracted.ok) return extracted;
  const warnings = [...extracted.value.warnings];
  let text = extracted.value.text;
  if (text.length > MAX_EXTRACTED_CHARS) {
    text = text.slice(0, MAX_EXTRACTED_CHARS);
    warnings.push(`提取的文字过长，只保留前 ${MAX_EXTRACTED_CHARS} 个字符（extracted text too long: only the first ${MAX_EXTRACTED_CHARS} characters were kept）`);
  }
  if (!/\S/.test(text)) {
    return {
      ok: false,
      reason:
        kind === 'pdf'
          ? 'PDF 中没有可提取的文字，可能是扫描图片（the PDF has no extractable text; it may be a scanned image）'
          : 'Word 文件中没有文字（the Word file contains no text）',
    };
  }
  return { ok: true, value: { text, encoding: 'utf-8', kind, warnings } };
}

function cutWarning(kept: number, total: number): string {
  return `文件过大：只读取了前 ${mb(kept)}（共 ${mb(total)}），其余部分未检查（file too large: only the first ${mb(kept)} of ${mb(total)} were read; the rest was not inspected）`;
}

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
