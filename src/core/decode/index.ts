// Bytes of a dropped or opened file → the text the app inspects, its encoding and its kind.
// Plain text: the decoded file exactly, only a byte-order mark dropped. HTML, DOCX and PDF:
// the readable text extracted from them (conventions in html-text.ts and pdf-lines.ts).
// Bad input gets a coded reason (worded in Chinese for the JSON, by the UI for display), never a throw.
import type { Encoding, Result, SourceKind } from '../types';
import { fail, say, type Said } from '../diagnostics';
import { decodeTextBytes } from './encoding';
import { htmlToText } from './html-text';
import { MAX_CONTAINER_BYTES, MAX_EXTRACTED_CHARS, MAX_TEXT_BYTES } from './limits';
import { declaredCharset, looksLikeHtml, sniffKind } from './sniff';

export interface Decoded {
  text: string;
  encoding: Encoding;
  kind: SourceKind;
  warnings: Said[];
}

export async function decodeInput(bytes: Uint8Array, name: string): Promise<Result<Decoded>> {
  if (bytes.length === 0) return fail('decode.empty', {});
  try {
    const sniffed = sniffKind(bytes, name);
    switch (sniffed.kind) {
      case 'refuse':
        return sniffed.why;
      case 'pdf':
      case 'docx':
        return await decodeContainer(bytes, sniffed.kind);
      default:
        return decodeTextual(bytes, sniffed.kind === 'html');
    }
  } catch (e) {
    // A library choking on a damaged file must not take the worker down.
    const detail = e instanceof Error ? e.message : String(e);
    return fail('decode.failed', { detail });
  }
}

function decodeTextual(bytes: Uint8Array, namedHtml: boolean): Result<Decoded> {
  const warnings: Said[] = [];
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
    return fail('decode.tooLarge', { kind, sizeBytes: bytes.length, limitBytes: MAX_CONTAINER_BYTES });
  }
  const extracted = kind === 'pdf' ? await (await import('./pdf')).pdfToText(bytes) : await (await import('./docx')).docxToText(bytes);
  if (!extracted.ok) return extracted;
  const warnings = [...extracted.value.warnings];
  let text = extracted.value.text;
  if (text.length > MAX_EXTRACTED_CHARS) {
    text = text.slice(0, MAX_EXTRACTED_CHARS);
    warnings.push(say('decode.textCut', { chars: MAX_EXTRACTED_CHARS }));
  }
  if (!/\S/.test(text)) {
    return kind === 'pdf' ? fail('decode.pdfNoText', {}) : fail('decode.docxNoText', {});
  }
  return { ok: true, value: { text, encoding: 'utf-8', kind, warnings } };
}

function cutWarning(kept: number, total: number): Said {
  return say('decode.fileCut', { keptBytes: kept, totalBytes: total });
}
