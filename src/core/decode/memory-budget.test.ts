import { describe, expect, it } from 'vitest';
import { checkMemory, heapNeed, HEAP_BASE_BYTES, HEAP_BYTES_PER_CHAR } from './memory-budget';
import { MAX_EXTRACTED_CHARS, MAX_TEXT_BYTES } from './limits';

const MB = 1024 * 1024;

describe('memory budget', () => {
  it('an unknown limit refuses nothing', () => {
    expect(checkMemory(MAX_TEXT_BYTES, undefined)).toBeNull();
  });

  it('a desktop heap (4 GB) takes the largest input the other limits let through', () => {
    expect(checkMemory(MAX_TEXT_BYTES, 4096 * MB)).toBeNull();
    expect(checkMemory(60 * MB, 4096 * MB, true)).toBeNull();
  });

  it('a small heap refuses a large input, naming the need and the limit', () => {
    const f = checkMemory(5 * MB, 224 * MB);
    expect(f).toMatchObject({ ok: false, code: 'input.overMemory', params: { needBytes: heapNeed(5 * MB), limitBytes: 224 * MB } });
    expect(f!.reason).toContain('224.0 MB');
    expect(checkMemory(55_000, 224 * MB)).toBeNull();
  });

  it('text extracted from a container counts up to its cap', () => {
    expect(heapNeed(60 * MB, true)).toBe(HEAP_BASE_BYTES + HEAP_BYTES_PER_CHAR * MAX_EXTRACTED_CHARS + 60 * MB);
  });
});
