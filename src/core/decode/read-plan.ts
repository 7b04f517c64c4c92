// Limits checked before work (issue 14 item 3): how much of a file to read, decided from its
// size and first bytes before it is read whole (the page then reads only `file.slice(0, n)`),
// and how much of a paste to send to the worker. Each message names the limit and what was kept.
import { MAX_CONTAINER_BYTES, MAX_PASTE_CHARS, MAX_TEXT_BYTES } from './limits';

export type ReadPlan =
  | { read: 'whole' }
  /** read only the first `bytes`; `warning` goes into the report */
  | { read: 'head'; bytes: number; warning: string }
  /** do not read it at all */
  | { read: 'refuse'; reason: string };

/** Bytes of the file's start to pass to planRead (enough to tell a PDF or a zip). */
export const HEAD_BYTES = 1024;

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function isContainer(head: Uint8Array): 'PDF' | 'DOCX' | null {
  const s = String.fromCharCode(...head.subarray(0, HEAD_BYTES));
  if (s.includes('%PDF-')) return 'PDF';
  if (s.startsWith('PK\u0003\u0004') || s.startsWith('PK\u0005\u0006')) return 'DOCX';
  return null;
}

export function planRead(size: number, head: Uint8Array): ReadPlan {
  if (size <= MAX_TEXT_BYTES) return { read: 'whole' };
  const container = isContainer(head);
  if (container) {
    // a PDF or a zip cannot be cut and still be read
    if (size <= MAX_CONTAINER_BYTES) return { read: 'whole' };
    return {
      read: 'refuse',
      reason: `文件过大（${mb(size)}），${container} 文件最多读取 ${mb(MAX_CONTAINER_BYTES)}，未读取（file too large (${mb(size)}): ${container} files are read up to ${mb(MAX_CONTAINER_BYTES)}; nothing was read）`,
    };
  }
  return {
    read: 'head',
    bytes: MAX_TEXT_BYTES,
    warning: `文件过大：只读取了前 ${mb(MAX_TEXT_BYTES)}（共 ${mb(size)}），其余部分未读取、未检查（file too large: only the first ${mb(MAX_TEXT_BYTES)} of ${mb(size)} were read; the rest was neither read nor inspected）`,
  };
}

/** A paste longer than the limit is cut (never inside a surrogate pair) before it is sent. */
export function cutPaste(text: string, max = MAX_PASTE_CHARS): { text: string; warning?: string } {
  if (text.length <= max) return { text };
  let n = max;
  const c = text.charCodeAt(n - 1);
  if (c >= 0xd800 && c <= 0xdbff) n--;
  return {
    text: text.slice(0, n),
    warning: `粘贴的文字过长：只检查了前 ${n} 个字符（共 ${text.length} 个，上限 ${max}）（pasted text too long: only the first ${n} of ${text.length} characters were inspected; the limit is ${max}）`,
  };
}
