import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBytes } from './job';

const dir = mkdtempSync(join(tmpdir(), 'gouji-read-bytes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readBytes', () => {
  it('reads the whole file into a plain Uint8Array of its own (pdf.js refuses a Buffer)', () => {
    for (const size of [0, 1, 4095, 70_000]) {
      const want = Buffer.alloc(size, 0);
      for (let i = 0; i < size; i++) want[i] = (i * 31) & 0xff;
      const path = join(dir, `f${size}`);
      writeFileSync(path, want);
      const got = readBytes(path);
      expect(Buffer.isBuffer(got)).toBe(false);
      expect(got.constructor).toBe(Uint8Array);
      expect(got.byteOffset).toBe(0);
      expect(got.buffer.byteLength).toBe(size);
      expect(Buffer.from(got).equals(want)).toBe(true);
    }
  });
  it('throws for a missing file (the job turns it into a read failure)', () => {
    expect(() => readBytes(join(dir, 'missing'))).toThrow();
  });
});
