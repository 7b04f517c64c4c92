// DOCX → text, through mammoth (loaded only when a .docx arrives). Word's tables keep their
// merged cells only in HTML, so the document is converted to HTML and read by html-text.ts:
// the text follows the same conventions (a table row a line, cells tab-separated, merged
// positions empty). Images are skipped rather than inlined as data URIs.
import type { Result } from '../types';
import { fail, type Said } from '../diagnostics';
import { htmlToText } from './html-text';

export interface Extracted {
  text: string;
  warnings: Said[];
}

export async function docxToText(bytes: Uint8Array): Promise<Result<Extracted>> {
  const mod = await import('mammoth');
  // Interop: a CommonJS module arrives as `default` in Node's ESM loader and in Vite.
  const mammoth = mod.default ?? (mod as unknown as typeof mod.default);
  // Node's build reads `buffer`, the browser build `arrayBuffer`; a copy keeps the caller's bytes intact.
  const copy = bytes.slice();
  const input = { buffer: copy, arrayBuffer: copy.buffer } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
  let html: string;
  try {
    const result = await mammoth.convertToHtml(input, {
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      ignoreEmptyParagraphs: false,
    });
    html = result.value;
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail('decode.docxDamaged', { detail });
  }
  return { ok: true, value: { text: htmlToText(html), warnings: [] } };
}
