// Limits checked before work (issue 14 item 3): how much of a file to read, decided from its
// size and first bytes before it is read whole (the page then reads only `file.slice(0, n)`),
// and how much of a paste to send to the worker. Each message names the limit and what was kept.
import { MAX_CONTAINER_BYTES, MAX_PASTE_CHARS, MAX_TEXT_BYTES } from './limits';
import { fail, say, type Said } from '../diagnostics';
import type { Failure } from '../types';

export type ReadPlan =
  | { read: 'whole' }
  /** read only the first `bytes`; `warning` goes into the report */
  | { read: 'head'; bytes: number; warning: Said<'decode.fileCut'> }
  /** do not read it at all */
  | { read: 'refuse'; failure: Failure };

/** Bytes of the file's start to pass to planRead (enough to tell a PDF or a zip). */
export const HEAD_BYTES = 1024;

function isContainer(head: Uint8Array): 'pdf' | 'docx' | null {
  const s = String.fromCharCode(...head.subarray(0, HEAD_BYTES));
  if (s.includes('%PDF-')) return 'pdf';
  if (s.startsWith('PK\u0003\u0004') || s.startsWith('PK\u0005\u0006')) return 'docx';
  return null;
}

export function planRead(size: number, head: Uint8Array): ReadPlan {
  if (size <= MAX_TEXT_BYTES) return { read: 'whole' };
  const container = isContainer(head);
  if (container) {
    // a PDF or a zip cannot be cut and still be read
    if (size <= MAX_CONTAINER_BYTES) return { read: 'whole' };
    return { read: 'refuse', failure: fail('decode.tooLarge', { kind: container, sizeBytes: size, limitBytes: MAX_CONTAINER_BYTES }) };
  }
  return { read: 'head', bytes: MAX_TEXT_BYTES, warning: say('decode.fileCut', { keptBytes: MAX_TEXT_BYTES, totalBytes: size }) };
}

/** A paste longer than the limit is cut (never inside a surrogate pair) before it is sent. */
export function cutPaste(text: string, max = MAX_PASTE_CHARS): { text: string; warning?: Said<'input.pasteCut'> } {
  if (text.length <= max) return { text };
  let n = max;
  const c = text.charCodeAt(n - 1);
  if (c >= 0xd800 && c <= 0xdbff) n--;
  return { text: text.slice(0, n), warning: say('input.pasteCut', { keptChars: n, totalChars: text.length, limitChars: max }) };
}
