// say, because and fail write their objects key by key (a spread is slow on Node 20): the same
// keys in the same order as the spread they replace, so the exported JSON is unchanged.
import { describe, expect, it } from 'vitest';
import { because, fail, say, zhMessage } from './index';
import type { Diagnostic } from './codes';

describe('diagnostic objects', () => {
  it('equal the spread form, key order included', () => {
    const d = { code: 'check.tableBlank.filled', params: { table: 'applications', filled: 3 } } as Diagnostic;
    const s = say('check.tableBlank.filled', { table: 'applications', filled: 3 });
    expect(JSON.stringify(s)).toBe(JSON.stringify({ ...d, message: zhMessage(d) }));
    const g = { code: 'garble.invisible', params: { codes: ['U+200B'] } } as Diagnostic;
    expect(JSON.stringify(because('garble.invisible', { codes: ['U+200B'] }))).toBe(JSON.stringify({ ...g, reason: zhMessage(g) }));
    const e = { code: 'decode.failed', params: { detail: 'x' } } as Diagnostic;
    expect(JSON.stringify(fail('decode.failed', { detail: 'x' }))).toBe(JSON.stringify({ ok: false, reason: zhMessage(e), ...e }));
  });
});
