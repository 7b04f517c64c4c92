// The mojibake repair's big5 table (src/core/garbles/codec.ts, built from @exodus/bytes) is the
// table this browser decodes big5 with (WHATWG), code for code, the HKSCS rows included: the
// command line and the app repair the same misread text the same way.
import { test, expect } from '@playwright/test';
import { forwardTable } from '../src/core/garbles/codec';

test('the big5 table of the mojibake repair equals Chromium’s big5 decoder on every code', async ({ page }) => {
  const codes: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let t = 0x40; t <= 0xfe; t++) if (t <= 0x7e || t >= 0xa1) codes.push((lead << 8) | t);
  const browser: (number | null)[] = await page.evaluate((all) => {
    const dec = new TextDecoder('big5');
    return all.map((c) => {
      const s = dec.decode(new Uint8Array([c >> 8, c & 0xff]));
      return s.length === 1 && s !== '\ufffd' ? s.charCodeAt(0) : null;
    });
  }, codes);
  const fwd = forwardTable('big5');
  const ours = codes.map((c) => fwd.get(c) ?? null);
  const hkscs = codes.flatMap((c, k) => (c >> 8 < 0xa1 && browser[k] !== null ? [c] : []));
  expect(hkscs.length).toBeGreaterThan(2000);
  const differ = codes.filter((_, k) => ours[k] !== browser[k]).map((c) => c.toString(16));
  expect(differ).toEqual([]);
});
