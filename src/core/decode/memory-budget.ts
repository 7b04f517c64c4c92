// A memory budget checked before work: an input whose inspection would need more of the heap
// than the parser has is refused with a message naming both, instead of exhausting the worker's
// heap (which, in Chromium, ends the whole page: see README, limits). Only where the browser
// tells the heap's limit (Chromium's performance.memory); elsewhere nothing is refused here.
import { fail } from '../diagnostics';
import type { Failure } from '../types';
import { MAX_EXTRACTED_CHARS } from './limits';

/**
 * Heap the pipeline needs per character of text at its peak. Measured in Node (same V8) on the
 * samples pasted one after another, warm, peak heap used seen at each GC (--trace-gc), minus what
 * the code and the word data hold: 67 B/char at 0.28 M characters, 37 at 1.1 M, 24 at 5.0 M
 * (the same figure at each GC is a lower bound of the true peak, hence the margin here).
 */
export const HEAP_BYTES_PER_CHAR = 40;
/** What the loaded code and the word data hold whatever the input (measured: ~18 MB). */
export const HEAP_BASE_BYTES = 32 * 1024 * 1024;
/** Share of the heap's limit the pipeline may plan to use (V8 needs room to collect). */
export const HEAP_SHARE = 0.75;

/** Heap needed to inspect `bytes` of input; `container`: a PDF or DOCX (text extracted from it is capped). */
export function heapNeed(bytes: number, container = false): number {
  const chars = container ? Math.min(bytes, MAX_EXTRACTED_CHARS) : bytes; // a character takes at least a byte
  return HEAP_BASE_BYTES + HEAP_BYTES_PER_CHAR * chars + bytes;
}

/** A failure if the input would need more than the heap allows; null if it fits or the limit is unknown. */
export function checkMemory(bytes: number, heapLimit: number | undefined, container = false): Failure | null {
  if (!heapLimit || !(heapLimit > 0)) return null;
  const need = heapNeed(bytes, container);
  return need > heapLimit * HEAP_SHARE ? fail('input.overMemory', { needBytes: need, limitBytes: heapLimit }) : null;
}
