// PDF → text with pdfjs-dist (legacy build: it runs in Node 20 and in browsers alike),
// loaded only when a PDF arrives. Importing pdfjs's worker module first registers its
// message handler on globalThis, so pdfjs parses in the calling thread — our own worker,
// or Node — and never tries to start a nested worker. Line rules: pdf-lines.ts.
// The worker module has no types; every tsconfig that reaches this file needs the declaration.
// oxlint-disable-next-line typescript/triple-slash-reference
/// <reference path="./pdfjs-worker.d.ts" />
import type { Result } from '../types';
import { fail, say, type Said } from '../diagnostics';
import type { Extracted } from './docx';
import { MAX_PDF_PAGES } from './limits';
import { itemsToLines, type PdfItem } from './pdf-lines';

/**
 * pdfjs's predefined character maps (UniGB-UCS2-H, Adobe-GB1-UCS2…): without them the text of
 * a PDF whose Chinese font is not embedded cannot be read at all. `new URL(template,
 * import.meta.url)` is the form Vite turns into emitted assets (fetched only when a PDF asks
 * for one); in Node the same URL is the file in node_modules, which pdfjs reads itself.
 */
function cmapUrl(file: string): URL {
  return new URL(`../../../node_modules/pdfjs-dist/cmaps/${file}`, import.meta.url);
}

const inNode = typeof (globalThis as { process?: { versions?: { node?: unknown } } }).process?.versions?.node === 'string';

/** pdfjs's loader interface for extra data, fetching the character maps from their URLs. */
class FetchedCMaps {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    if (kind !== 'cMapUrl') throw new Error(`${kind} ${filename} is not bundled`);
    const res = await fetch(cmapUrl(filename).href);
    if (!res.ok) throw new Error(`CMap ${filename}: HTTP ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  }
}

function cmapOptions(): Record<string, unknown> {
  if (inNode) {
    const dir = cmapUrl('');
    return dir.protocol === 'file:' ? { cMapUrl: decodeURIComponent(dir.pathname), cMapPacked: true } : {};
  }
  return { BinaryDataFactory: FetchedCMaps, useWorkerFetch: false, cMapPacked: true };
}

/**
 * Loads pdfjs's worker code into this thread. Inside a Web Worker, that module would also
 * attach itself to the worker's own message port (it checks `"onmessage" in self`) and post a
 * stray "ready" message to the page; hiding `onmessage` while it loads prevents that. The
 * property is only an accessor: message handlers already set keep working meanwhile.
 */
async function loadPdfjsInThread(): Promise<void> {
  let owner: object | null = globalThis;
  while (owner && !Object.prototype.hasOwnProperty.call(owner, 'onmessage')) owner = Object.getPrototypeOf(owner) as object | null;
  const desc = owner ? Object.getOwnPropertyDescriptor(owner, 'onmessage') : undefined;
  const hide = owner !== null && desc !== undefined && desc.configurable === true;
  if (hide) delete (owner as Record<string, unknown>).onmessage;
  try {
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  } finally {
    if (hide) Object.defineProperty(owner, 'onmessage', desc);
  }
}

export async function pdfToText(bytes: Uint8Array): Promise<Result<Extracted>> {
  await loadPdfjsInThread();
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const warnings: Said[] = [];
  let doc;
  try {
    doc = await pdfjs.getDocument({
      // pdfjs may take ownership of the buffer it is given: hand it a copy.
      data: bytes.slice(),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
      ...cmapOptions(),
    }).promise;
  } catch (e) {
    const name = e instanceof Error ? e.name : '';
    if (name === 'PasswordException') {
      return fail('decode.pdfPassword', {});
    }
    const detail = e instanceof Error ? e.message : String(e);
    return fail('decode.pdfDamaged', { detail });
  }
  try {
    const pages = Math.min(doc.numPages, MAX_PDF_PAGES);
    if (doc.numPages > pages) {
      warnings.push(say('decode.pdfPagesCut', { pages: doc.numPages, read: pages }));
    }
    const lines: string[] = [];
    for (let p = 1; p <= pages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const it of content.items) {
        if (!('str' in it)) continue;
        const [a, b, c, d, e, f] = it.transform as number[];
        const size = Math.hypot(c, d) || Math.hypot(a, b) || it.height;
        items.push({ str: it.str, x: e, y: f, width: it.width, size });
      }
      for (const l of itemsToLines(items)) lines.push(l);
      page.cleanup();
    }
    return { ok: true, value: { text: lines.join('\n'), warnings } };
  } finally {
    await doc.destroy();
  }
}
