import { describe, expect, it } from 'vitest';
import { cutPaste, planRead } from './read-plan';
import { MAX_CONTAINER_BYTES, MAX_TEXT_BYTES } from './limits';

const ascii = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));

describe('planRead: limits checked before the file is read', () => {
  it('reads a file within the limit whole', () => {
    expect(planRead(1000, ascii('hello'))).toEqual({ read: 'whole' });
    expect(planRead(MAX_TEXT_BYTES, ascii('hello'))).toEqual({ read: 'whole' });
  });

  it('reads only the head of a large text file, saying the limit and the size', () => {
    const p = planRead(MAX_TEXT_BYTES + 5 * 1024 * 1024, ascii('一二三'));
    expect(p.read).toBe('head');
    if (p.read !== 'head') return;
    expect(p.bytes).toBe(MAX_TEXT_BYTES);
    expect(p.warning).toMatchObject({ code: 'decode.fileCut', params: { keptBytes: MAX_TEXT_BYTES, totalBytes: MAX_TEXT_BYTES + 5 * 1024 * 1024 } });
    expect(p.warning.message).toContain('共 25.0 MB');
  });

  it('reads a PDF or DOCX whole up to its own limit, refuses it beyond, before reading', () => {
    expect(planRead(MAX_TEXT_BYTES + 1, ascii('%PDF-1.7'))).toEqual({ read: 'whole' });
    const p = planRead(MAX_CONTAINER_BYTES + 1, ascii('PK\u0003\u0004'));
    expect(p.read).toBe('refuse');
    if (p.read === 'refuse') expect(p.failure).toMatchObject({ code: 'decode.tooLarge', params: { kind: 'docx', limitBytes: MAX_CONTAINER_BYTES } });
    expect(planRead(MAX_CONTAINER_BYTES + 1, ascii('junk %PDF-1.4')).read).toBe('refuse');
  });
});

describe('cutPaste', () => {
  it('keeps a paste within the limit as it is', () => {
    expect(cutPaste('报告', 10)).toEqual({ text: '报告' });
  });

  it('cuts a long paste, never inside a surrogate pair, and says how much was kept', () => {
    const r = cutPaste('ab\u{20000}cd', 3);
    expect(r.text).toBe('ab');
    expect(r.warning).toMatchObject({ code: 'input.pasteCut', params: { keptChars: 2, totalChars: 6, limitChars: 3 } });
    expect(cutPaste('abcdef', 4)).toMatchObject({ text: 'abcd' });
  });
});
